# Package used by the import conformance programs; not a test itself.
print("helpers package initialised")
PACKAGE_VALUE = "from helpers/__init__"
RUNS = []
