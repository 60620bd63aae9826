def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RuntimeError as e:
    print("RuntimeError caught")
print(depth(100))
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3))
