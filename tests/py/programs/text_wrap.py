# Greedy word wrapping and full justification of a paragraph.
text = ("Pycom boards run MicroPython and talk LoRaWAN, Sigfox, WiFi, Bluetooth and LTE; "
        "this paragraph is wrapped and justified to several widths to exercise string handling.")
def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = word if not cur else cur + " " + word
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line + " " * (width - len(line))
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + " " * n
    return out + words[-1]
for width in (20, 32, 50):
    lines = wrap(text, width)
    print("width", width, "lines", len(lines))
    for l in lines[:-1]:
        print("|" + justify(l, width) + "|")
    print("|" + lines[-1] + " " * (width - len(lines[-1])) + "|")
print(wrap("", 10), wrap("supercalifragilistic", 5))
