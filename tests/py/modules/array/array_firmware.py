# The firmware's array: 'l' and 'L' are 32-bit (ESP32), integers wrap to the item size, the module
# answers to uarray too.
import uarray, array
print(uarray.array is array.array)
print(array.array("l", [1]).itemsize, array.array("L", [1]).itemsize, len(bytes(array.array("l", [1, 2]))))
print(array.array("b", [127, 128, 255, 256, -129]), array.array("B", [-1, 256, 257]))
print(array.array("h", [65535, 65536, -32769]), array.array("I", [-1]), array.array("q", [2**64 + 5]))
print(array.array("L", [2**32 - 1, 2**32]))
