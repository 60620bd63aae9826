#!/usr/bin/env python3
"""A gateway's side of Semtech UDP v2, for tests of `pyfw ns serve` on 127.0.0.1.

  semtech_client.py replay PORT FRAMES.jsonl   push the join requests and uplinks of a
                                               `pyfw lorawan simulate --dump-frames` file again
  semtech_client.py flood PORT COUNT SEED      push COUNT malformed, hostile or random datagrams,
                                               then check the server still answers PULL_DATA

Each prints one line of counts; a server that stops answering makes it exit with status 1.
"""
import base64
import json
import os
import random
import socket
import sys

EUI = bytes.fromhex("aa555a00000000fe")


def datagram(token, kind, eui=EUI, body=b""):
    return bytes([2, token >> 8, token & 0xFF, kind]) + (eui if kind in (0, 2, 5) else b"") + body


def rxpk(phy, **fields):
    entry = {"tmst": 1000000, "freq": 868.1, "chan": 0, "rfch": 0, "stat": 1, "modu": "LORA",
             "datr": "SF7BW125", "codr": "4/5", "rssi": -60, "lsnr": 9.5, "size": len(phy),
             "data": base64.b64encode(phy).decode()}
    entry.update(fields)
    return json.dumps({"rxpk": [entry]}).encode()


def answered(sock, token, kind, timeout=2.0):
    """Reads until the acknowledgement of `token` comes (other datagrams are skipped)."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)
    sock.settimeout(timeout)
    try:
        while True:
            data = sock.recv(65536)
            if len(data) >= 4 and data[3] == kind and data[1] == token >> 8 and data[2] == token & 0xFF:
                return True
    except socket.timeout:
        return False


def replay(port, path):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    server = ("127.0.0.1", port)
    sock.sendto(datagram(1, 2), server)
    if not answered(sock, 1, 4):
        print("replay: no PULL_ACK")
        return 1
    sent = 0
    with open(path) as frames:
        for line in frames:
            record = json.loads(line)
            if record["kind"] not in ("join_request", "uplink"):
                continue
            sent += 1
            token = 2 + sent
            sock.sendto(datagram(token, 0, body=rxpk(bytes.fromhex(record["phy"]))), server)
            if not answered(sock, token, 1):
                print("replay: no PUSH_ACK after %d datagrams" % sent)
                return 1
    print("replayed %d frames" % sent)
    return 0


def hostile(rng):
    """One datagram of a randomly chosen kind of trouble."""
    phy = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 60)))
    choice = rng.randint(0, 11)
    if choice == 0:
        return bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 40)))
    if choice == 1:
        return datagram(rng.getrandbits(16), rng.randint(0, 255), bytes(rng.getrandbits(8) for _ in range(8)))
    if choice == 2:
        return datagram(rng.getrandbits(16), 0, body=rxpk(phy, stat=rng.choice(["x", None, [], {}, 2, 1e309])))
    if choice == 3:
        field = rng.choice(["tmst", "freq", "datr", "data", "size", "rssi", "lsnr", "codr", "modu", "chan"])
        value = rng.choice([None, True, "x", -1, 2 ** 64, 1e308, -1e308, [1], {"a": 1}, "SF99BW1"])
        return datagram(rng.getrandbits(16), 0, body=rxpk(phy, **{field: value}))
    if choice == 4:
        return datagram(rng.getrandbits(16), 0, body=b"[" * rng.randint(1, 8000))
    if choice == 5:
        return datagram(rng.getrandbits(16), 0, body=json.dumps({"rxpk": [{}] * rng.randint(0, 300)}).encode())
    if choice == 6:
        return datagram(rng.getrandbits(16), 0, body=rxpk(phy))  # a frame nobody knows
    if choice == 7:  # many gateways, each pushing once
        return datagram(rng.getrandbits(16), 0, os.urandom(8), rxpk(phy))
    if choice == 8:
        return datagram(rng.getrandbits(16), 5, body=bytes(rng.getrandbits(8) for _ in range(20)))
    if choice == 9:
        return datagram(rng.getrandbits(16), 2, os.urandom(8))
    if choice == 10:
        return datagram(rng.getrandbits(16), 0, body=b'{"rxpk":[{"tmst":1,"freq":868.1,"datr":"SF7BW125","data":"' +
                        b"A" * 8000 + b'"}]}')
    return datagram(rng.getrandbits(16), 3, body=b'{"txpk":{}}')


def synced(sock, server, token):
    """Waits until the server has caught up (a PULL_DATA answered), so the flood stays within the
    socket buffers; UDP may drop the PULL_DATA itself, so it is sent up to three times."""
    for _ in range(3):
        sock.sendto(datagram(token, 2), server)
        if answered(sock, token, 4, timeout=3):
            return True
    return False


def flood(port, count, seed):
    rng = random.Random(seed)
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    server = ("127.0.0.1", port)
    for i in range(count):
        sock.sendto(hostile(rng), server)
        if i % 10 == 9 and not synced(sock, server, 0xF000 + (i // 10) % 0xFFF):
            print("flood: the server stopped answering after %d datagrams" % (i + 1))
            return 1
    if not synced(sock, server, 0xEEEE):
        print("flood: the server did not answer PULL_DATA after the flood")
        return 1
    print("flooded %d datagrams; the server still answers" % count)
    return 0


def main(argv):
    if len(argv) == 4 and argv[1] == "replay":
        return replay(int(argv[2]), argv[3])
    if len(argv) == 5 and argv[1] == "flood":
        return flood(int(argv[2]), int(argv[3]), int(argv[4]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
