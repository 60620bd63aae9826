# JSON round trips: sensor records (nested dicts, lists, strings, ints, floats, booleans, None)
# serialised and parsed again, as a device does with its uplink payloads and configuration.
import json


def make_records(n):
    records = []
    for i in range(n):
        records.append({
            "id": i,
            "name": "sensor-%d" % (i % 97),
            "ok": i % 5 != 0,
            "battery": (i % 100) / 4,
            "tags": ["lora", "eu868", "node%d" % (i % 13)],
            "last": None if i % 7 == 0 else {"rssi": -(i % 120), "snr": (i % 21) - 10, "port": 1 + i % 4},
        })
    return records


def run(n, rounds):
    records = make_records(n)
    total = 0
    text = ""
    for _ in range(rounds):
        text = json.dumps(records)
        back = json.loads(text)
        total += len(back) + sum(r["id"] for r in back if r["ok"])
        records = back
    single = [json.loads(json.dumps(r)) == r for r in records[:500]]
    return total, len(text), all(single), records[-1]["name"]


print(run(4000, 12))
