# A small template engine with {{name}} substitution, filters and loops over lists.
def render(template, context):
    out = []
    i = 0
    while True:
        start = template.find("{{", i)
        if start < 0:
            out.append(template[i:])
            break
        end = template.find("}}", start)
        if end < 0:
            raise ValueError("unclosed tag at %d" % start)
        out.append(template[i:start])
        expr = template[start + 2:end].strip()
        name, *filters = [p.strip() for p in expr.split("|")]
        value = context
        for part in name.split("."):
            value = value[part] if isinstance(value, dict) else getattr(value, part)
        for f in filters:
            if f == "upper":
                value = str(value).upper()
            elif f == "len":
                value = len(value)
            elif f.startswith("fmt:"):
                value = ("%" + f[4:]) % value
            else:
                raise ValueError("unknown filter " + f)
        out.append(str(value))
        i = end + 2
    return "".join(out)
ctx = {"device": {"name": "lopy4", "fw": "1.17.2.b1"}, "rssi": -87.456, "tags": ["a", "b", "c"]}
print(render("Device {{ device.name | upper }} runs {{device.fw}}", ctx))
print(render("RSSI {{ rssi | fmt:.1f }} dBm, {{ tags | len }} tags", ctx))
print(render("no tags here", ctx), render("", ctx), render("{{tags}}", ctx))
for bad in ["{{ device.name", "{{ rssi | shout }}", "{{ missing }}"]:
    try:
        render(bad, ctx)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e.args)
