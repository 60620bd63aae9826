# f-strings: expressions, conversions, format specs and nesting.
name = "ann"
age = 30
items = [1, 2, 3]
d = {"k": "v"}
print(f"{name} is {age}", f"{name!r}", f"{name!s}", f"{age + 1}", f"{age * 2:5d}|")
print(f"{items}", f"{items[1]}", f"{len(items)}", f"{d['k']}", f"{sum(items) / len(items):.2f}")
print(f"{{literal}}", f"{{{name}}}", f"{'quoted'}", f'{"double"}')
print(f"{3.14159:.3f}|{255:#x}|{255:08b}|{42:>6}|{42:<6}|{42:^6}|")
print(f"{'yes' if age > 18 else 'no'}", f"{[x * 2 for x in items]}", f"{(lambda v: v + 1)(1)}")
print(f"{name.upper()}", f"{name[::-1]}", f"{', '.join(['a', 'b'])}")
print(f"" == "", f"plain", f"{1}{2}{3}", f"{None}", f"{True!r}")
x = 5
print(f"{x}" + f"{x + 1}" + "-tail", "plain-" f"{x}", F"capital {x}")
print(f"""triple {x}
line two {x * 2}""")
print(f"tab\t{x}", f"newline escape \\n {x}")
class Obj:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
o = Obj()
print(f"{o}", f"{o!r}", f"{o!s}", f"{[o]}")
print(f"{2 ** 70}", f"{-0.0}", f"{1e100}", f"{1 / 3}")
nested = {"a": {"b": [10, 20]}}
print(f"{nested['a']['b'][1]}")
print(f"{age:>8}|{age:<8}|")
