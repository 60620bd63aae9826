# sys.exit with a code ends the program with that exit status; finally blocks still run.
import sys
print("start")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.args)
try:
    raise SystemExit("text")
except SystemExit as e:
    print("caught text", e.args)
def cleanup_then_exit():
    try:
        print("working")
        sys.exit(3)
    finally:
        print("finally before exit")
cleanup_then_exit()
print("never printed")
