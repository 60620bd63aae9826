# sys: the attributes scripts read, argv and path as lists, modules, exit with codes.
import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1, sys.argv[0].endswith("attributes.py"))
print(type(sys.path).__name__, isinstance(sys.modules, dict), "sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.byteorder, sys.maxsize > 2 ** 30, type(sys.version).__name__, sys.version_info[0], len(sys.version_info) >= 3)
print(type(sys.implementation.name).__name__, isinstance(sys.platform, str))
import json
print(sys.modules["json"] is json)
for code in (None, 0, 3, "message"):
    try:
        sys.exit(code) if code is not None else sys.exit()
    except SystemExit as e:
        print("SystemExit", e.args)
