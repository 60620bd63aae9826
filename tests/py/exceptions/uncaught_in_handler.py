# An exception raised while another is handled: MicroPython reports only the last one (no
# "During handling..." section), with its arguments printed as a tuple when there are several
# (pinned in uncaught_in_handler.py.err).
class Link:
    def __init__(self):
        self.tries = 0
    def send(self, payload):
        self.tries += 1
        raise OSError(110)
    def send_with_retry(self, payload):
        try:
            self.send(payload)
        except OSError as e:
            print("first try failed", e.args)
            raise RuntimeError("retry failed", self.tries)
link = Link()
link.send_with_retry(b"ping")
