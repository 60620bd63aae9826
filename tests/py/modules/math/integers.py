# factorial, gcd and isclose, with big integers and tolerances.
import math
print([math.factorial(n) for n in range(8)], math.factorial(30), len(str(math.factorial(200))))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, 5), math.gcd(2 ** 100, 2 ** 60 * 3), math.gcd())
print(math.gcd(12, 18, 27), math.gcd(7))
for bad in (lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.gcd(1.5, 2)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(float("inf"), float("inf")))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError:
    print("ValueError")
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12), math.sqrt(16), math.sqrt(2 ** 100))
