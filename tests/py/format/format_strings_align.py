# Aligning and truncating strings with format specs, including non-ASCII text.
for s in ["", "a", "abc", "abcdef", "é€", "日本"]:
    print("[{:5}] [{:<5}] [{:>5}] [{:^5}] [{:.2}] [{:*^6}]".format(s, s, s, s, s, s))
print("[{:>4}]".format("w"), "[{:<1}]".format("wide"))
print("[%-6s][%6s][%.1s]" % ("é€", "日本", "€x"))
print("[{:10.3}]".format("truncate me"), "[{:.0}]".format("gone"))
print("[{!r:>8}] [{!s:<8}]".format("q", "q"))
print("[{:=>10}] [{:0<5}] [{:#^7}]".format("x", "y", "z"))
names = ["id", "name", "country"]
widths = [4, 10, 8]
print("|".join(n.center(w) for n, w in zip(names, widths)))
for row in [(1, "Zoë", "FR"), (22, "Bjørn", "NO"), (333, "José", "ES")]:
    print("|{:>4}|{:<10}|{:^8}|".format(*row))
