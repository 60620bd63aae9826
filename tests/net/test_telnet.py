# The board's Telnet server with the real telnet client (driven by expect), and hostile clients.
import os
import socket
import subprocess
import time

# Every session starts so: telnet to the board and log in with the default credentials.
EXPECT_LOGIN = r"""
set timeout 30
spawn telnet %(address)s %(port)d
expect "Login as: "
send "micro\r"
expect "Password: "
send "python\r"
"""

EXPECT_SESSION = EXPECT_LOGIN + r"""
expect "Login succeeded!"
expect ">>> "
send "print(6 * 7)\r"
expect "42"
expect ">>> "
send "for i in range(3):\r"
send "    print('loop', i * 11)\r"
send "\r"
expect "loop 22"
expect ">>> "
send "import uos; print(uos.listdir('/flash'))\r"
expect "boot.py"
send "\x1d"
expect "telnet>"
send "quit\r"
expect eof
"""


def expect_script(text):
    return subprocess.run(["expect", "-c", text], capture_output=True, timeout=90)


def telnet_session(board, script):
    """Runs the expect script against the board's Telnet server once it answers; returns what
    telnet showed, after checking that expect got everything it waited for."""
    board.wait_for(">>> ")
    board.wait_port(board.ports["telnet"])
    done = expect_script(script % {"address": board.address, "port": board.ports["telnet"]})
    out = done.stdout.decode(errors="replace")
    check(done.returncode == 0, out[-3000:])
    return out


@test
def telnet_logs_in_and_runs_the_repl():
    board = Board("telnet").start()
    try:
        out = telnet_session(board, EXPECT_SESSION)
        expect_in("Pycom MicroPython 1.17.2.b1", out)
        expect_in("loop 22", out)
        # What ran over Telnet also went to the serial console.
        expect_in("42", board.console())
    finally:
        board.stop()


@test
def telnet_refuses_bad_logins_and_survives_garbage():
    board = Board("telnetbad").start()
    try:
        board.wait_for(">>> ")
        port = board.ports["telnet"]
        board.wait_port(port)
        s = socket.create_connection((board.address, port), timeout=10)
        s.sendall(b"micro\r\nbad\r\nmicro\r\nbad2\r\nroot\r\nroot\r\n")
        data = b""
        while True:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
        s.close()
        check(data.count(b"Invalid credentials") == 2, data)
        expect_in(b"Too many failed login attempts", data)
        # Binary garbage before the login, then 10 MB after it: the board keeps answering.
        s = socket.create_connection((board.address, port), timeout=10)
        s.sendall(os.urandom(20000).replace(b"\r", b"").replace(b"\n", b""))
        s.close()
        time.sleep(0.3)
        s = socket.create_connection((board.address, port), timeout=30)
        s.sendall(b"micro\r\npython\r\n")
        blob = (b"x" * 1023 + b"\x03") * 10240   # 10 MB, Ctrl-C now and then
        s.settimeout(60)
        sent = 0
        s.setblocking(False)
        deadline = time.time() + 60
        while sent < len(blob) and time.time() < deadline:
            try:
                sent += s.send(blob[sent:sent + 65536])
            except BlockingIOError:
                try:
                    s.recv(1 << 20)
                except BlockingIOError:
                    time.sleep(0.01)
        s.close()
        check(sent == len(blob), "sent %d of %d" % (sent, len(blob)))
        time.sleep(0.5)
        done = expect_script(EXPECT_SESSION % {"address": board.address, "port": port})
        check(done.returncode == 0, done.stdout.decode(errors="replace")[-2000:])
    finally:
        board.stop()


# Ctrl-C typed in telnet stops a running loop (as a 0x03 byte in character mode, and as IAC IP when
# the client sends its local interrupt character), and the REPL carries on.
EXPECT_CTRL_C = EXPECT_LOGIN + r"""
expect ">>> "
send "n = 0\r"
expect ">>> "
send "while True:\r"
send "    n += 1\r"
send "\r"
sleep 1
send "\x03"
expect "KeyboardInterrupt"
expect ">>> "
send "print('after', n > 1000)\r"
expect "after True"
expect ">>> "
send "while True:\r"
send "    print('tick', n)\r"
send "\r"
expect "tick"
send "\x1d"
expect "telnet>"
send "send ip\r"
expect "KeyboardInterrupt"
expect ">>> "
send "print('still', 6 * 7)\r"
expect "still 42"
send "\x1d"
expect "telnet>"
send "quit\r"
expect eof
"""


@test
def telnet_ctrl_c_stops_a_running_loop():
    board = Board("telnetctrlc").start()
    try:
        out = telnet_session(board, EXPECT_CTRL_C)
        check(out.count("KeyboardInterrupt") >= 2, out[-3000:])
        expect_in("still 42", out)
    finally:
        board.stop()


# Ctrl-D over Telnet soft-reboots the board and the session carries on; Ctrl-F resets it into safe
# boot, which ends the session (the servers start again with the new boot).
EXPECT_CTRL_D_F = EXPECT_LOGIN + r"""
expect ">>> "
send "kept = 42\r"
expect ">>> "
send "\x04"
expect "soft reboot"
expect ">>> "
send "print('after reboot', 'kept' in globals())\r"
expect "after reboot False"
expect ">>> "
send "\x06"
expect eof
"""


@test
def telnet_ctrl_d_soft_reboots_and_ctrl_f_resets_into_safe_boot():
    board = Board("telnetctrldf")
    board.put("/boot.py", "print('boot.py ran')\n")
    board.start()
    try:
        out = telnet_session(board, EXPECT_CTRL_D_F)
        expect_in("after reboot False", out)
        console = board.wait_for("Safe boot: yes")
        board.wait_port(board.ports["telnet"])
        board.wait_for(">>> ")
    finally:
        board.stop()
    ran = console.split("Safe boot: yes")
    check(ran[0].count("boot.py ran") == 2, "boot.py should run at power-on and after the soft reboot: %r" % console[-3000:])
    check("boot.py ran" not in ran[1], "safe boot should skip boot.py: %r" % console[-3000:])
    check("Traceback" not in console, console[-3000:])
