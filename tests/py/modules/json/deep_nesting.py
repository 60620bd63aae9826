# Deeply nested documents: the parser is iterative, so depth costs heap, not stack; a document
# nested 20000 deep loads and a truncated one reports an error. Expected output in
# deep_nesting.py.exp (CPython's recursive decoder raises RecursionError here).
import json
depth = 20000
v = json.loads("[" * depth + "]" * depth)
n = 0
while v:
    v = v[0]
    n += 1
print(n + 1)
d = json.loads('{"a":' * 1000 + '1' + '}' * 1000)
print(len(json.dumps(d)))
try:
    json.loads("[" * depth + "]" * (depth - 1))
except ValueError as e:
    print("ValueError", e)
