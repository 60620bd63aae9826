import helper_mod
import helper_mod as hm
from helper_mod import twice, VALUE
print(helper_mod.VALUE, hm.twice(4), twice(5), VALUE, helper_mod is hm)
import pkg
import pkg.mod_a
from pkg import mod_b
from pkg.sub import INHERITED
print(pkg.PKG, pkg.mod_a.A_VALUE, mod_b.B_VALUE, INHERITED)
import pkg.mod_a as pa
print(pa.A_VALUE)
try:
    import does_not_exist
except ImportError as e:
    print("ImportError", type(e).__name__)
try:
    from helper_mod import nothing_here
except ImportError as e:
    print("ImportError from")
import sys
print("helper_mod" in sys.modules, sys.modules["pkg.mod_a"].A_VALUE)
