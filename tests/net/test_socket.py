# usocket and uselect from the board's scripts against host programs on loopback.
import http.server
import socket
import subprocess
import threading
import time


def serve_http(directory, address="127.0.0.1"):
    port = free_port(address)
    process = subprocess.Popen(["python3", "-m", "http.server", str(port), "--bind", address, "--directory", directory],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            socket.create_connection((address, port), timeout=0.5).close()
            return process, port
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise AssertionError("http.server did not start")


@test
def socket_fetches_a_page_from_http_server():
    board = Board("http")
    with open(board.dir + "/../page.html", "w") as f:
        f.write("<h1>hello from the host</h1>\n" * 200)
    server, port = serve_http(board.dir + "/..")
    try:
        board.put("/main.py", """
import usocket, network
addr = usocket.getaddrinfo('localhost', %d)[0][-1]
print('addr', addr)
s = usocket.socket(usocket.AF_INET, usocket.SOCK_STREAM)
s.settimeout(5)
s.connect(addr)
s.send(b'GET /page.html HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n')
status = s.readline()
while s.readline() != b'\\r\\n':
    pass
body = s.read()
s.close()
print('status', status)
print('body', len(body), body[:28])
f = usocket.socket().makefile()
print('closed ok', f.close())
""" % port)
        out = board.boot(real_time=False)
    finally:
        server.kill()
        server.wait()
    expect_in("addr ('127.0.0.1', %d)" % port, out)
    expect_in("status b'HTTP/1.0 200 OK\\r\\n'", out)
    expect_in("body 5800 b'<h1>hello from the host</h1>'", out)
    check("Traceback" not in out, out)


@test
def socket_server_on_the_board_answers_the_host():
    board = Board("echo")
    port = free_port()
    board.put("/main.py", """
import usocket
srv = usocket.socket()
srv.bind(('0.0.0.0', %d))
srv.listen(1)
print('listening')
conn, peer = srv.accept()
print('peer', peer[0])
line = conn.readline()
conn.sendall(b'echo:' + line)
conn.close()
u = usocket.socket(usocket.AF_INET, usocket.SOCK_DGRAM)
u.bind(('', %d))
data, who = u.recvfrom(100)
u.sendto(data.upper(), who)
print('udp', data)
""" % (port, port))
    board.start()
    try:
        board.wait_for("listening")
        with socket.create_connection((board.address, port), timeout=10) as c:
            c.sendall(b"ping\n")
            reply = c.makefile("rb").readline()
        check(reply == b"echo:ping\n", reply)
        u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        u.settimeout(0.5)
        u.bind(("127.0.0.1", 0))
        deadline = time.time() + 10
        got = None
        while got is None and time.time() < deadline:
            u.sendto(b"hello", (board.address, port))
            try:
                got, who = u.recvfrom(100)
            except socket.timeout:
                pass
        check(got == b"HELLO" and who[0] == board.address, (got, who))
        board.wait_for("udp b'hello'")
        expect_in("peer 127.0.0.1", board.console())
    finally:
        board.stop()


@test
def socket_timeouts_nonblocking_and_select():
    board = Board("timeouts")
    # A listener whose backlog is full: further SYNs are dropped, so a connect hangs.
    full = socket.socket()
    full.bind(("127.0.0.1", 0))
    full.listen(0)
    fillers = []
    for _ in range(3):
        f = socket.socket()
        f.setblocking(False)
        f.connect_ex(full.getsockname())
        fillers.append(f)
    time.sleep(0.2)
    quiet = socket.socket()
    quiet.bind(("127.0.0.1", 0))
    quiet.listen(5)
    board.put("/main.py", """
import usocket, uselect, utime, uerrno
s = usocket.socket()
s.settimeout(1.5)
t = utime.ticks_ms()
try:
    s.connect(('127.0.0.1', %d))
    print('connected?!')
except usocket.timeout as e:
    print('connect timeout', e.args[0] == uerrno.ETIMEDOUT, isinstance(e, OSError), 1400 <= utime.ticks_diff(t, utime.ticks_ms()) < 5000)
s.close()
s = usocket.socket()
s.connect(('127.0.0.1', %d))
s.settimeout(0.5)
try:
    s.recv(10)
except OSError as e:
    print('recv timeout', e.args[0])
s.setblocking(False)
try:
    s.recv(10)
except OSError as e:
    print('nonblocking', e.args[0] == uerrno.EAGAIN)
s.settimeout(-1)
p = uselect.poll()
p.register(s, uselect.POLLIN)
print('poll empty', p.poll(300))
p.modify(s, uselect.POLLOUT)
print('poll out', [ev for o, ev in p.poll(0)], [o is s for o, ev in p.ipoll(0, 1)], p.poll(0))
p.unregister(s)
r, w, x = uselect.select([s], [s], [], 0.2)
print('select', r, len(w))
s.close()
print('closed', p.poll(0))
n = usocket.socket()
n.setblocking(False)
try:
    n.connect(('127.0.0.1', %d))
except OSError as e:
    print('inprogress', e.args[0] == uerrno.EINPROGRESS)
for bad in ('x', ('host',), ('127.0.0.1', 70000), ('no.such.host.invalid', 80)):
    try:
        usocket.socket().connect(bad)
    except Exception as e:
        print('bad address', type(e).__name__)
try:
    usocket.socket(99)
except OSError as e:
    print('family', e.args[0] == 97)
""" % (full.getsockname()[1], quiet.getsockname()[1], quiet.getsockname()[1]))
    try:
        out = board.boot()
    finally:
        for s in fillers + [full, quiet]:
            s.close()
    expect_in("connect timeout True True True", out)
    expect_in("recv timeout 110", out)
    expect_in("nonblocking True", out)
    expect_in("poll empty []", out)
    expect_in("poll out [4] [True] []", out)
    expect_in("select [] 1", out)
    expect_in("inprogress True", out)
    check(out.count("bad address") == 4, out)
    expect_in("family True", out)
    check("Traceback" not in out, out)


@test
def sockets_need_a_link_and_close_at_soft_reboot():
    board = Board("nolink")
    board.put("/main.py", """
import network, usocket
network.WLAN().deinit()
try:
    usocket.socket().connect(('127.0.0.1', 9))
except OSError as e:
    print('no link', e.args[0])
""")
    out = board.boot()
    expect_in("no link 113", out)


@test
def select_covers_uart_and_stdin():
    """uselect over UART 1 (a loopback jumper: what it sends comes back), UART 2 with nothing wired,
    and the console (sys.stdin, fed by the test), as the issue lists them beside sockets."""
    board = Board("select-uart")
    board.put("/main.py", """
import uselect, sys, machine
u = machine.UART(1, 115200)
p = uselect.poll()
p.register(u, uselect.POLLIN)
print('uart idle', p.poll(50))
u.write(b'ping')
print('uart in', [(o is u, ev) for o, ev in p.poll(1000)])
print('uart still', [(o is u, ev) for o, ev in p.poll(0)])
print('uart read', u.read())
print('uart empty', p.poll(0))
p.modify(u, uselect.POLLIN | uselect.POLLOUT)
print('uart out', [(o is u, ev) for o, ev in p.poll(0)])
nothing = machine.UART(2, 9600)
print('uart2', uselect.select([nothing], [], [], 0.05), len(uselect.select([], [nothing], [], 0)[1]))
u.deinit()
print('uart deinit', [(o is u, ev) for o, ev in p.poll(0)])
q = uselect.poll()
q.register(sys.stdin, uselect.POLLIN)
print('stdin', [(o is sys.stdin, ev) for o, ev in q.poll(5000)])
print('stdin read', repr(sys.stdin.read(4)))
try:
    q.register(object())
except TypeError as e:
    print('not pollable', e)
""")
    out = board.boot(stdin=b"abc\n", extra=("--uart1", "loop"))
    expect_in("uart idle []\n", out)
    expect_in("uart in [(True, 1)]\n", out)
    expect_in("uart still [(True, 1)]\n", out)
    expect_in("uart read b'ping'\n", out)
    expect_in("uart empty []\n", out)
    expect_in("uart out [(True, 4)]\n", out)
    expect_in("uart2 ([], [], []) 1\n", out)
    expect_in("uart deinit [(True, 16)]\n", out)
    expect_in("stdin [(True, 1)]\n", out)
    expect_in("stdin read 'abc\\n'\n", out)
    expect_in("not pollable cannot poll a object", out)
    check("Traceback" not in out, out)
