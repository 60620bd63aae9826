# Non-ASCII text through concatenation, repetition, comparison, join and encoding lengths.
words = ["café", "naïve", "Ünïcödé", "日本", "한국어", "emoji😀", "plain"]
for w in words:
    print(w, len(w), len(w.encode()), w[0], w[-1], w[::-1], w.find(w[-1]))
print(sorted(words), max(words), min(words))
joined = "|".join(words)
print(joined, len(joined), joined.split("|") == words, joined.count("|"))
print(("日本" * 3).replace("本", "ホ"), "😀" * 3, ("é" + "e") * 2)
print([w for w in words if "é" in w], ["ï" in w for w in words])
print("Ünïcödé".encode()[:4], "Ünïcödé".startswith("Ün"))
print({w: len(w.encode()) - len(w) for w in words})
