class K:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        c.clear()
        for i in range(3):
            c[i] = i
        return False
for op in ["c.get(K())", "c.__setitem__(K(), 2)", "c.pop(K(), 0)", "K() in c"]:
    c = {K(): 1}
    try:
        eval(op)
    except (RuntimeError, KeyError, TypeError):
        pass
class S:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        c.clear()
        return False
for op in ["c.add(S())", "S() in c", "c.discard(S())", "c.remove(S())"]:
    c = {S()}
    try:
        eval(op)
    except (RuntimeError, KeyError):
        pass
