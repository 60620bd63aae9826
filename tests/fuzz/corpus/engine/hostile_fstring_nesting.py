# A replacement field in a format spec, and one more level in that spec's field, as CPython
# allows; a field a level deeper is a SyntaxError, however deep the text goes.
width, prec = 8, 3
print(f"[{3.14159:{width}.{prec}}]", f"[{'x':>{width}}]", f"[{7:{'0'}{width}}]")
print(f"[{42:{'<'}{5:}}]", f"[{1:{2:x}}]")
deep = "f'{1:" + "{1:" * 500 + "}" * 501 + "'"
for source in ["f'{1:{2:{3}}}'", "f'{1:{2:{3:}}}'", "f'{3:{4:{5}}}x'", deep]:
    try:
        eval(source)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
