# Trigonometry and roots, as a sensor fusion or distance computation does.
import math
total = 0.0
for i in range(120000):
    a = i * 0.001
    total += math.sin(a) * math.cos(a) + math.sqrt(a + 1) - math.atan2(a, 1.0 + a) + math.exp(-a) + math.log(a + 1)
    total += math.floor(a) + math.hypot(a, 2.0)
print(round(total, 3))
