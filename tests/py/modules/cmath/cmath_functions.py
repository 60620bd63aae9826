# cmath: MicroPython's functions, with results rounded so the C library's last bit does not count.
import cmath

def show(z):
    return complex(round(z.real, 9), round(z.imag, 9)) if isinstance(z, complex) else round(z, 9)

print(show(cmath.e), show(cmath.pi))
for z in [1 + 1j, -2 + 0.5j, 3, 2.5, -1, 1j]:
    print(z, show(cmath.sqrt(z)), show(cmath.exp(z)), show(cmath.log(z)), show(cmath.log10(z)), show(cmath.cos(z)),
          show(cmath.sin(z)), show(cmath.phase(z)), [show(x) for x in cmath.polar(z)])
print(show(cmath.rect(2, cmath.pi / 2)), show(cmath.rect(1, 0)), cmath.sqrt(-4), cmath.phase(-1), cmath.polar(3j))
for bad in [lambda: cmath.log(0), lambda: cmath.sqrt("x"), lambda: cmath.exp()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
