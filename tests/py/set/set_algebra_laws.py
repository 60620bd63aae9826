# Algebraic identities of set operations checked on several concrete sets.
A = {1, 2, 3, 4}
B = {3, 4, 5}
C = {4, 5, 6, 7}
E = set()
checks = [
    A | B == B | A, A & B == B & A, A ^ B == B ^ A,
    (A | B) | C == A | (B | C), (A & B) & C == A & (B & C),
    A & (B | C) == (A & B) | (A & C), A | (B & C) == (A | B) & (A | C),
    A - (B | C) == (A - B) & (A - C), A - (B & C) == (A - B) | (A - C),
    A ^ B == (A - B) | (B - A), A ^ A == E, A | E == A, A & E == E, A - E == A,
    A <= A | B, A & B <= A, (A - B).isdisjoint(B), len(A | B) == len(A) + len(B) - len(A & B),
]
print(checks, all(checks))
print(sorted(A | B | C), sorted(A & B & C), sorted((A | B) - C), sorted(A ^ B ^ C))
universe = set(range(10))
complement = lambda s: universe - s
print(complement(A | B) == complement(A) & complement(B), sorted(complement(A)))
