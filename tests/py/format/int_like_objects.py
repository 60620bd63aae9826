# %-formatting of objects that convert to int, the c presentation type's alignment.
class Seven:
    def __int__(self):
        return 7
class Index:
    def __index__(self):
        return 11
print("%d %i %u" % (Seven(), Seven(), Seven()), "%x %o %d" % (Index(), Index(), Index()), "%05d" % Seven())
for bad in [lambda: "%d" % "7", lambda: "%x" % Seven(), lambda: "%d" % object()]:
    try:
        bad()
    except TypeError:
        print("TypeError")
print("[{:4c}] [{:<4c}] [{:^5c}] [{:>3c}] [{:*>4c}]".format(65, 66, 67, 68, 69), "[%4c] [%-4c]" % (70, "G"))
print(format(72, "4c"), format(0x263A, "3c"))
