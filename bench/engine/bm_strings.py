# String building and methods: formatting, join/split, replace, slicing, case, search.
def run(n):
    lines = []
    for i in range(n):
        lines.append("%05d:%s:%s" % (i, "node" + str(i % 37), "ok" if i % 3 else "err"))
    text = "\n".join(lines)
    count = 0
    for line in text.split("\n"):
        ident, name, status = line.split(":")
        if status == "err" and name.endswith("7"):
            count += int(ident[-2:])
        count += len(name.upper().replace("NODE", "n"))
    words = text.replace(":", " ").split()
    longest = max(words, key=len)
    return count, len(words), longest, text.count("err"), text.find("00999")


print(run(60000))
