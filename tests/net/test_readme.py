# The README's "Connect over WiFi" section, run line by line as written: only the board's address
# is changed (to one of the test's own), and the interactive `telnet` line is driven by expect.
import os
import random
import re
import shutil
import signal
import subprocess
import time


def readme_lines():
    """The command lines of the section's code block, comments and all."""
    from board import ROOT
    with open(os.path.join(ROOT, "README.md")) as f:
        text = f.read()
    section = text.split("#### Connect over WiFi\n", 1)[1]
    lines = []
    for line in section.splitlines():
        if line.startswith("    "):
            lines.append(line[4:])
        elif lines:
            break
    return lines



LOGIN = r"""
set timeout 30
spawn %s
expect "Login as: "
send "micro\r"
expect "Password: "
send "python\r"
expect ">>> "
send "import os; print('running', os.uname().release, sorted(os.listdir('/flash')))\r"
expect -re "running .*\]"
expect ">>> "
"""
QUIT = r"""
send "\x1d"
expect "telnet>"
send "quit\r"
expect eof
"""
RESET = r"""
send "import machine; machine.reset()\r"
expect eof
"""


def telnet(line, ending=QUIT):
    done = subprocess.run(["expect", "-c", LOGIN % line + ending], capture_output=True, timeout=90)
    out = done.stdout.decode(errors="replace")
    check(done.returncode == 0, "%s: %s" % (line, out[-2000:]))
    return out


@test
def readme_connect_over_wifi_works_as_written():
    from board import PYFW, WORK
    work = os.path.join(WORK, "readme")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(os.path.join(work, "bin"))
    os.symlink(PYFW, os.path.join(work, "bin", "pyfw"))
    env = dict(os.environ, PATH=os.path.join(work, "bin") + ":" + os.environ["PATH"])
    with open(os.path.join(work, "main.py"), "w") as f:
        f.write("print('main.py from the README')\n")
    address = "127.%d.%d.%d" % (random.randint(1, 254), random.randint(0, 255), random.randint(1, 254))
    lines = [line.replace("127.0.0.42", address) for line in readme_lines()]
    check(any("--pty &" in line for line in lines) and any(line.startswith("telnet ") for line in lines), lines)
    check(os.geteuid() == 0, "the section's servers listen on ports 21 and 23, which need root")
    boot = None
    try:
        for line in lines:
            command = line.split("#")[0].strip()
            if command.endswith("&"):
                boot = subprocess.Popen(["bash", "-c", "exec " + command[:-1]], cwd=work, env=env,
                                        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                wait_for_port(address, 21)
                wait_for_port(address, 23)
                continue
            if command.startswith("telnet "):
                out = telnet(command)
                expect_in("main.py", out)
                continue
            done = subprocess.run(["bash", "-c", command], cwd=work, env=env, capture_output=True, timeout=300)
            check(done.returncode == 0, "%s failed: %s" % (command, done.stderr.decode()[-2000:]))
            if command.startswith("curl ftp://"):
                expect_in("boot.py", done.stdout.decode())
        # "OTA, then reset": the board comes back with the new firmware.
        check("sys/appimg.bin" in lines[-1], lines[-1])
        telnet("telnet " + address, RESET)
        time.sleep(1)
        wait_for_port(address, 23)
        out = telnet("telnet " + address)
        expect_in("Pycom MicroPython 1.18.0", out)
        expect_in("running 1.18.0", out)
    finally:
        if boot:
            boot.send_signal(signal.SIGTERM)
            try:
                boot.wait(timeout=20)
            except subprocess.TimeoutExpired:
                boot.kill()
                boot.wait()
    err = boot.stderr.read().decode(errors="replace") if boot else ""
    check(re.search(r"/dev/pts/\d+", err), "the console's pty was not named: %r" % err)


def wait_for_port(address, port, timeout=60):
    import socket
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            socket.create_connection((address, port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("nothing answers on %s:%d" % (address, port))
