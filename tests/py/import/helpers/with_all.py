# Module with __all__ limiting what a star import brings in.
__all__ = ["exported", "ALSO"]
exported = "exported value"
ALSO = 2
not_listed = "not in __all__"
