# Import failures: missing modules, missing names, and modules that raise while loading.
import sys
try:
    import no_such_module_anywhere
except ImportError:
    print("ImportError missing module")
try:
    import helpers.no_such_submodule
except ImportError:
    print("ImportError missing submodule")
try:
    from helpers import no_such_name_q
except ImportError:
    print("ImportError missing name in package")
try:
    import helpers.raises_on_import
except ValueError as e:
    print("ValueError propagated:", e)
print("helpers.raises_on_import" in sys.modules)
try:
    import helpers.raises_on_import
except ValueError:
    print("raises again on second attempt")
print(issubclass(ImportError, Exception))
