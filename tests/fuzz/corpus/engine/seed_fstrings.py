name = "world"
n = 42
pi = 3.14159
print(f"hello {name}!", f"{n:5d}|{n:<5}|{n:^7}|{n:x}|{n:#o}|{n:08b}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:g} {1e20:g} {0.5:%}")
print(f"{name!r} {name!s} {name:>10} {name:*^11}")
print(f"{{literal}} {n + 1} {[i for i in range(3)]} {'nested'}")
w = 8
print(f"{pi:{w}.{2}f}|")
print(f"{n=} {pi=:.1f}")
print(f"{1000000:,} {1234567.891:,.2f} {-5:+d} {5:+d} {5: d}")
d = {"k": "v"}
print(f"{d['k']} {len(d)}")
