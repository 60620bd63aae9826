# The built-in exception hierarchy.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, Exception),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ValueError, Exception), (UnicodeError, ValueError), (TypeError, Exception),
    (NameError, Exception), (AttributeError, Exception), (RuntimeError, Exception),
    (NotImplementedError, RuntimeError), (RuntimeError, Exception),
    (OSError, Exception), (ImportError, Exception), (StopIteration, Exception),
    (AssertionError, Exception), (MemoryError, Exception), (SyntaxError, Exception),
    (IndentationError, SyntaxError), (EOFError, Exception), (GeneratorExit, BaseException),
    (KeyboardInterrupt, BaseException), (SystemExit, BaseException), (Exception, BaseException),
    (StopAsyncIteration, Exception),
]
for child, parent in pairs:
    print(child.__name__, parent.__name__, issubclass(child, parent))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(KeyError, IndexError), issubclass(ValueError, TypeError))
for exc in (ZeroDivisionError, KeyError, UnicodeError, NotImplementedError):
    try:
        raise exc("x")
    except Exception as e:
        chain = [c.__name__ for c in (ArithmeticError, LookupError, ValueError, RuntimeError) if isinstance(e, c)]
        print(type(e).__name__, chain)
try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__)
print(isinstance(OSError(), Exception), isinstance(Exception(), BaseException))
