# Triple-quoted strings, implicit concatenation and line continuation.
a = """line one
line two
    indented"""
print(a)
print(len(a.splitlines()), repr(a[-8:]))
b = '''single 'quotes' and "double" inside'''
print(b)
c = ("implicit "
     "concatenation "
     'across lines')
print(c)
d = "backslash \
continuation"
print(d)
e = """\
no leading newline"""
print(repr(e))
f = """ends with newline
"""
print(repr(f))
g = r"""raw \n triple"""
print(g, len(g))
h = """quote "inside" triple"""
print(h)
total = 1 + \
    2 + \
    3
print(total)
items = [
    1,
    2,
]
print(items)
print(repr("""a""b"""), repr('''x'y'''))
