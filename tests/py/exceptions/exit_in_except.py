# SystemExit is not caught by except Exception, so the exit status is kept.
import sys
try:
    try:
        sys.exit(7)
    except Exception:
        print("wrongly caught by Exception")
finally:
    print("outer finally runs")
print("never printed")
