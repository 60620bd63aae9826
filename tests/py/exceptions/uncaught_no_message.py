# Exceptions without arguments: MicroPython prints the name followed by ": " and nothing else,
# for built-in and user-defined exceptions alike. The frames of a generator, a lambda and a
# method carry their own names (pinned in uncaught_no_message.py.err).
class SensorMissing(Exception):
    pass
class Bus:
    def scan(self):
        for address in range(3):
            yield self.probe(address)
    def probe(self, address):
        check = lambda a: a < 2 or self.fail()
        check(address)
        return address
    def fail(self):
        raise SensorMissing
try:
    next(iter([]))
except StopIteration:
    print("empty iterator")
found = []
for a in Bus().scan():
    found.append(a)
    print("found", found)
