# f-strings with nested replacement fields in the format spec, and f-strings inside f-strings.
width, prec = 10, 3
value = 3.14159
name = "ann"
print(f"[{value:{width}.{prec}f}]", f"[{name:>{width}}]", f"[{name:{'*'}^{width}}]")
for w in (4, 8):
    print(f"[{42:{w}d}]", f"[{42:0{w}d}]")
mac = bytes([0x70, 0xB3, 0xD5, 0x49])
print(f"{':'.join(f'{b:02x}' for b in mac)}")
print(f"{'nested ' + f'{1 + 1}'}")
align = "<"
print(f"[{'x':{align}5}]", f"[{'x':{'>'}5}]")
table = [("a", 1.5), ("bb", 22.25)]
col = max(len(k) for k, _ in table)
for k, v in table:
    print(f"{k:{col}} = {v:{width}.{prec - 1}f}")
print("{:{}.{}f}".format(value, width, prec), "{:{w}}|".format("s", w=5))
