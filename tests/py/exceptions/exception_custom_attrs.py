# User exception classes carrying data, with __str__ built from attributes and inherited __init__.
class DeviceError(Exception):
    def __init__(self, device, code, detail=""):
        super().__init__(device, code)
        self.device = device
        self.code = code
        self.detail = detail
    def __str__(self):
        return "%s failed with %d%s" % (self.device, self.code, (": " + self.detail) if self.detail else "")
class RadioError(DeviceError):
    pass
class TimeoutDeviceError(DeviceError):
    def __init__(self, device, after_ms):
        super().__init__(device, -1, "timed out after %d ms" % after_ms)
        self.after_ms = after_ms
errors = [DeviceError("flash", 3), RadioError("sx1276", 7, "no sync word"), TimeoutDeviceError("modem", 5000)]
for err in errors:
    try:
        raise err
    except DeviceError as e:
        print(type(e).__name__, e, e.args, e.code)
try:
    raise TimeoutDeviceError("gps", 100)
except RadioError:
    print("wrong")
except DeviceError as e:
    print("caught as base class:", e.after_ms, isinstance(e, TimeoutDeviceError))
def retry(op, attempts):
    last = None
    for i in range(attempts):
        try:
            return op(i)
        except RadioError as e:
            last = e
    raise DeviceError("retry", attempts, "last error: " + str(last))
def flaky(i):
    if i < 2:
        raise RadioError("sx1276", i)
    return "ok on attempt %d" % i
print(retry(flaky, 5))
try:
    retry(flaky, 2)
except DeviceError as e:
    print(e)
