# Loading, editing and saving a nested JSON configuration document.
import json
doc = """
{
  "device": {"name": "lopy4-07", "region": "EU868", "sleep_s": 600},
  "sensors": [
    {"type": "temp", "pin": "P13", "offset": -0.5},
    {"type": "hum", "pin": "P14", "offset": 0}
  ],
  "debug": false,
  "keys": {"app_eui": "70B3D57ED0001234", "app_key": null}
}
"""
cfg = json.loads(doc)
print(cfg["device"]["name"], cfg["device"]["sleep_s"] // 60, [s["pin"] for s in cfg["sensors"]])
print(cfg["debug"], cfg["keys"]["app_key"], type(cfg["sensors"][0]["offset"]).__name__)
cfg["device"]["sleep_s"] = 300
cfg["sensors"].append({"type": "lux", "pin": "P15", "offset": 1.25})
cfg["debug"] = True
del cfg["keys"]["app_key"]
out = json.dumps(cfg)
print(out)
again = json.loads(out)
print(again == cfg, len(again["sensors"]), sorted(again))
print(json.dumps({"list": [], "obj": {}, "nested": [[], [{}]]}), json.loads("[[], {}]"))
