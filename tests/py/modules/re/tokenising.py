# Using re to tokenise simple command lines and AT responses.
import re
tokens = re.compile("\\s*([A-Za-z_]\\w*|\\d+|\\S)")
def tokenize(s):
    out = []
    pos = 0
    while pos < len(s):
        m = tokens.match(s[pos:])
        if not m:
            break
        out.append(m.group(1))
        pos += m.end()
        if not s[pos:].strip():
            break
    return out
print(tokenize("set sf = 7 ; join otaa"), tokenize("x1+y22*(z)"), tokenize("   "))
resp = "+CSQ: 17,99\r\nOK\r\n"
m = re.search("\\+CSQ: (\\d+),(\\d+)", resp)
print(int(m.group(1)), int(m.group(2)), re.search("OK", resp) is not None, re.search("ERROR", resp))
for line in ["+CEREG: 2,1", "+CEREG: 2,5", "+CEREG: 0"]:
    m = re.match("\\+CEREG: (\\d)(,(\\d))?", line)
    print(line, m.group(1), m.group(3))
print(re.sub("\\s+", " ", "too    many\t\tspaces\n here"), re.split("[;,]\\s*", "a, b;c,d"))
