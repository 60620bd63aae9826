# printf-style formatting of bytes and bytearray (PEP 461), as CPython and MicroPython do it.
print(b'%d' % (1,))
print(b'%d' % 1)
print(b'%5d|%-5d|%05d|%+d' % (42, 42, 42, 42))
print(b'%x %X %o %#x %#o' % (255, 255, 8, 255, 8))
print(b'%.3d' % 7)
print(b'%i %u' % (-3, 4))
print(b'%d' % 2**70)
print(b'%s and %b' % (b'abc', bytearray(b'xy')))
print(b'%s' % memoryview(b'mem'))
print(b'%5s|%-5s|%.2s' % (b'ab', b'ab', b'abcdef'))
print(b'%r %a' % ('t\xe9xt', b'\x00'))
print(b'%c%c%c' % (65, b'B', bytearray(b'C')))
print(b'%f %.2e %g' % (1.5, 12345.678, 0.0001))
print(b'%% %d%%' % 50)
print(b'%(a)s=%(b)d' % {b'a': b'key', b'b': 3})
print(b'\xff%d\x00' % 9)
print(bytearray(b'%d-%s') % (1, b'x'))
print(type(bytearray(b'%d') % 1).__name__, type(b'%d' % 1).__name__)
print(b'%*d|%-*d' % (4, 1, 4, 2))


class Number:
    def __index__(self):
        return 12


print(b'%x' % Number())

for bad in [(b'%s', 'text'), (b'%s', 5), (b'%c', 256), (b'%c', b'ab'), (b'%c', 'a'),
            (b'%d', b'1'), (b'%d %d', (1,)), (b'%d', (1, 2)), (b'%y', 1), (b'%(a)s', (1,))]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
try:
    print('%b' % b'x')
except ValueError as e:
    print('ValueError', e)
