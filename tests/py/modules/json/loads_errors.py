# Malformed documents raise ValueError (CPython's JSONDecodeError is a ValueError).
import json
bad = ['', ' ', '[', ']', '{', '}', '[1,]', '[,1]', '{"a"}', '{"a":}', '{"a" 1}', '{1: 2}', "{'a': 1}", '[1 2]',
       'tru', 'nul', 'True', 'NaNx', '01', '-', '1.', '.5', '1e', '1e+', '+1', '0x10', '"\\x41"', '"\\u12"',
       '"\\uZZZZ"', '"unterminated', '[1] 2', '"a" "b"', '{"a": 1,}', '\x00']
for text in bad:
    try:
        json.loads(text)
        print(repr(text), "accepted")
    except ValueError:
        print(repr(text), "ValueError")
try:
    json.loads(5)
except TypeError:
    print("TypeError for an int")
