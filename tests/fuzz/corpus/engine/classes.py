class A:
    def __init__(s, v): s.v = v
    def __add__(s, o): return A(s.v + o.v)
print((A(1) + A(2)).v, [i * i for i in range(5) if i 