# User exception classes: hierarchy, extra attributes, args and str.
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, message="bad config"):
        super().__init__(message, key)
        self.key = key
class NetworkError(AppError):
    code = 500
class Timeout(NetworkError):
    code = 504
try:
    raise ConfigError("port")
except AppError as e:
    print(type(e).__name__, e.key, e.args, str(e) == str(e.args))
for exc in (Timeout("slow"), NetworkError("down"), AppError("generic")):
    try:
        raise exc
    except NetworkError as e:
        print("network", type(e).__name__, e.code, e)
    except AppError as e:
        print("app", type(e).__name__, e)
print(issubclass(Timeout, AppError), issubclass(AppError, Exception), isinstance(Timeout(), NetworkError))
class WithStr(Exception):
    def __str__(self):
        return "custom message"
try:
    raise WithStr(1, 2)
except WithStr as e:
    print(e, e.args)
class NoArgs(ValueError):
    pass
try:
    raise NoArgs
except ValueError as e:
    print(type(e).__name__, e.args, repr(str(e)))
class Payload(Exception):
    def __init__(self, data):
        super().__init__("payload error")
        self.data = data
try:
    raise Payload({"id": 7})
except Exception as e:
    print(e, e.data["id"])
