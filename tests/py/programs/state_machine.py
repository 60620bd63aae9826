# A table-driven state machine for a device join/send cycle, with a transition log.
TRANSITIONS = {
    ("idle", "power_on"): "joining",
    ("joining", "join_ok"): "ready",
    ("joining", "join_fail"): "backoff",
    ("backoff", "timer"): "joining",
    ("ready", "send"): "sending",
    ("sending", "tx_done"): "ready",
    ("sending", "tx_fail"): "ready",
    ("ready", "sleep"): "sleeping",
    ("sleeping", "wake"): "ready",
}
class Machine:
    def __init__(self):
        self.state = "idle"
        self.log = []
        self.counts = {}
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            self.log.append("ignored %s in %s" % (event, self.state))
            return False
        new = TRANSITIONS[key]
        self.log.append("%s --%s--> %s" % (self.state, event, new))
        self.counts[new] = self.counts.get(new, 0) + 1
        self.state = new
        return True
m = Machine()
events = ["send", "power_on", "join_fail", "timer", "join_fail", "timer", "join_ok",
          "send", "tx_done", "send", "tx_fail", "sleep", "send", "wake", "send", "tx_done"]
results = [m.fire(e) for e in events]
for line in m.log:
    print(line)
print(results.count(True), results.count(False), m.state)
print(sorted(m.counts.items()))
reachable = {"idle"}
changed = True
while changed:
    changed = False
    for (src, _), dst in TRANSITIONS.items():
        if src in reachable and dst not in reachable:
            reachable.add(dst)
            changed = True
print(sorted(reachable))
