import sys
def level3():
    return {}["missing"]
def level2():
    return level3()
def level1():
    try:
        return level2()
    finally:
        print("finally in level1")
print("start")
sys.stdout.flush() if hasattr(sys.stdout, "flush") else None
level1()
