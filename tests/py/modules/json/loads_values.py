# loads of every JSON value kind, numbers at the edges, escapes and whitespace.
import json
for text in ['0', '-0', '7', '-12', '123456789012345678901234567890', '1.0', '-0.5', '1e3', '1E-3', '2.5e+2',
             '0.1', '1e308', '"', '""', '"a\\"b"', '"\\\\/\\/"', '"\\b\\f\\n\\r\\t"', '"\\u0041\\u00df\\u4e2d"',
             '"\\ud83d\\ude00"', '"caf\u00e9"', 'true', 'false', 'null', '[]', '{}', '[1,[2,[3,[]]]]',
             '{"a":{"b":{"c":[true,null]}}}', ' \t\n\r[ 1 , 2 ] \n', '{"":0}', '{"k":1,"k":2}']:
    try:
        v = json.loads(text)
        print(repr(text), repr(v), type(v).__name__)
    except ValueError:
        print(repr(text), "ValueError")
print(json.loads(b'{"bytes": [1, 2]}'), json.loads(bytearray(b'"ba"')))
print(json.loads('[1, 2.5, "x", null]') == [1, 2.5, "x", None], json.loads('{"a": 1, "b": 2}') == {"b": 2, "a": 1})
doc = json.loads('{"z": 1, "a": 2, "m": [3, 4]}')
print(list(doc), doc["m"][1])
