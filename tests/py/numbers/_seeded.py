# Seeded operands for the big-int conformance programs: the same sequence under every interpreter.

state = 0x2545F4914F6CDD1D


def seed(value):
    global state
    state = value


def rand(bits):
    # A 64-bit LCG, its top bits taken 63 at a time.
    global state
    out = 0
    for _ in range((bits + 62) // 63):
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        out = (out << 63) | (state >> 1)
    return out & ((1 << bits) - 1)


# Limbs that make carries and borrows run across whole limbs, and a random one for the rest.
LIMBS = (0, 0xFFFFFFFF, 1, 0x80000000, 0x7FFFFFFF)


def limb():
    kind = rand(3)
    return LIMBS[kind] if kind < len(LIMBS) else rand(32)


def digest(d, value):
    # hash of an int is its value modulo 2**61 - 1 under both interpreters.
    return (d * 31 + hash(value)) & 0xFFFFFFFFFFFF
