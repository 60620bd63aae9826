# A trie for prefix search and autocomplete, built from nested dicts.
class Trie:
    END = "$"
    def __init__(self):
        self.root = {}
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node[Trie.END] = True
    def contains(self, word):
        node = self._find(word)
        return node is not None and Trie.END in node
    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return None
            node = node[ch]
        return node
    def complete(self, prefix):
        node = self._find(prefix)
        out = []
        def walk(n, acc):
            for key in sorted(n):
                if key == Trie.END:
                    out.append(acc)
                else:
                    walk(n[key], acc + key)
        if node is not None:
            walk(node, prefix)
        return out
t = Trie()
for w in ["lora", "lorawan", "lopy", "lopy4", "lte", "led", "ledger", "wifi", "wipy"]:
    t.insert(w)
print(t.complete("lo"), t.complete("le"), t.complete("w"), t.complete("x"), t.complete(""))
print(t.contains("lopy"), t.contains("lop"), t.contains("ledger"), t.contains("ledgers"))
def count_nodes(n):
    return sum(1 + count_nodes(v) for k, v in n.items() if k != Trie.END)
print(count_nodes(t.root))
