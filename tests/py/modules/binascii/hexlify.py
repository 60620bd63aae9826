# hexlify (with a separator) and unhexlify, on bytes, bytearray, memoryview and str input.
import binascii
print(binascii.hexlify(b""), binascii.hexlify(b"\x00\x0f\xf0\xff"), binascii.hexlify(bytearray(b"AZ")))
print(binascii.hexlify(memoryview(b"\x12\x34")), binascii.hexlify(bytes(range(16))))
print(binascii.hexlify(b"\x01\x02\x03", "-"), binascii.hexlify(b"\x01\x02\x03", b":"), binascii.hexlify(b"\x01", ":"))
print(binascii.unhexlify("00ff7F"), binascii.unhexlify(b"deadBEEF"), binascii.unhexlify(""), binascii.unhexlify(bytearray(b"41")))
data = bytes(range(256))
print(binascii.unhexlify(binascii.hexlify(data)) == data)
for bad in ("abc", "zz", "0g", b"1"):
    try:
        binascii.unhexlify(bad)
        print("accepted", bad)
    except ValueError:
        print("ValueError", bad)
try:
    binascii.hexlify("text")
except TypeError:
    print("TypeError for str")
