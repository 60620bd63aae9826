# An elevator controller choosing stops with the SCAN algorithm, stepping floor by floor.
class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.pos = 0
        self.direction = 1
        self.requests = set()
        self.log = []
    def call(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError("no floor %d" % floor)
        self.requests.add(floor)
    def step(self):
        if not self.requests:
            return False
        ahead = [f for f in self.requests if (f - self.pos) * self.direction >= 0]
        if not ahead:
            self.direction = -self.direction
        if self.pos in self.requests:
            self.requests.discard(self.pos)
            self.log.append("stop %d" % self.pos)
            return True
        self.pos += self.direction
        return True
e = Elevator(10)
for f in (5, 2, 8):
    e.call(f)
steps = 0
while e.step():
    steps += 1
    if steps == 4:
        e.call(1)
        e.call(9)
print(e.log, steps, e.pos, e.direction)
try:
    e.call(12)
except ValueError as err:
    print("ValueError", err)
