# Huffman codes: built from symbol frequencies, then used to encode and decode.
def build_code(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda t: (t[0], t[1]))
        a, b = nodes.pop(0), nodes.pop(0)
        nodes.append((a[0] + b[0], counter, (a, b)))
        counter += 1
    code = {}
    def walk(node, prefix):
        payload = node[2]
        if isinstance(payload, tuple):
            walk(payload[0], prefix + "0")
            walk(payload[1], prefix + "1")
        else:
            code[payload] = prefix or "0"
    walk(nodes[0], "")
    return code
def encode(text, code):
    return "".join(code[ch] for ch in text)
def decode(bits, code):
    rev = {v: k for k, v in code.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in rev:
            out.append(rev[cur])
            cur = ""
    return "".join(out)
for text in ["abracadabra", "mississippi river", "aaaa", "the quick brown fox"]:
    code = build_code(text)
    bits = encode(text, code)
    print(repr(text), sorted(code.items()), len(bits), decode(bits, code) == text)
