# a2b_base64/b2a_base64: padding, line breaks and characters outside the alphabet.
import binascii
for n in range(0, 10):
    data = bytes(range(200, 200 + n))
    enc = binascii.b2a_base64(data)
    print(n, enc, binascii.a2b_base64(enc) == data, binascii.a2b_base64(enc.decode()) == data)
print(binascii.b2a_base64(b"pyfw", newline=False), binascii.b2a_base64(b""))
print(binascii.a2b_base64("aGVs\nbG8="), binascii.a2b_base64(b"aGVs bG8=\r\n"), binascii.a2b_base64("YQ==YWJj"))
print(binascii.a2b_base64("YWJj" + "=" * 3), binascii.a2b_base64(""), binascii.a2b_base64(b"+/+/"))
for bad in ("Y", "YQ", "YWI", "YQ=", "Y===", "a", "abcde"):
    try:
        binascii.a2b_base64(bad)
        print("accepted", bad)
    except ValueError:
        print("ValueError", bad)
