# dumps followed by loads returns an equal value.
import json
values = [
    None, True, 0, -1, 2 ** 53, 3.25, "s", "with \"quotes\" and \\", [1, [2, [3]]],
    {"a": 1, "b": [True, None], "c": {"d": "e"}}, [{"x": 1.5}, {"y": -2}], "line\nbreak",
]
for v in values:
    s = json.dumps(v)
    back = json.loads(s)
    print(s, back == v)
print(json.loads(json.dumps((1, 2))))
big = {"k%d" % i: list(range(i)) for i in range(10)}
print(json.loads(json.dumps(big)) == big, len(json.dumps(big)))
floats = [0.1, 1 / 3, 1e-7, 123456.789, -0.0]
print(json.dumps(floats), json.loads(json.dumps(floats)) == floats)
print(json.loads('{"unicode": "\\u00e9"}')["unicode"] == "é")
