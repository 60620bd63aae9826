# Unit conversion through a table of factors, with offsets for temperature.
FACTORS = {
    ("m", "cm"): 100, ("km", "m"): 1000, ("mi", "km"): 1.609344, ("in", "cm"): 2.54,
    ("kg", "g"): 1000, ("lb", "kg"): 0.45359237, ("h", "min"): 60, ("min", "s"): 60,
}
def convert(value, src, dst):
    if src == dst:
        return value
    if (src, dst) in FACTORS:
        return value * FACTORS[(src, dst)]
    if (dst, src) in FACTORS:
        return value / FACTORS[(dst, src)]
    for (a, b), f in FACTORS.items():
        if a == src:
            try:
                return convert(value * f, b, dst)
            except KeyError:
                pass
    raise KeyError((src, dst))
def temp(value, src, dst):
    c = {"C": value, "F": (value - 32) * 5 / 9, "K": value - 273.15}[src]
    return {"C": c, "F": c * 9 / 5 + 32, "K": c + 273.15}[dst]
for args in [(1, "km", "cm"), (26.2, "mi", "km"), (12, "in", "cm"), (2, "h", "s"), (150, "lb", "g"), (5, "m", "m")]:
    print(args, round(convert(*args), 4))
for args in [(100, "C", "F"), (32, "F", "C"), (0, "K", "C"), (-40, "C", "F"), (300, "K", "F")]:
    print(args, round(temp(*args), 2))
try:
    convert(1, "kg", "m")
except KeyError as e:
    print("KeyError", e.args)
