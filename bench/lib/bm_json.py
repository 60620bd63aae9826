# JSON round trips of sensor records, as a device batches uplinks or reads a config.
import json
records = [{"id": i, "name": "node%03d" % i, "rssi": -60.5 - i % 40, "snr": 7.25, "ok": i % 3 != 0,
            "tags": ["lora", "eu868", str(i)], "pos": {"lat": 52.1 + i / 1000, "lon": 4.3}} for i in range(200)]
total = 0
for _ in range(60):
    text = json.dumps(records)
    back = json.loads(text)
    total += len(text) + len(back) + back[-1]["id"]
print(total, back[5] == records[5])
