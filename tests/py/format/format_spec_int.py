# Format spec mini-language for integers.
for v in (0, 42, -42, 255, 2 ** 40):
    print("{:d}|{:5d}|{:<5d}|{:^7d}|{:>5d}|{:05d}|{:+d}|{: d}".format(v, v, v, v, v, v, v, v))
for v in (10, 255, -255):
    print("{:b}|{:o}|{:x}|{:X}|{:#b}|{:#o}|{:#x}|{:#X}".format(v, v, v, v, v, v, v, v))
print("{:*^10d}|{:->8}|{:_<6}".format(7, 42, 1))
print("{:,}|{:,d}|{:,}".format(1234567, -9876543210, 999))
print("{:=+8d}|{:=8d}|{:0=8d}".format(42, -42, -42))
print("{:08b}|{:#010x}|{:#06o}".format(5, 255, 8))
print("{:c}{:c}{:c}".format(72, 105, 0x20AC))
print("{:d}".format(1234), "{:3d}".format(123456))
print("{:10}|{:<10}|{:>10}".format(123, 123, 123))
print("{:e}|{:.2f}|{:%}".format(12345, 7, 1))
for bad in ["{:s}"]:
    try:
        print(bad.format(5))
    except ValueError:
        print(bad, "ValueError")
