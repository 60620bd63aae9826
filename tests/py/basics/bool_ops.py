print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" or [] or 0)
print(not 0, not 1, not [], not [0], not None)
print(bool(0), bool(1), bool(""), bool("a"), bool([]), bool({}), bool(()), bool(0.0))
x = [] or None
print(x)
if 0 or (1 and not None):
    print("yes")
print(True & False, True | False, True ^ True, type(True & False))
