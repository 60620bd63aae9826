# Source with CR-only or CRLF line endings reads as if it had LF ones, strings and comments too.
exec("x = 1\ry = 2\rprint(x + y)\r")
exec("if x:\r    print('a')  # comment\relse:\r    print('b')\r")
exec("s = '''one\rtwo'''\rprint(repr(s))\r")
exec("def f(a,\r      b):\r    return a * b\r\rprint(f(6, 7))")
exec("t = 'x'\r\nu = 'y'\r\nprint(t + u)\r\n")
print(compile("1 +\\\r2", "s", "eval") is not None, eval("1 +\\\r2"))
