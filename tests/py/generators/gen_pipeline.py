# Chaining generators into a processing pipeline.
def read_lines(text):
    for line in text.split("\n"):
        yield line
def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line
def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()
def typed(pairs):
    for k, v in pairs:
        if v.isdigit():
            v = int(v)
        elif v in ("true", "false"):
            v = v == "true"
        yield k, v
config_text = """# device config
name = lopy4
port = 8080   # listening port
debug = true

# end
sf = 7"""
print(dict(typed(parse(strip_comments(read_lines(config_text))))))
def take(n, it):
    for _, v in zip(range(n), it):
        yield v
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def squares(it):
    for v in it:
        yield v * v
def only(pred, it):
    for v in it:
        if pred(v):
            yield v
print(list(take(6, only(lambda v: v % 3 == 1, squares(naturals())))))
def window(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def running_avg(it):
    total = 0
    for i, v in enumerate(it, 1):
        total += v
        yield total / i
print(list(running_avg([2, 4, 6, 8])))
