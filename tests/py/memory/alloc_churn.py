# Allocating and dropping many short-lived objects (far more than the heap holds at once) keeps working.
total = 0
for round_no in range(60):
    words = ["word%d-%d" % (round_no, i) for i in range(500)]
    table = {w: len(w) for w in words}
    blob = bytearray(40 * 1024)
    text = ",".join(words)
    total += len(table) + len(blob) + len(text)
print(total)
acc = []
for i in range(2000):
    acc.append(str(i) * 10)
    if len(acc) > 100:
        acc = acc[50:]
print(len(acc), acc[-1][:8])
big = 1
for i in range(1, 800):
    big *= i
    if i % 100 == 0:
        big = big % (10 ** 50) + 1
print(big % 1000003)
