names = [ZeroDivisionError, OverflowError, KeyError, IndexError, StopIteration, TypeError,
         ValueError, AttributeError, NotImplementedError, RuntimeError, OSError, ImportError,
         AssertionError, MemoryError, NameError, UnboundLocalError, SyntaxError, KeyboardInterrupt,
         SystemExit, GeneratorExit, EOFError, LookupError, ArithmeticError]
for t in names:
    print(t.__name__, issubclass(t, Exception), issubclass(t, BaseException),
          [b.__name__ for b in t.__mro__[1:]])
