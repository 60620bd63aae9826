# dumps of every kind of value, the separators, and values JSON cannot hold.
import json
for v in [None, True, False, 0, -1, 10 ** 30, 0.5, -2.0, 1e22, 1e-7, 123.456, "", "plain",
          "quote\" back\\ slash/", "\x00\x07\x08\x0c\n\r\t\x1f", [], {}, (), [1, (2, 3), [4]],
          {"a": None, "b": [True, False]}, {"nested": {"deeper": {"deepest": []}}}]:
    print(json.dumps(v))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))
print(json.dumps([1, {"a": 2}], separators=(",", ":")), json.dumps({"a": [1, 2]}, separators=(";", "=")))
for v in [{1, 2}, object(), {(1, 2): "tuple key"}, print]:
    try:
        json.dumps(v)
        print("dumped", type(v).__name__)
    except TypeError:
        print("TypeError", type(v).__name__)
records = [{"id": i, "name": "node%d" % i, "rssi": -70.5 - i} for i in range(3)]
text = json.dumps(records)
print(text)
print(json.loads(text) == records)
