# Pystone-like: records, small procedures, string and integer comparisons, globals.
class Record:
    def __init__(self, link=None, kind=0, value=0, label="init"):
        self.link = link
        self.kind = kind
        self.value = value
        self.label = label

    def copy(self):
        return Record(self.link, self.kind, self.value, self.label)


counter = 0
flag = False
table = [0] * 51
grid = [[0] * 51 for _ in range(51)]


def proc_a(rec):
    nxt = rec.link
    nxt.value = rec.value
    nxt.kind = rec.kind
    if nxt.kind == 1:
        nxt.value = proc_c(nxt.value, 10)
    else:
        rec.link = nxt.copy()
    return rec


def proc_b(n):
    global counter
    counter += n
    return counter % 7


def proc_c(a, b):
    return a + b if a < b else a - b


def proc_d(i, j):
    table[i] = j
    table[i + 1] = table[i]
    grid[i][j] = grid[i][j] + 1
    return grid[i][j]


def compare(s1, s2):
    return s1 < s2 or s1[2:] == s2[2:]


def run(loops):
    global flag
    head = Record(Record(None, 1, 5, "second"), 0, 3, "first")
    total = 0
    for i in range(loops):
        proc_a(head)
        total += proc_b(i % 5)
        total += proc_c(i % 17, 9)
        total += proc_d(i % 49, (i * 7) % 49)
        flag = compare("DHRYSTONE %d" % (i % 10), "DHRYSTONE 5")
        if flag:
            total += 1
    return total, counter, sum(table)


print(run(120000))
