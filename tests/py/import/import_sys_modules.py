# sys.modules caches modules; removing an entry makes the next import run the module again.
import sys
import helpers.counter_mod
print(len(helpers.RUNS))
import helpers.counter_mod
print(len(helpers.RUNS))
del sys.modules["helpers.counter_mod"]
import helpers.counter_mod
print(len(helpers.RUNS))
print("helpers" in sys.modules, "helpers.counter_mod" in sys.modules)
m = sys.modules["helpers.counter_mod"]
print(m is helpers.counter_mod, m.runs)
