# Parsing and ordering version strings like firmware releases.
def parse(v):
    core, _, pre = v.partition("-")
    parts = core.split(".")
    nums = tuple(int(p) for p in parts[:3])
    while len(nums) < 3:
        nums = nums + (0,)
    rest = parts[3:]
    return nums, rest, pre
def key(v):
    nums, rest, pre = parse(v)
    rest_key = tuple((0, int(r)) if r.isdigit() else (1, r) for r in rest)
    return (nums, rest_key, pre == "", pre)
versions = ["1.17.2.b1", "1.17.2", "1.18.0", "1.17.10", "1.2", "1.17.2-rc1", "1.17.2.b2", "0.9.9", "1.17.2.r1"]
print(sorted(versions, key=key))
print(max(versions, key=key), min(versions, key=key))
def newer(a, b):
    return key(a) > key(b)
print(newer("1.17.10", "1.17.2"), newer("1.17.2", "1.17.2-rc1"), newer("1.2", "1.2.0"), newer("1.17.2.b2", "1.17.2.b1"))
print(parse("1.17.2.b1"), parse("2"), parse("1.0.0-beta"))
