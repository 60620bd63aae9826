# input() at end of input raises EOFError (the runner gives no standard input).
print("before input")
try:
    line = input()
    print("read", repr(line))
except EOFError:
    print("EOFError")
print("after input")
