# Repetition by zero, negative and huge counts: empty sequences stay empty at once, whatever the count.
big = 55555554074724
for empty in [(), [], "", b"", bytearray()]:
    print(repr(empty * big), repr(big * empty), repr(empty * 0), repr(empty * -5))
for seq in [(1, 2), [1, 2], "ab", b"ab", bytearray(b"ab")]:
    print(repr(seq * 3), repr(2 * seq), repr(seq * 0), repr(seq * -1), len(seq * 1000))
l = []
l *= big
print(l)
l = [1, 2]
l *= 2
print(l)
l *= 0
print(l)
b = bytearray(b"xy")
b *= 2
print(b)
t = (3,)
t *= 4
print(t)
