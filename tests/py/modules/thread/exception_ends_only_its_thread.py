# An exception a thread does not catch ends that thread only (its traceback goes to stderr); the
# main thread and the other threads go on.
import _thread

done = _thread.allocate_lock()
log = []


def fails():
    log.append("fails starts")
    try:
        raise KeyError("kept")
    finally:
        done.release()


def works():
    log.append("works runs")
    done.release()


done.acquire()
_thread.start_new_thread(fails, ())
done.acquire()
_thread.start_new_thread(works, ())
done.acquire()
print(log)
print("main goes on")
