# Parsing CSV text with quoted fields by hand, then aggregating columns.
def parse_line(line):
    fields, cur, quoted, i = [], "", False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    cur += '"'
                    i += 1
                else:
                    quoted = False
            else:
                cur += ch
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    fields.append(cur)
    return fields
data = '''device,region,rssi,note
lopy4,EU868,-87,"ok"
fipy,US915,-102,"weak, but ""usable"""
gpy,EU868,-64,
wipy,AS923,-95,"multi word note"'''
lines = data.split("\n")
header = parse_line(lines[0])
rows = [dict(zip(header, parse_line(l))) for l in lines[1:]]
for r in rows:
    print(r)
by_region = {}
for r in rows:
    by_region.setdefault(r["region"], []).append(int(r["rssi"]))
print({k: (len(v), sum(v) / len(v)) for k, v in sorted(by_region.items())})
print(max(rows, key=lambda r: int(r["rssi"]))["device"], [r["note"] for r in rows])
print(parse_line(""), parse_line(",,"), parse_line('"a,b"'), parse_line('""'))
