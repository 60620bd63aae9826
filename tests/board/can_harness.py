#!/usr/bin/env python3
"""A test program's seat on pyfw's simulated CAN bus (the folder given to `pyfw board boot
--can-bus DIR`; the datagram format is in src/port/can_bus.h).

    can_harness.py DIR send KBPS ID HEXDATA [ext] [rtr]   put one frame on the bus
    can_harness.py DIR expect KBPS COUNT TIMEOUT           print COUNT frames (id, hex data, flags)
    can_harness.py DIR script FILE                         run the steps of FILE, one a line:
        wait ID TIMEOUT           until a frame with this id arrives (e.g. a board's 'ready')
        ignore ID                 from now on, frames with this id are not counted or printed
        send KBPS ID HEX [ext] [rtr]
        raw HEX                   any bytes as one datagram (a malformed frame)
        expect COUNT TIMEOUT      print the next COUNT frames
Frames print as `ID HEX [ext] [rtr] @KBPS`, ids in hex.
"""
import os
import socket
import struct
import sys


class Bus:
    def __init__(self, folder, name="harness"):
        os.makedirs(folder, exist_ok=True)
        self.ignored = set()
        self.folder = folder
        self.path = os.path.join(folder, name + ".sock")
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)

    def close(self):
        self.sock.close()
        os.unlink(self.path)

    def raw(self, datagram):
        for name in sorted(os.listdir(self.folder)):
            path = os.path.join(self.folder, name)
            if name.endswith(".sock") and path != self.path:
                try:
                    self.sock.sendto(datagram, path)
                except OSError:
                    pass  # a member that went away

    def send(self, kbps, ident, data=b"", extended=False, rtr=False):
        flags = (1 if extended else 0) | (2 if rtr else 0)
        self.raw(b"CAN1" + struct.pack("<IIBB", kbps, ident, flags, len(data)) + data)

    def recv(self, timeout):
        self.sock.settimeout(timeout)
        while True:
            try:
                datagram = self.sock.recv(256)
            except socket.timeout:
                return None
            kbps, ident, flags, length = struct.unpack("<IIBB", datagram[4:14])
            if ident not in self.ignored:
                return {"kbps": kbps, "id": ident, "ext": bool(flags & 1), "rtr": bool(flags & 2),
                        "data": datagram[14:14 + length]}


def show(frame):
    flags = (" ext" if frame["ext"] else "") + (" rtr" if frame["rtr"] else "")
    return "%x %s%s @%d" % (frame["id"], frame["data"].hex() or "-", flags, frame["kbps"])


def expect(bus, count, timeout):
    for _ in range(count):
        frame = bus.recv(timeout)
        if frame is None:
            print("timeout")
            return False
        print(show(frame), flush=True)
    return True


def send_words(bus, words):
    data = b"" if words[2] == "-" else bytes.fromhex(words[2])
    bus.send(int(words[0]), int(words[1], 16), data, "ext" in words[3:], "rtr" in words[3:])


def run_step(bus, words):
    if words[0] == "wait":
        ident, timeout = int(words[1], 16), float(words[2])
        while True:
            frame = bus.recv(timeout)
            if frame is None:
                print("timeout waiting for %x" % ident)
                return False
            if frame["id"] == ident:
                return True
    if words[0] == "send":
        send_words(bus, words[1:])
        return True
    if words[0] == "ignore":
        bus.ignored.add(int(words[1], 16))
        return True
    if words[0] == "raw":
        bus.raw(bytes.fromhex(words[1]))
        return True
    if words[0] == "expect":
        return expect(bus, int(words[1]), float(words[2]))
    raise SystemExit("unknown step: " + " ".join(words))


def main(argv):
    bus = Bus(argv[1])
    try:
        if argv[2] == "send":
            send_words(bus, argv[3:])
            return 0
        if argv[2] == "expect":
            return 0 if expect(bus, int(argv[4]), float(argv[5])) else 1
        if argv[2] == "script":
            with open(argv[3]) as steps:
                for line in steps:
                    if line.strip() and not line.startswith("#") and not run_step(bus, line.split()):
                        return 1
            return 0
        raise SystemExit(__doc__)
    finally:
        bus.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
