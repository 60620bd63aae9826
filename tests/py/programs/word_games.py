# Anagram groups, palindromes and a word-ladder search over a fixed word list.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god", "odg", "bird"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted(sorted(g) for g in groups.values() if len(g) > 1))
def is_pal(s):
    cleaned = [c.lower() for c in s if c.isalpha()]
    return cleaned == cleaned[::-1]
print([is_pal(s) for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "", "No lemon, no melon"]])
vocab = ["cold", "cord", "card", "ward", "warm", "worm", "word", "wood", "corm", "wore", "core"]
def neighbours(w):
    return [v for v in vocab if sum(a != b for a, b in zip(v, w)) == 1]
def ladder(start, goal):
    prev = {start: None}
    queue = [start]
    while queue:
        cur = queue.pop(0)
        if cur == goal:
            path = []
            while cur:
                path.append(cur)
                cur = prev[cur]
            return path[::-1]
        for n in neighbours(cur):
            if n not in prev:
                prev[n] = cur
                queue.append(n)
    return None
print(ladder("cold", "warm"), ladder("cold", "wood"), ladder("cold", "xxxx"))
print(sorted(set("".join(words))), max(words, key=lambda w: (len(set(w)), w)))
