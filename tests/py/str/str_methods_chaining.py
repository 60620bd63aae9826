# Chaining string methods the way configuration and protocol code does.
raw = "  SSID=MyNet ; PWD=secret123 ;  CH=6  "
pairs = [p.strip().split("=", 1) for p in raw.strip().split(";")]
print(pairs, {k.lower(): v for k, v in pairs})
line = "AT+CEREG: 2,1,\"0001\",\"01A2D102\",7\r\n"
fields = line.strip().split(": ", 1)[1].split(",")
print(fields, [f.strip('"') for f in fields], int(fields[-1]))
path = "/flash/lib/../main.py"
parts = []
for part in path.split("/"):
    if part == "..":
        parts.pop()
    elif part and part != ".":
        parts.append(part)
print("/" + "/".join(parts))
print("Hello World".lower().replace("o", "0").upper().split("0"))
title = " ".join(w[:1].upper() + w[1:].lower() for w in "the QUICK bRoWn fox".split())
print(title)
csv = "a, b ,c,, d "
print([x.strip() for x in csv.split(",") if x.strip()])
print("-".join("abc").upper().center(9, "*"), "x".join(["1", "2"]).replace("x", " x "))
s = "key: value: with: colons"
k, _, v = s.partition(": ")
print(repr(k), repr(v), s.rpartition(": ")[2], s.count(":"))
print("".join(c for c in "a1b2c3" if not c.isdigit()).upper().startswith("AB"))
