# Pystone-like: a Dhrystone-style mix of procedure calls, global and local integer arithmetic,
# records (objects) copied and linked, an enumeration, one- and two-dimensional global arrays,
# character and string comparisons. Prints the final state, so both interpreters must agree.
import _clock

FIRST, SECOND, THIRD, FOURTH, FIFTH = range(5)


class Record:
    def __init__(self, link=None, kind=0, enum=0, number=0, text=""):
        self.link = link
        self.kind = kind
        self.enum = enum
        self.number = number
        self.text = text

    def assign(self, other):
        self.link = other.link
        self.kind = other.kind
        self.enum = other.enum
        self.number = other.number
        self.text = other.text


counter = 0
flag = False
letter_a = "\0"
letter_b = "\0"
row = [0] * 51
grid = [[0] * 51 for _ in range(51)]
head = None


def update_record(rec):
    # Copies the global record into the one rec links to, then adjusts both through calls.
    other = rec.link
    other.assign(head)
    rec.number = 5
    other.number = rec.number
    other.link = rec.link
    other.link = follow_link(other.link)
    if other.kind == FIRST:
        other.number = 6
        other.enum = next_enum(rec.enum)
        other.link = head.link
        other.number = add_small(other.number, 10)
    else:
        rec.assign(other)
    return rec


def step_down(value):
    # Counts a local down until the global letter says stop.
    local = value + 10
    while True:
        if letter_a == "A":
            local -= 1
            value = local - counter
            return value


def follow_link(link):
    global counter
    if head is not None:
        link = head.link
    else:
        counter = 100
    head.number = add_small(10, counter)
    return link


def set_flag():
    global flag
    same = letter_a == "A"
    flag = same or flag
    return same


def reset_letters():
    global letter_a, flag
    letter_a = "A"
    flag = False


def next_enum(value):
    result = value
    if not is_third(value):
        result = FOURTH
    table = {FIRST: FIRST, SECOND: THIRD if counter > 100 else FOURTH, THIRD: SECOND,
             FOURTH: FOURTH, FIFTH: THIRD}
    return table.get(value, result)


def add_small(a, b):
    return a + b + 2


def fill_arrays(line, table, i, j):
    global counter
    base = i + 5
    line[base] = j
    line[base + 1] = line[base]
    line[base + 30] = base
    for k in range(base, base + 2):
        table[base][k] = base
    table[base][base - 1] += 1
    table[base + 20][base] = line[base]
    counter = 5
    return line[base] + table[base][base - 1]


def compare_letters(a, b):
    return FIRST if a != b else SECOND


def compare_texts(a, b):
    global counter
    k = 1
    letter = "\0"
    while k < 2:
        if compare_letters(a[k], b[k + 1]) == FIRST:
            letter = "A"
            k += 1
    if "W" <= letter <= "Z":
        k = 7
    if letter == "X":
        return True
    if a > b:
        counter = k + 7
        return True
    return False


def is_third(value):
    return value == THIRD


def run(loops):
    global counter, flag, letter_a, letter_b, head
    head = Record(None, FIRST, THIRD, 40, "SOME STRING IN THE GLOBAL RECORD")
    head.link = Record(None, FIRST, THIRD, 40, "SOME STRING IN THE GLOBAL RECORD")
    text1 = "FIRST STRING OF THE PROGRAM, 1'ST"
    row[8] = 7
    checksum = 0
    for loop in range(loops):
        reset_letters()
        set_flag()
        letter_b = "B"
        a = 2
        b = 3
        text2 = "SECOND STRING OF THE PROGRAM, " + str(loop % 10)
        enum = SECOND
        flag = not compare_texts(text1, text2)
        while a < b:
            c = 5 * a - b
            c = add_small(a, b) + c
            a += 1
        checksum += fill_arrays(row, grid, a, c)
        head = update_record(head)
        letter = "A"
        while letter <= letter_b:
            if enum == compare_letters(letter, "C"):
                enum = next_enum(FIRST)
            letter = chr(ord(letter) + 1)
        c = b * a
        b = c // a
        b = 7 * (c - b) - a
        a = step_down(a)
        checksum = (checksum + a + b + c + enum + len(text2)) & 0xFFFFFF
    return checksum, a, b, c, enum, counter, flag, letter_a, letter_b, row[8], grid[8][7], head.number


start = _clock.now()
result = run(100000)
_clock.report(start)
print(*result)
