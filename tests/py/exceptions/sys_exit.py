import sys
print("start")
try:
    sys.exit(3)
except SystemExit as e:
    print("caught exit", e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("code", e.code)
sys.exit(7)
