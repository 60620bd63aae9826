"""Drives a running board over its --pty console with pyserial, as MicroPython's host tools do:
pyboard.py and mpremote enter the raw REPL (Ctrl-A), send code in raw-paste mode (Ctrl-E 'A' Ctrl-A,
with the board's flow-control window), read the output and the error between the two Ctrl-D, and
build their `fs` commands from os.ilistdir, os.stat and open().read/write in chunks. Soft reset is
Ctrl-D in the raw REPL.

Usage: serial_tools_client.py PYFW BOARD_DIR. Starts `PYFW board boot BOARD_DIR --pty`, does a
session of those commands, checks every answer, and stops the board. Exit status 0 when all held.
"""
import ast
import re
import subprocess
import sys
import time

import serial

DEADLINE = 20.0


class Failure(Exception):
    pass


class Board:
    """The board's console, spoken to as mpremote's SerialTransport does."""

    def __init__(self, device):
        self.port = serial.Serial(device, baudrate=115200, timeout=0.2)

    def read_until(self, ending):
        data = b""
        deadline = time.monotonic() + DEADLINE
        while not data.endswith(ending):
            if time.monotonic() > deadline:
                raise Failure("timed out waiting for %r; got %r" % (ending, data[-300:]))
            data += self.port.read(1)
        return data

    def enter_raw_repl(self, soft_reset):
        self.port.write(b"\r\x03\x03")   # stop whatever runs
        time.sleep(0.1)
        self.port.reset_input_buffer()
        self.port.write(b"\r\x01")
        self.read_until(b"raw REPL; CTRL-B to exit\r\n>")
        if soft_reset:
            self.port.write(b"\x04")
            self.read_until(b"soft reboot\r\n")
            self.read_until(b"raw REPL; CTRL-B to exit\r\n>")

    def exit_raw_repl(self):
        self.port.write(b"\r\x02")

    def exec_raw_paste(self, code):
        """Returns (output, error) of `code`, sent in raw-paste mode with flow control."""
        self.port.write(b"\x05A\x01")
        if self.port.read(2) != b"R\x01":
            raise Failure("the board does not offer raw-paste mode")
        window = int.from_bytes(self.port.read(2), "little")
        remaining = window
        data = code.encode()
        at = 0
        while at < len(data):
            while remaining == 0 or self.port.in_waiting:
                byte = self.port.read(1)
                if byte == b"\x01":
                    remaining += window
                elif byte == b"\x04":
                    raise Failure("the board ended the paste early")
            chunk = data[at:at + remaining]
            self.port.write(chunk)
            remaining -= len(chunk)
            at += len(chunk)
        self.port.write(b"\x04")
        self.read_until(b"\x04")   # the board has compiled the code
        output = self.read_until(b"\x04")[:-1]
        error = self.read_until(b"\x04")[:-1]
        self.read_until(b">")
        return output, error

    def exec(self, code):
        output, error = self.exec_raw_paste(code)
        if error:
            raise Failure("%r raised: %s" % (code[:60], error.decode(errors="replace")))
        return output.decode()

    def eval(self, expression):
        return ast.literal_eval(self.exec("print(repr(%s))" % expression).strip())


def fs_ls(board, path):
    """mpremote's fs ls: names and sizes from os.ilistdir."""
    entries = board.eval("[(f[0], f[1], f[3] if len(f) > 3 else 0) for f in __import__('os').ilistdir(%r)]" % path)
    return {name: (kind, size) for name, kind, size in entries}


def fs_put(board, data, path, chunk=256):
    """mpremote's fs cp to the board: open for writing, then write() calls of bytes literals."""
    board.exec("f = open(%r, 'wb')\nw = f.write" % path)
    for at in range(0, len(data), chunk):
        board.exec("w(%r)" % data[at:at + chunk])
    board.exec("f.close()")


def fs_get(board, path, chunk=256):
    """mpremote's fs cat / cp from the board: read() in chunks, printed as bytes literals."""
    board.exec("f = open(%r, 'rb')\nr = f.read" % path)
    data = b""
    while True:
        piece = board.eval("r(%d)" % chunk)
        if not piece:
            break
        data += piece
    board.exec("f.close()")
    return data


def check(condition, what):
    if not condition:
        raise Failure(what)


def session(board):
    board.enter_raw_repl(soft_reset=False)
    check(board.exec("print(6 * 7)") == "42\r\n", "exec print")
    _, error = board.exec_raw_paste("1 / 0")
    check(b"ZeroDivisionError" in error, "errors come between the two Ctrl-D")
    # A script larger than the flow-control window, as `mpremote run` sends one.
    script = "total = 0\n" + "".join("total += %d\n" % i for i in range(600)) + "print(total)\n"
    check(board.exec(script).strip() == str(sum(range(600))), "a long script in raw-paste mode")
    listing = fs_ls(board, "/flash")
    check({"boot.py", "main.py", "lib", "sys", "cert"} <= set(listing), "fs ls /flash: %r" % listing)
    check(listing["lib"][0] == 0x4000 and listing["main.py"][0] == 0x8000, "ilistdir kinds")
    payload = bytes(range(256)) * 9 + b"\r\n\x03\x04 the end"
    fs_put(board, payload, "/flash/lib/blob.bin")
    check(board.eval("__import__('os').stat('/flash/lib/blob.bin')[6]") == len(payload), "os.stat size")
    check(fs_get(board, "/flash/lib/blob.bin") == payload, "fs cp round trip")
    fs_put(board, b"def hello():\n    return 'hello from lib'\n", "/flash/lib/greeting.py")
    fs_put(board, b"import greeting\nprint('main says', greeting.hello())\n", "/flash/main.py")
    board.exec("import os\nos.remove('/flash/lib/blob.bin')")
    check("blob.bin" not in fs_ls(board, "/flash/lib"), "fs rm")
    # mpremote soft-reset: Ctrl-D in the raw REPL; main.py does not run under the raw REPL.
    board.port.write(b"\x04")
    board.read_until(b"soft reboot\r\n")
    board.read_until(b"raw REPL; CTRL-B to exit\r\n>")
    check(board.exec("import greeting\nprint(greeting.hello())").strip() == "hello from lib", "import from /flash/lib")
    # Back at the friendly REPL, Ctrl-D runs boot.py and main.py again.
    board.exit_raw_repl()
    board.read_until(b">>> ")
    board.port.write(b"\x04")
    text = board.read_until(b">>> ").decode()
    check("main says hello from lib" in text, "main.py after a soft reset: %r" % text)


def main():
    pyfw, board_dir = sys.argv[1], sys.argv[2]
    process = subprocess.Popen([pyfw, "board", "boot", board_dir, "--pty"], stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        line = process.stderr.readline().decode()
        found = re.search(r"console on (\S+)", line)
        if not found:
            raise Failure("no console device in %r" % line)
        board = Board(found.group(1))
        board.read_until(b">>> ")
        session(board)
        print("host tools session ok")
    except Failure as failure:
        print("FAILED:", failure)
        return 1
    finally:
        process.terminate()
        process.wait(DEADLINE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
