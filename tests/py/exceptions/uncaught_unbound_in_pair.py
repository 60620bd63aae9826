# A local read while unbound, right after another local on the same line and after a store on
# the line before: the traceback names the line of the read (pinned in the .py.err file).
def report(flag):
    if flag:
        total = 0
    count = 1
    return count, total


print(report(True))
report(False)
