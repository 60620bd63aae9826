from ..mod_b import B_VALUE as INHERITED
