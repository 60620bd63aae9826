"""A client of the board's serial console written from MicroPython's raw REPL protocol (the one
tools/pyboard.py and mpremote speak), with the transports the test runner uses: a child process on
pipes (`exec:`), a device path such as a pseudo-terminal (`execpty:`, a serial port), and a child
process whose stdin/stdout is a terminal we hold the other end of.

Every wait has a deadline; a deadline that passes is a failure (ConsoleError), never a pause.
"""
import os
import select
import signal
import subprocess
import termios
import time
import tty

RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n"
DEADLINE = 10.0


class ConsoleError(Exception):
    pass


def stop(process):
    """Ends a child we started in its own session (and whatever it started), if still running."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(DEADLINE)


class Transport:
    """Bytes to and from the board; `fd_in` is read, `fd_out` written."""

    def __init__(self, fd_in, fd_out):
        self.fd_in = fd_in
        self.fd_out = fd_out
        self.buffer = b""

    def write(self, data):
        view = memoryview(data)
        while view:
            done = os.write(self.fd_out, view)
            view = view[done:]

    def fill(self, deadline):
        """Reads what is available, waiting until `deadline` for at least one byte; False at EOF."""
        left = deadline - time.monotonic()
        if left <= 0:
            raise ConsoleError("timed out; received so far: %r" % self.buffer[-300:])
        ready, _, _ = select.select([self.fd_in], [], [], left)
        if not ready:
            raise ConsoleError("timed out; received so far: %r" % self.buffer[-300:])
        try:
            data = os.read(self.fd_in, 65536)
        except OSError:
            data = b""
        self.buffer += data
        return bool(data)

    def read_until(self, ending, timeout=DEADLINE):
        """Everything up to and including `ending`."""
        deadline = time.monotonic() + timeout
        while ending not in self.buffer:
            if not self.fill(deadline):
                raise ConsoleError("input ended before %r; received: %r" % (ending, self.buffer[-300:]))
        cut = self.buffer.index(ending) + len(ending)
        data, self.buffer = self.buffer[:cut], self.buffer[cut:]
        return data

    def read_exactly(self, count, timeout=DEADLINE):
        deadline = time.monotonic() + timeout
        while len(self.buffer) < count:
            if not self.fill(deadline):
                raise ConsoleError("input ended; received: %r" % self.buffer)
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def read_to_end(self, timeout=DEADLINE):
        deadline = time.monotonic() + timeout
        while self.fill(deadline):
            pass
        data, self.buffer = self.buffer, b""
        return data

    def drain(self):
        """Drops what has arrived so far (pyboard's flush after interrupting)."""
        while select.select([self.fd_in], [], [], 0)[0]:
            try:
                if not os.read(self.fd_in, 65536):
                    break
            except OSError:
                break
        self.buffer = b""

    def close(self):
        pass


class PipeProcess(Transport):
    """A child on pipes: MicroPython's `exec:` target."""

    def __init__(self, argv):
        self.process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0,
                                        start_new_session=True)
        super().__init__(self.process.stdout.fileno(), self.process.stdin.fileno())

    def close_input(self):
        self.process.stdin.close()

    def wait(self, timeout=DEADLINE):
        return self.process.wait(timeout)

    def close(self):
        stop(self.process)
        self.process.stdout.close()
        if not self.process.stdin.closed:
            self.process.stdin.close()


class Device(Transport):
    """A device path (a pty slave, a serial port), opened raw as pyserial does."""

    def __init__(self, path):
        fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
        tty.setraw(fd)
        super().__init__(fd, fd)

    def close(self):
        os.close(self.fd_in)


class PtyServer(Device):
    """`pyfw repl --pty`, started the way MicroPython's `execpty:` does: the device name is the
    first line on the child's stderr."""

    def __init__(self, argv):
        self.process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        start_new_session=True)
        line = self.process.stderr.readline().decode()
        path = next((word for word in line.split() if word.startswith("/dev/pts/")), None)
        if not path:
            self.process.kill()
            raise ConsoleError("no pty named on stderr: %r" % line)
        self.path = path
        super().__init__(path)

    def close(self):
        super().close()
        stop(self.process)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            stream.close()


class TerminalProcess(Transport):
    """A child whose stdin, stdout and stderr are a terminal (the slave of a pty we hold)."""

    def __init__(self, argv):
        self.master, self.slave = os.openpty()
        self.settings_before = termios.tcgetattr(self.slave)
        self.process = subprocess.Popen(argv, stdin=self.slave, stdout=self.slave, stderr=self.slave,
                                        start_new_session=True)
        super().__init__(self.master, self.master)

    def settings(self):
        return termios.tcgetattr(self.slave)

    def wait(self, timeout=DEADLINE):
        return self.process.wait(timeout)

    def close(self):
        stop(self.process)
        os.close(self.master)
        os.close(self.slave)


class RawRepl:
    """The host side of the raw REPL protocol over a transport."""

    def __init__(self, transport, use_raw_paste=True):
        self.t = transport
        self.use_raw_paste = use_raw_paste
        self.used_raw_paste = False

    def enter_raw_repl(self, soft_reset=True):
        self.t.write(b"\r\x03\x03")  # stop whatever runs
        self.t.drain()
        self.t.write(b"\r\x01")
        self.t.read_until(RAW_BANNER + b">")
        if soft_reset:
            self.t.write(b"\x04")
            self.t.read_until(b"soft reboot\r\n")
            self.t.read_until(RAW_BANNER)

    def exit_raw_repl(self):
        self.t.write(b"\r\x02")

    def exec_no_follow(self, code):
        self.t.read_until(b">")
        if self.use_raw_paste:
            self.t.write(b"\x05A\x01")
            reply = self.t.read_exactly(2)
            if reply == b"R\x01":
                self.used_raw_paste = True
                return self._raw_paste(code)
            if reply != b"R\x00":
                # A board without raw-paste takes the bytes as code and restarts the raw REPL.
                self.t.read_until(b"w REPL; CTRL-B to exit\r\n>")
            self.use_raw_paste = False
        self.t.write(code + b"\x04")
        reply = self.t.read_exactly(2)
        if reply != b"OK":
            raise ConsoleError("could not exec code, reply %r" % reply)

    def _raw_paste(self, code):
        header = self.t.read_exactly(2)
        window = header[0] | header[1] << 8
        credit = 0
        sent = 0
        while sent < len(code):
            while credit == 0 or self.t.buffer or select.select([self.t.fd_in], [], [], 0)[0]:
                byte = self.t.read_exactly(1)
                if byte == b"\x01":
                    credit += window
                elif byte == b"\x04":
                    self.t.write(b"\x04")  # the board ended the transfer early
                    return
                else:
                    raise ConsoleError("unexpected byte during raw paste: %r" % byte)
            chunk = code[sent:sent + credit]
            self.t.write(chunk)
            sent += len(chunk)
            credit -= len(chunk)
        self.t.write(b"\x04")
        self.t.read_until(b"\x04")

    def follow(self, timeout=DEADLINE):
        out = self.t.read_until(b"\x04", timeout)[:-1]
        err = self.t.read_until(b"\x04", timeout)[:-1]
        return out, err

    def exec_(self, code, timeout=DEADLINE):
        """Runs code; returns (output, error report)."""
        self.exec_no_follow(code.encode() if isinstance(code, str) else code)
        return self.follow(timeout)
