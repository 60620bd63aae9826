# Closures as lightweight objects: state kept in cells across calls.
def make_account(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("dep", x))
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        history.append(("wd", x))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report
dep, wd, rep = make_account(100)
print(dep(50), wd(30), wd(500), rep())
dep2, wd2, rep2 = make_account(0)
print(dep2(1), rep2(), rep())
def make_gen_id(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return "%s-%03d" % (prefix, n)
    return next_id
a, b = make_gen_id("A"), make_gen_id("B")
print(a(), a(), b(), a())
def rate_limiter(limit):
    used = 0
    def allow():
        nonlocal used
        if used < limit:
            used += 1
            return True
        return False
    def reset():
        nonlocal used
        used = 0
    return allow, reset
allow, reset = rate_limiter(2)
print([allow() for _ in range(4)])
reset()
print(allow())
