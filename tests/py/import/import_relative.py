# Relative imports inside packages resolve against the importing module's package.
import helpers.mod_b
print(helpers.mod_b.combined())
from helpers.sub import deep
print(deep.make(), deep.SUB_VALUE)
from helpers.sub.deep import make
print(make())
import helpers
print(hasattr(helpers, "sub"), hasattr(helpers, "mod_b"), helpers.sub.SUB_VALUE)
