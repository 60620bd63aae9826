# min/max over strings, tuples and mixed keys, with ties resolved by first occurrence.
words = ["pear", "Apple", "fig", "banana", "kiwi", "date"]
print(min(words), max(words), min(words, key=len), max(words, key=len), min(words, key=str.lower))
print(max(["aa", "b", "cc"], key=len), min(["bb", "a", "cc", "d"], key=len))
print(max((1, "b"), (1, "a"), (0, "z")), min([(2, 1), (1, 9), (1, 2)]))
print(max("hello world"), min("hello world".replace(" ", "")), max("AbC", key=str.upper))
print(max(range(10), key=lambda v: v % 4), min(range(10), key=lambda v: -v % 4))
print(max([], default=None), min("", default="empty"), max([[1], [1, 0]]), min([b"b", b"a"]))
