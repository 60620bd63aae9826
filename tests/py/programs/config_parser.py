# An INI-style configuration parser with sections, typed values, comments and errors.
class ConfigError(Exception):
    pass
def parse(text):
    config = {}
    section = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";", 1)[0].split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            if not section:
                raise ConfigError("line %d: empty section name" % lineno)
            config.setdefault(section, {})
            continue
        if "=" not in line:
            raise ConfigError("line %d: expected key = value" % lineno)
        if section is None:
            raise ConfigError("line %d: key outside a section" % lineno)
        key, value = [p.strip() for p in line.split("=", 1)]
        config[section][key] = convert(value)
    return config
def convert(v):
    low = v.lower()
    if low in ("true", "yes", "on"):
        return True
    if low in ("false", "no", "off"):
        return False
    try:
        return int(v, 0)
    except ValueError:
        pass
    try:
        return float(v)
    except ValueError:
        return v.strip('"')
text = """
# device settings
[lora]
region = EU868
sf = 7       ; spreading factor
adr = yes
app_eui = 0x70B3D57ED0001234
[wifi]
ssid = "home net"
power = 8.5
enabled = off
"""
cfg = parse(text)
for sec in cfg:
    print(sec, cfg[sec])
print(hex(cfg["lora"]["app_eui"]), type(cfg["wifi"]["power"]).__name__)
for bad in ["[]\n", "key = 1\n", "[s]\njunk line\n"]:
    try:
        parse(bad)
    except ConfigError as e:
        print("ConfigError", e)
