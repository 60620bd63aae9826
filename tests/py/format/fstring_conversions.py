# f-string conversions (!r, !s) combined with format specs, and expressions with calls.
vals = ["text", 42, 3.5, None, [1, "a"], (1,), {"k": 2}, True]
for v in vals:
    print(f"{v!s:>12}|{v!r:<12}|")
name = "lopy"
print(f"{name!r:^10}", f"{name.upper()!r}", f"{len(name):03d}", f"{name[1:]:*>6}")
n = 255
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b} {n:08.3f} {n:e}")
print(f"{-n:+d} {n:+d} {n: d} {-3.14159:.2f} {1e-5:g} {123456789:g}")
items = [("a", 1.5), ("bb", 22.25)]
print("; ".join(f"{k}={v:.1f}" for k, v in items))
print(f"{{literal braces}}", f"{{}}", f"{3 + 4}")
