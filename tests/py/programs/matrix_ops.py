# Matrix arithmetic with lists: multiply, transpose, determinant and inverse with fractions of ints.
def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        e >>= 1
    return result
a = [[1, 2], [3, 4]]
b = [[0, 1], [1, 0]]
print(mat_mul(a, b), mat_mul(b, a), transpose([[1, 2, 3], [4, 5, 6]]))
print(det(a), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)))
print(mat_pow([[1, 1], [1, 0]], 10), mat_pow([[1, 1], [1, 0]], 90)[0][1])
m = [[4, 7], [2, 6]]
d = det(m)
inv_scaled = [[m[1][1], -m[0][1]], [-m[1][0], m[0][0]]]
print(d, inv_scaled, mat_mul(m, inv_scaled))
print([[round(v / d, 4) for v in row] for row in inv_scaled])
