"""A virtual board for the network tests: one firmware build and one blank board made once per run,
copied for each test, with its own loopback address and free server ports in wlan.json, files put
on /flash, and `pyfw board boot` run with the console on pipes (virtual time unless asked)."""
import atexit
import json
import os
import random
import shutil
import socket
import subprocess
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PYFW = os.environ.get("PYFW", os.path.join(ROOT, "build", "release", "src", "cli", "pyfw"))
WORK = tempfile.mkdtemp(prefix="pyfw-net-")
atexit.register(shutil.rmtree, WORK, True)
_template = None


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def expect_in(needle, haystack):
    check(needle in haystack, "expected %r in %r" % (needle, haystack[-3000:]))


def free_port(address="127.0.0.1"):
    with socket.socket() as s:
        s.bind((address, 0))
        return s.getsockname()[1]


def run(*args, **kwargs):
    return subprocess.run(args, check=True, capture_output=True, **kwargs)


def _make_template():
    global _template
    if _template:
        return _template
    build = os.path.join(WORK, "build")
    run(PYFW, "build", "--board", "lopy4", "--out", build)
    board = os.path.join(WORK, "template")
    run(PYFW, "board", "create", board, "--model", "lopy4")
    run(PYFW, "flash", board, "write", "0x1000", build + "/bootloader.bin", "0x8000", build + "/partitions.bin",
        "0x10000", build + "/lopy4.bin")
    # The first boot formats /flash; later copies start from a formatted one.
    subprocess.run([PYFW, "board", "boot", board], stdin=subprocess.DEVNULL, capture_output=True, check=True)
    _template = (board, build)
    return _template


class Board:
    """A copy of the template board. `address` is its loopback address; `ports` its servers'."""

    def __init__(self, name, access_points=(), **world):
        template, self.build = _make_template()
        self.dir = os.path.join(WORK, name)
        shutil.rmtree(self.dir, ignore_errors=True)
        shutil.copytree(template, self.dir)
        self.address = "127.%d.%d.%d" % (random.randint(1, 254), random.randint(0, 255), random.randint(1, 254))
        self.ports = {"ftp": free_port(), "telnet": free_port()}
        self.world = {"address": self.address, "ports": self.ports, "access_points": list(access_points)}
        self.world.update(world)
        self.write_world()
        self.process = None
        self.output = b""

    def write_world(self):
        with open(os.path.join(self.dir, "wlan.json"), "w") as f:
            json.dump(self.world, f)

    def put(self, path, text):
        local = os.path.join(WORK, "put.tmp")
        with open(local, "wb") as f:
            f.write(text.encode() if isinstance(text, str) else text)
        run(PYFW, "fs", self.dir, "put", local, path)

    def get(self, path):
        local = os.path.join(WORK, "get.tmp")
        run(PYFW, "fs", self.dir, "get", path, local)
        with open(local, "rb") as f:
            return f.read()

    def boot(self, stdin=b"", timeout=60, real_time=False, extra=()):
        """Boots until the console's input ends; returns the console output (str)."""
        args = [PYFW, "board", "boot", self.dir, "--real-time" if real_time else "--virtual-time", *extra]
        done = subprocess.run(args, input=stdin, capture_output=True, timeout=timeout)
        self.output = done.stdout
        return done.stdout.decode(errors="replace").replace("\r\n", "\n")

    def start(self, real_time=False, extra=()):
        """Boots in the background with the console on a pipe we hold; stop() ends it."""
        args = [PYFW, "board", "boot", self.dir, "--real-time" if real_time else "--virtual-time", *extra]
        self.process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        self._chunks = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        return self

    def _read(self):
        while True:
            data = self.process.stdout.read1(65536)
            if not data:
                return
            self._chunks.append(data)

    def console(self):
        return b"".join(self._chunks).decode(errors="replace").replace("\r\n", "\n")

    def send(self, text):
        self.process.stdin.write(text.encode() if isinstance(text, str) else text)
        self.process.stdin.flush()

    def wait_for(self, needle, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if needle in self.console():
                return self.console()
            if self.process.poll() is not None and needle not in self.console():
                time.sleep(0.2)
                break
            time.sleep(0.02)
        raise AssertionError("no %r on the console: %r" % (needle, self.console()[-3000:]))

    def wait_port(self, port, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                with socket.create_connection((self.address, port), timeout=1):
                    return
            except OSError:
                time.sleep(0.05)
        raise AssertionError("nothing listens on %s:%d; console: %r" % (self.address, port, self.console()[-2000:]))

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.stdin.close()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.console()
