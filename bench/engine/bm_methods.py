# Method calls on objects: a small task scheduler with inheritance and properties.
class Task:
    def __init__(self, ident, weight):
        self.ident = ident
        self.weight = weight
        self.done = 0

    def step(self):
        self.done += self.weight
        return self.done

    @property
    def finished(self):
        return self.done >= 100


class UrgentTask(Task):
    def step(self):
        return super().step() + 1


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.ticks = 0

    def add(self, task):
        self.tasks.append(task)

    def tick(self):
        self.ticks += 1
        alive = []
        for t in self.tasks:
            t.step()
            if not t.finished:
                alive.append(t)
        self.tasks = alive
        return len(alive)


def run(rounds):
    total = 0
    for r in range(rounds):
        s = Scheduler()
        for i in range(20):
            s.add(UrgentTask(i, 7 + i % 5) if i % 4 == 0 else Task(i, 3 + i % 7))
        while s.tick():
            pass
        total += s.ticks
    return total


print(run(1500))
