# The same module reached through different import forms is one object with shared state.
import helpers.mod_a
import helpers.mod_a as alias
from helpers import mod_a
from helpers import mod_a as other
print(helpers.mod_a is alias is mod_a is other)
alias.bump()
mod_a.bump()
print(helpers.mod_a.counter, other.counter)
from helpers.mod_a import counter
print(counter)
alias.new_attribute = "added later"
print(mod_a.new_attribute, hasattr(helpers.mod_a, "new_attribute"))
import helpers
print(helpers.mod_a is mod_a, sorted(n for n in ("mod_a", "mod_b", "sub") if hasattr(helpers, n)))
