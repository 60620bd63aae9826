# Caesar and Vigenere ciphers and XOR with a repeating key.
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
msg = "Attack at Dawn, 5 AM!"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3), caesar(msg, 26) == msg, caesar(msg, -1))
def vigenere(text, key, decrypt=False):
    out = []
    k = 0
    for ch in text:
        if ch.isalpha():
            base = 65 if ch.isupper() else 97
            shift = ord(key[k % len(key)].lower()) - 97
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)
v = vigenere("Hello World", "lemon")
print(v, vigenere(v, "lemon", True))
def xor(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))
secret = xor(b"LoRa payload", b"\x5a\xa5")
print(secret.hex(), xor(secret, b"\x5a\xa5"))
counts = [0] * 26
for ch in caesar("the quick brown fox jumps over the lazy dog", 7):
    if ch.isalpha():
        counts[ord(ch) - 97] += 1
print(counts, sum(counts))
