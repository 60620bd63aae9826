# A small sensor node, the kind of loop a Pycom board runs in main.py: sample a few simulated
# sensors, smooth the readings, flag out-of-range values and build a compact report.

class Sensor:
    def __init__(self, name, unit, low, high):
        self.name = name
        self.unit = unit
        self.low = low
        self.high = high

    def readings(self, seed):
        # A deterministic pseudo-random walk (a linear congruential generator), so every run of
        # this example prints the same report.
        state = seed
        value = (self.low + self.high) / 2
        step = (self.high - self.low) / 6
        while True:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            value += ((state % 1000) - 500) / 500 * step
            yield round(value, 2)


class Smoother:
    def __init__(self, width):
        self.width = width
        self.window = []

    def push(self, value):
        self.window.append(value)
        if len(self.window) > self.width:
            self.window.pop(0)
        return sum(self.window) / len(self.window)


class OutOfRange(Exception):
    pass


def check(sensor, value):
    if not sensor.low <= value <= sensor.high:
        raise OutOfRange(f"{sensor.name}={value}{sensor.unit}")
    return value


def sample(sensors, rounds):
    streams = {s.name: s.readings(seed=7 * i + 3) for i, s in enumerate(sensors)}
    smoothers = {s.name: Smoother(4) for s in sensors}
    for tick in range(rounds):
        row = {}
        for s in sensors:
            raw = next(streams[s.name])
            try:
                row[s.name] = round(smoothers[s.name].push(check(s, raw)), 2)
            except OutOfRange as alarm:
                row[s.name] = None
                print(f"  tick {tick}: alarm {alarm}")
        yield tick, row


sensors = [
    Sensor("temp", "C", 17.0, 28.0),
    Sensor("humidity", "%", 44.0, 62.0),
    Sensor("battery", "V", 3.3, 4.2),
]

print("pyfw sensor node: %d sensors" % len(sensors))
history = []
for tick, row in sample(sensors, 10):
    history.append(row)
    values = ", ".join(f"{name}={value}" for name, value in row.items())
    print(f"tick {tick}: {values}")

summary = {}
for s in sensors:
    good = [row[s.name] for row in history if row[s.name] is not None]
    summary[s.name] = (min(good), max(good), len(history) - len(good)) if good else None
for name, stats in sorted(summary.items()):
    if stats:
        print("%-8s min %6.2f max %6.2f alarms %d" % ((name,) + stats))
    else:
        print("%-8s no valid readings" % name)
