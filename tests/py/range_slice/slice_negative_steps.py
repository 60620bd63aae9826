# Negative steps across list, str, tuple, bytes and range.
seqs = [list(range(8)), "abcdefgh", tuple("ABCDEFGH"), b"01234567", range(8)]
for s in seqs:
    print(s[::-1] if not isinstance(s, range) else list(s[::-1]))
    print(s[::-3] if not isinstance(s, range) else list(s[::-3]))
    print(s[6:1:-2] if not isinstance(s, range) else list(s[6:1:-2]))
    print(s[-1:-4:-1] if not isinstance(s, range) else list(s[-1:-4:-1]))
    print(s[:-9:-1] if not isinstance(s, range) else list(s[:-9:-1]))
    print(s[2::-1] if not isinstance(s, range) else list(s[2::-1]))
    print(s[1:6:-1] if not isinstance(s, range) else list(s[1:6:-1]))
word = "racecar"
print(word == word[::-1], "python"[::-1], "python"[-1::-2])
l = [1, 2, 3, 4, 5]
print(l[len(l) - 1::-1] == l[::-1], l[-100::-1], l[100::-1])
