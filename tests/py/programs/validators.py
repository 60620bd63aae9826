# Check-digit validators: Luhn, ISBN-10/13 and EAN, plus IPv4/CIDR parsing.
def luhn_ok(number):
    digits = [int(d) for d in str(number)][::-1]
    total = 0
    for i, d in enumerate(digits):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0
print([luhn_ok(n) for n in (79927398713, 79927398710, 4539578763621486, 1234567812345670, 0)])
def isbn10_ok(s):
    s = s.replace("-", "")
    if len(s) != 10:
        return False
    total = 0
    for i, ch in enumerate(s):
        v = 10 if ch in "Xx" and i == 9 else int(ch)
        total += (10 - i) * v
    return total % 11 == 0
def isbn13_ok(s):
    s = s.replace("-", "")
    return len(s) == 13 and sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(s)) % 10 == 0
print(isbn10_ok("0-306-40615-2"), isbn10_ok("0-306-40615-3"), isbn10_ok("0-8044-2957-X"))
print(isbn13_ok("978-0-306-40615-7"), isbn13_ok("978-0-306-40615-8"))
def parse_ipv4(s):
    parts = s.split(".")
    if len(parts) != 4 or not all(p.isdigit() and 0 <= int(p) <= 255 for p in parts):
        raise ValueError("bad address " + s)
    n = 0
    for p in parts:
        n = (n << 8) | int(p)
    return n
def fmt_ipv4(n):
    return ".".join(str((n >> s) & 255) for s in (24, 16, 8, 0))
def in_cidr(addr, cidr):
    net, bits = cidr.split("/")
    mask = (0xFFFFFFFF << (32 - int(bits))) & 0xFFFFFFFF
    return parse_ipv4(addr) & mask == parse_ipv4(net) & mask
print(hex(parse_ipv4("192.168.4.1")), fmt_ipv4(parse_ipv4("10.0.0.255") + 1))
print(in_cidr("192.168.4.77", "192.168.4.0/24"), in_cidr("192.168.5.1", "192.168.4.0/24"), in_cidr("8.8.8.8", "0.0.0.0/0"))
for bad in ("1.2.3", "256.1.1.1", "a.b.c.d", "1.2.3.4.5"):
    try:
        parse_ipv4(bad)
    except ValueError as e:
        print("ValueError", e)
