# Decorators that keep state between calls: counting, memoizing, retrying.
def counted(fn):
    count = [0]
    def wrapper(*args):
        count[0] += 1
        return fn(*args)
    def calls():
        return count[0]
    return wrapper, calls
def greet(name):
    return "hello " + name
greet, greet_calls = counted(greet)
greet("a")
greet("b")
print(greet_calls())
stats = {"hits": 0, "misses": 0}
def memo(fn):
    cache = {}
    def wrapper(n):
        if n in cache:
            stats["hits"] += 1
            return cache[n]
        stats["misses"] += 1
        cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), stats)
attempts = []
def retry(times):
    def deco(fn):
        def wrapper(*args):
            for i in range(times):
                try:
                    return fn(*args)
                except ValueError:
                    attempts.append(i)
            return "gave up"
        return wrapper
    return deco
state = {"n": 0}
@retry(5)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError("not yet")
    return "ok after %d" % state["n"]
print(flaky(), attempts)
@retry(2)
def always_fails():
    raise ValueError("never")
print(always_fails(), attempts)
