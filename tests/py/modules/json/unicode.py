# Non-ASCII text: dumps keeps it as UTF-8 (the firmware does not escape it; CPython's default
# ensure_ascii does), loads decodes both forms. Expected output in unicode.py.exp.
import json
print(json.dumps("café €"), json.dumps({"ключ": "значение"}), json.dumps(["😀"]))
print(json.loads('"caf\\u00e9 \\u20ac"') == "café €", json.loads('"\\ud83d\\ude00"') == "😀", json.loads('"😀"'))
print(json.loads(json.dumps({"ключ": "значение"})))
print(json.loads("\"caf\u00e9\"".encode()))
for bad in ['"\\ud800"', '"\\udc00"', '"\\ud800\\u0041"']:
    try:
        json.loads(bad)
        print(repr(bad), "accepted")
    except ValueError as e:
        print(repr(bad), "ValueError")
try:
    json.loads(b'"\xff"')
except ValueError:
    print("ValueError invalid UTF-8")
