# Nested dicts, defaults via get/setdefault, and dict-based records.
config = {"net": {"wifi": {"ssid": "home", "ch": 6}, "lora": {"region": "EU868"}}, "debug": False}
print(config["net"]["wifi"]["ssid"], config["net"]["lora"].get("sf", 7), config.get("missing", {}).get("x"))
config["net"]["wifi"]["ch"] = 11
config.setdefault("log", {})["level"] = "info"
print(config)
def deep_get(d, path, default=None):
    for part in path.split("."):
        if not isinstance(d, dict) or part not in d:
            return default
        d = d[part]
    return d
print(deep_get(config, "net.wifi.ch"), deep_get(config, "net.x.y", "none"), deep_get(config, "debug"))
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def count_leaves(t):
    if not t:
        return 1
    return sum(count_leaves(v) for v in t.values())
print(count_leaves(tree))
people = [{"name": "ann", "age": 30}, {"name": "bob", "age": 25}]
print(sorted(people, key=lambda p: p["age"])[0]["name"], [p["name"] for p in people if p["age"] > 26])
merged = {}
for src in ({"a": 1}, {"b": 2}, {"a": 3}):
    merged.update(src)
print(merged)
copy = dict(config)
copy["net"]["lora"]["region"] = "US915"
print(config["net"]["lora"]["region"])
