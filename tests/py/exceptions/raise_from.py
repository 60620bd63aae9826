# raise ... from ...: the new exception is what the caller sees.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad number: " + text) from e
try:
    load("abc")
except ConfigError as e:
    print(type(e).__name__, e)
print(load("12"))
def suppressed():
    try:
        {}["missing"]
    except KeyError:
        raise LookupError("translated") from None
try:
    suppressed()
except LookupError as e:
    print(type(e).__name__, e)
def from_class():
    raise RuntimeError("outer") from ValueError
try:
    from_class()
except RuntimeError as e:
    print("caught", e)
for cause in (None, ValueError("v"), TypeError):
    try:
        raise KeyError("k") from cause
    except KeyError as e:
        print("KeyError raised, cause given:", cause is not None, e.args)
try:
    try:
        raise OSError("low level")
    except OSError as low:
        raise RuntimeError("high level") from low
except RuntimeError as high:
    print(high, type(high).__name__)
