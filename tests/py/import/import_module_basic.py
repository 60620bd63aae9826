# Importing a module runs it once; later imports reuse the same module object.
print("start")
import helpers.mod_a
print("after first import")
import helpers.mod_a
print("after second import")
print(helpers.mod_a.CONST, helpers.mod_a.describe(), helpers.mod_a.bump(), helpers.mod_a.bump())
print(helpers.PACKAGE_VALUE, helpers.mod_a.counter, helpers.mod_a.Thing(1))
import helpers.mod_a as again
print(again is helpers.mod_a, again.counter)
print(type(helpers.mod_a).__name__, helpers.mod_a.__name__, helpers.__name__)
