# Word and character statistics over a fixed text.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
words = [w.strip(",.").lower() for w in text.split()]
print(len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print(sorted(letters.items(), key=lambda kv: -kv[1])[:5])
print(max(words, key=len), min(words, key=len), sum(len(w) for w in words) / len(words))
lines = text.splitlines()
print([len(l) for l in lines], [l.count(",") for l in lines])
by_length = {}
for w in sorted(set(words)):
    by_length.setdefault(len(w), []).append(w)
for n in sorted(by_length):
    print(n, by_length[n])
caps = [w for w in text.replace(",", " ").replace(".", " ").split() if w[0].isupper()]
print(caps)
print(" ".join(w[0].upper() + w[1:] for w in "hello big world".split()))
