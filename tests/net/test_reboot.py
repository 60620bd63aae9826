# The 1.17.2 soft-reboot crash, with the network up: boot.py brings WLAN up with a static address,
# opens a listening socket and (re)starts the servers; the board then soft-reboots again and again
# (Ctrl-D at the REPL) on virtual time. No crash, no socket or file descriptor left behind, and the
# servers (FTP, Telnet and boot.py's socket) answer after every batch of 100. NET_SOFT_REBOOTS sets
# the count (the figure is 10,000).
import os
import socket
import subprocess
import time

BOOT_PY = """
import network, usocket
from network import WLAN
wlan = WLAN(mode=WLAN.STA)
wlan.ifconfig(config=('10.0.0.149', '255.255.255.0', '10.0.0.240', '10.0.0.240'))
wlan.connect('home', auth=(WLAN.WPA2, 'secret123'), timeout=5000)
print('network config:', wlan.ifconfig())
listener = usocket.socket()
listener.bind(('', %d))
listener.listen(1)
server = network.Server(login=('micro', 'python'), timeout=60)
print('boot.py done')
"""


def answer(address, port, greeting):
    """Connects to a server of the board and checks the first thing it says."""
    with socket.create_connection((address, port), timeout=10) as s:
        said = b""
        while greeting not in said:
            chunk = s.recv(1000)
            if not chunk:
                break
            said += chunk
    check(greeting in said, "port %d said %r, not %r" % (port, said, greeting))


def open_fds(pid):
    return len(os.listdir("/proc/%d/fd" % pid))


@test
def soft_reboots_with_the_network_up_leak_nothing():
    rounds = int(os.environ.get("NET_SOFT_REBOOTS", "1000"))
    board = Board("reboots", [{"ssid": "home", "auth": "WPA2", "password": "secret123"}])
    listen_port = free_port()
    board.put("/boot.py", BOOT_PY % listen_port)
    board.start()
    try:
        board.wait_for(">>> ")
        board.wait_port(board.ports["ftp"])
        pid = board.process.pid
        first = open_fds(pid)
        started = time.time()
        batch = 100
        done = 0
        while done < rounds:
            n = min(batch, rounds - done)
            board.send(b"\x04" * n)
            done += n
            board.wait_for("PYB: soft reboot", timeout=60)
            deadline = time.time() + 120
            while board.console().count("PYB: soft reboot") < done and time.time() < deadline:
                time.sleep(0.05)
            check(board.console().count("PYB: soft reboot") >= done, "only %d soft reboots" % board.console().count("PYB: soft reboot"))
            # After each batch, once boot.py has run again: the servers and the socket answer.
            while board.console().count("boot.py done") < done + 1 and time.time() < deadline:
                time.sleep(0.05)
            answer(board.address, board.ports["ftp"], b"220")
            answer(board.address, board.ports["telnet"], b"Login as:")
            with socket.create_connection((board.address, listen_port), timeout=5):
                pass
        time.sleep(0.5)
        check(board.process.poll() is None, "the board died: %r" % board.console()[-2000:])
        last = open_fds(pid)
        check(last <= first + 2, "file descriptors grew from %d to %d" % (first, last))
        listing = subprocess.run(["curl", "-sS", "--max-time", "20", "ftp://micro:python@%s:%d/flash/" % (board.address, board.ports["ftp"])],
                                 capture_output=True)
        check(listing.returncode == 0 and b"boot.py" in listing.stdout, listing)
        with socket.create_connection((board.address, listen_port), timeout=5):
            pass
        check(board.console().count("network config: ('10.0.0.149', '255.255.255.0', '10.0.0.240', '10.0.0.240')") >= rounds,
              "boot.py did not bring the network up every time")
        check("Traceback" not in board.console(), board.console()[-3000:])
        print("      %d soft reboots in %.1f s; %d -> %d open fds" % (rounds, time.time() - started, first, last))
    finally:
        board.stop()
