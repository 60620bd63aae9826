# Iterating over strings.
s = "héllo"
for ch in s:
    print(ch, end=" ")
print()
for i, ch in enumerate(s):
    print(i, ch, end="; ")
print()
print(list(reversed(s)), "".join(reversed(s)))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print([c * 2 for c in "abc"], {c for c in "hello"} == set("hello"))
print(dict(zip("abc", range(3))))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print(sum(1 for _ in "😀😀😀"), len([c for c in "€uro"]))
print(list(map(ord, "AZ")), list(filter(str.isdigit, "a1b2c3")))
print(any(c.isupper() for c in "abC"), all(c.isalpha() for c in "ab1"))
print("".join(sorted("dcba")), "".join(sorted("dcba", reverse=True)))
vowels = 0
for c in "programming language":
    if c in "aeiou":
        vowels += 1
print(vowels)
print(tuple("xyz"), list(""), [*"ab"])
