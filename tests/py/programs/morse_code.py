# Morse code encoding and decoding with a table built from a compact string.
TABLE = ("A.- B-... C-.-. D-.. E. F..-. G--. H.... I.. J.--- K-.- L.-.. M-- N-. O--- P.--. "
         "Q--.- R.-. S... T- U..- V...- W.-- X-..- Y-.-- Z--.. 0----- 1.---- 2..--- 3...-- "
         "4....- 5..... 6-.... 7--... 8---.. 9----.")
ENC = {entry[0]: entry[1:] for entry in TABLE.split()}
DEC = {v: k for k, v in ENC.items()}
def encode(text):
    return " / ".join(" ".join(ENC[c] for c in word) for word in text.upper().split())
def decode(code):
    return " ".join("".join(DEC[s] for s in word.split()) for word in code.split(" / "))
for msg in ["SOS", "Hello World", "LoPy 4", "73"]:
    code = encode(msg)
    print(msg, "->", code, "->", decode(code))
print(len(ENC), len(DEC), sorted(ENC)[:5], max(ENC.values(), key=len))
lengths = {}
for ch, code in ENC.items():
    lengths.setdefault(len(code), []).append(ch)
print(sorted((k, "".join(sorted(v))) for k, v in lengths.items()))
try:
    encode("hi!")
except KeyError as e:
    print("KeyError", e.args)
