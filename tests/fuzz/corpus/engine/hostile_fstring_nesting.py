# Crash input: format specs nested 20,000 deep once overflowed the C++ stack in the parser.
try:
    eval("f'{1:" + "{1:" * 20000 + "}" * 20001 + "'")
except SyntaxError as e:
    print(e.msg)
