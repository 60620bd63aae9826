# start_new_thread with args and kwargs, get_ident, exit, stack_size, and the argument errors.
import _thread

done = _thread.allocate_lock()
results = []


def record(a, b, c=None):
    results.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()


def quits():
    results.append("before exit")
    done.release()
    _thread.exit()
    results.append("never")


main_ident = _thread.get_ident()
print(isinstance(main_ident, int), main_ident == _thread.get_ident())

done.acquire()
ident = _thread.start_new_thread(record, (1, "two"))
done.acquire()
print(isinstance(ident, int), ident != main_ident)
_thread.start_new_thread(record, (3, 4), {"c": [5]})
done.acquire()
_thread.start_new_thread(quits, ())
done.acquire()
print(results)

for bad in ((42, ()), (record, [1, 2]), (record, (1,), [])):
    try:
        _thread.start_new_thread(*bad)
    except TypeError:
        print("TypeError", type(bad[1]).__name__)

old = _thread.stack_size()
print(_thread.stack_size(256 * 1024) == old)
print(_thread.stack_size() == 256 * 1024)
_thread.start_new_thread(record, (6, 7))
done.acquire()
print(results[-1])
_thread.stack_size(0)
try:
    _thread.stack_size(-1)
except ValueError:
    print("ValueError for a negative stack size")
done.release()
