# ussl from the board's scripts against real TLS programs on loopback: `openssl s_server`, curl and
# mosquitto, with a test CA made by the openssl command for each run (and a second CA that the
# board must not trust).
import os
import subprocess
import time


def openssl(*args, cwd):
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_pki(directory):
    """A CA, a server certificate it signed for localhost and 127.0.0.1 (and the board's address),
    and a second CA that signed nothing of the server's. Returns the folder."""
    os.makedirs(directory, exist_ok=True)
    if os.path.exists(os.path.join(directory, "server.pem")):
        return directory
    for ca in ("ca", "other-ca"):
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                "-subj", "/CN=pyfw test %s" % ca, "-keyout", ca + ".key", "-out", ca + ".pem", cwd=directory)
    openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj", "/CN=localhost",
            "-keyout", "server.key", "-out", "server.csr", cwd=directory)
    with open(os.path.join(directory, "san.ext"), "w") as f:
        f.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2",
            "-extfile", "san.ext", "-out", "server.pem", cwd=directory)
    return directory


def read(directory, name):
    with open(os.path.join(directory, name), "rb") as f:
        return f.read()


def wait_listening(port, process, what):
    import socket
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.05)
    process.kill()
    raise AssertionError(what + " did not start")


def start_s_server(pki, port, root):
    """openssl s_server serving the files of `root` over HTTPS (-WWW) on 127.0.0.1:port."""
    process = subprocess.Popen(["openssl", "s_server", "-accept", "127.0.0.1:%d" % port, "-cert",
                                os.path.join(pki, "server.pem"), "-key", os.path.join(pki, "server.key"), "-WWW",
                                "-quiet"], cwd=root, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    wait_listening(port, process, "openssl s_server")
    return process


def board_with_pki(name):
    board = Board(name)
    pki = make_pki(os.path.join(os.path.dirname(board.dir), "pki"))
    board.put("/cert/ca.pem", read(pki, "ca.pem"))
    board.put("/cert/other-ca.pem", read(pki, "other-ca.pem"))
    return board, pki


FETCH = """
import usocket, ussl
def fetch(port, **options):
    addr = usocket.getaddrinfo('127.0.0.1', port)[0][-1]
    s = usocket.socket()
    s.settimeout(10)
    s.connect(addr)
    ss = ussl.wrap_socket(s, **options)
    ss.write(b'GET /page.html HTTP/1.0\\r\\n\\r\\n')
    data = b''
    while True:
        chunk = ss.recv(1000)
        if not chunk:
            break
        data += chunk
    ss.close()
    return data
def attempt(label, port, **options):
    try:
        data = fetch(port, **options)
        print(label, 'fetched', len(data))
    except (OSError, ValueError) as e:
        print(label, 'refused', type(e).__name__, e.args)
"""


@test
def ssl_fetches_a_page_from_openssl_s_server():
    board, pki = board_with_pki("ssl-fetch")
    root = os.path.dirname(board.dir)
    with open(os.path.join(root, "page.html"), "w") as f:
        f.write("<p>over TLS</p>\n" * 500)
    port = free_port()
    server = start_s_server(pki, port, root)
    try:
        board.put("/main.py", FETCH + """
p = %d
data = fetch(p, cert_reqs=ussl.CERT_REQUIRED, ca_certs='/flash/cert/ca.pem', server_hostname='localhost')
print('status', data.split(b'\\r\\n')[0], 'body', data.split(b'\\r\\n\\r\\n', 1)[1][:15], len(data))
# Pycom's form: wrap first, connect after; the CA from /flash/cert/ca.pem by default.
s = ussl.wrap_socket(usocket.socket(), cert_reqs=ussl.CERT_REQUIRED, server_hostname='127.0.0.1')
s.connect(usocket.getaddrinfo('127.0.0.1', p)[0][-1])
print('connected', isinstance(s, type(usocket.socket())), repr(s)[:16])
s.write(b'GET /page.html HTTP/1.0\\r\\n\\r\\n')
import uselect
poller = uselect.poll()
poller.register(s, uselect.POLLIN)
print('ready', poller.poll(5000) == [(s, uselect.POLLIN)])
print('line', s.readline())
print('still ready', poller.poll(0) == [(s, uselect.POLLIN)])
s.close()
attempt('unverified', p)
attempt('wrong CA', p, cert_reqs=ussl.CERT_REQUIRED, ca_certs='/flash/cert/other-ca.pem', server_hostname='localhost')
attempt('wrong host', p, cert_reqs=ussl.CERT_REQUIRED, ca_certs='/flash/cert/ca.pem', server_hostname='wrong.example')
attempt('optional', p, cert_reqs=ussl.CERT_OPTIONAL, ca_certs='/flash/cert/other-ca.pem')
attempt('no file', p, cert_reqs=ussl.CERT_REQUIRED, ca_certs='/flash/cert/none.pem')
open('/flash/cert/junk.pem', 'w').write('not a certificate')
attempt('junk CA', p, cert_reqs=ussl.CERT_REQUIRED, ca_certs='/flash/cert/junk.pem')
attempt('half pair', p, certfile='/flash/cert/ca.pem')
print('done')
""" % port)
        out = board.boot()
    finally:
        server.kill()
        server.wait()
    expect_in("status b'HTTP/1.0 200 ok' body b'<p>over TLS</p>' %d" % (8000 + len("HTTP/1.0 200 ok\r\nContent-type: text/html\r\n\r\n")), out)
    expect_in("connected True <SSLSocket fd=", out)
    expect_in("ready True\nline b'HTTP/1.0 200 ok\\r\\n'\nstill ready True", out)
    expect_in("unverified fetched", out)
    expect_in("wrong CA refused OSError (-9984, 'certificate verify failed (unable to get local issuer certificate)')", out)
    expect_in("wrong host refused OSError (-9984, 'certificate verify failed (hostname mismatch)')", out)
    expect_in("optional fetched", out)
    expect_in("no file refused OSError (2, '/flash/cert/none.pem: no such file (ca_certs)')", out)
    expect_in("junk CA refused OSError (-8576, '/flash/cert/junk.pem: not a valid PEM certificate (no BEGIN CERTIFICATE line)')", out)
    expect_in("half pair refused ValueError ('keyfile and certfile go together: give both or neither',)", out)
    expect_in("done", out)
    check("Traceback" not in out, out)


@test
def ssl_handshake_with_a_silent_server_times_out():
    import socket
    board = Board("ssl-timeout")
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)   # accepts the TCP connection, never says a word of TLS
    try:
        board.put("/main.py", """
import usocket, ussl
s = usocket.socket()
s.connect(('127.0.0.1', %d))
try:
    ussl.wrap_socket(s, timeout=1)
except OSError as e:
    print('timed out', e.args[0] == ussl.SSL_TIMEOUT, e.args)
print('original closed', repr(s))
""" % listener.getsockname()[1])
        out = board.boot()
    finally:
        listener.close()
    expect_in("timed out True (-26624, 'TLS handshake timed out after 1 s')", out)
    expect_in("original closed <socket fd=-1", out)
    check("Traceback" not in out, out)


@test
def ssl_server_on_the_board_answers_curl():
    board, pki = board_with_pki("ssl-server")
    board.put("/cert/cert.pem", read(pki, "server.pem"))
    board.put("/cert/private.key", read(pki, "server.key"))
    port, second = free_port(board.address), free_port(board.address)
    board.put("/main.py", """
import usocket, ussl
listener = usocket.socket()
listener.bind(('0.0.0.0', %d))
listener.listen(2)
tls = ussl.wrap_socket(listener, server_side=True)   # /flash/cert/cert.pem and private.key
print('listening')
for n in range(2):
    if n == 0:
        conn, addr = tls.accept()
    else:
        plain = usocket.socket()
        plain.bind(('0.0.0.0', %d))
        plain.listen(1)
        print('plain listening')
        c, addr = plain.accept()
        conn = ussl.wrap_socket(c, server_side=True, certfile='/flash/cert/cert.pem', keyfile='/flash/cert/private.key')
    request = conn.readline()
    while conn.readline() not in (b'\\r\\n', b''):
        pass
    body = b'hello from the board ' + str(n).encode() + b' over ' + request.split()[1]
    conn.write(b'HTTP/1.0 200 OK\\r\\nContent-Length: ' + str(len(body)).encode() + b'\\r\\n\\r\\n' + body)
    conn.close()
print('served')
""" % (port, second))
    board.start()
    try:
        board.wait_for("listening")
        fetched = []
        for p, path in ((port, "/first"), (second, "/second")):
            if p == second:
                board.wait_for("plain listening")
            done = subprocess.run(["curl", "-sS", "--max-time", "20", "--cacert", os.path.join(pki, "ca.pem"),
                                   "--resolve", "localhost:%d:%s" % (p, board.address), "https://localhost:%d%s" % (p, path)],
                                  capture_output=True, timeout=30)
            fetched.append((done.returncode, done.stdout.decode(), done.stderr.decode()))
        board.wait_for("served")
    finally:
        board.stop()
    check(fetched == [(0, "hello from the board 0 over /first", ""), (0, "hello from the board 1 over /second", "")], fetched)
    check("Traceback" not in board.console(), board.console())


@test
def mqtt_over_tls_to_mosquitto():
    board, pki = board_with_pki("mqtt-tls")
    port = free_port()
    conf = os.path.join(pki, "mosquitto-tls-%d.conf" % port)
    with open(conf, "w") as f:
        f.write("user root\nlistener %d 127.0.0.1\nallow_anonymous true\npersistence false\n"
                "cafile %s\ncertfile %s\nkeyfile %s\n" % (port, os.path.join(pki, "ca.pem"),
                                                          os.path.join(pki, "server.pem"), os.path.join(pki, "server.key")))
    broker = subprocess.Popen(["mosquitto", "-c", conf], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sub = None
    try:
        wait_listening(port, broker, "mosquitto")
        tls = ["--cafile", os.path.join(pki, "ca.pem"), "-h", "localhost", "-p", str(port)]
        sub = subprocess.Popen(["mosquitto_sub", *tls, "-t", "sensors/#", "-v", "-C", "1"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(0.3)
        board.put("/main.py", """
from mqtt import MQTTClient
import ussl
params = {'cert_reqs': ussl.CERT_REQUIRED, 'ca_certs': '/flash/cert/ca.pem', 'server_hostname': 'localhost'}
got = []
client = MQTTClient('lopy4-tls', '127.0.0.1', port=%d, keepalive=60, ssl=True, ssl_params=params)
client.set_callback(lambda topic, msg: got.append((topic, msg)))
client.connect()
client.subscribe(b'commands/#')
client.publish(b'sensors/temperature', b'21.5', qos=1)
print('published over', repr(client.sock)[-30:])
while not got:
    client.wait_msg()
print('received', got)
client.disconnect()
wrong = MQTTClient('lopy4-bad', '127.0.0.1', port=%d, ssl=True,
                   ssl_params={'cert_reqs': ussl.CERT_REQUIRED, 'ca_certs': '/flash/cert/other-ca.pem'})
try:
    wrong.connect()
except OSError as e:
    print('wrong CA', e.args)
""" % (port, port))
        board.start()
        board.wait_for("published over", timeout=30)
        out, err = sub.communicate(timeout=20)
        check(out.decode().splitlines() == ["sensors/temperature 21.5"], (out, err))
        subprocess.run(["mosquitto_pub", *tls, "-t", "commands/led", "-m", "on"], check=True, timeout=20)
        board.wait_for("wrong CA", timeout=30)
    finally:
        board.stop()
        if sub and sub.poll() is None:
            sub.kill()
        broker.kill()
        broker.wait()
    console = board.console()
    expect_in("received [(b'commands/led', b'on')]", console)
    expect_in("wrong CA (-9984, 'certificate verify failed (self-signed certificate in certificate chain)')", console)
    check("Traceback" not in console, console)


@test
def ssl_refuses_bad_arguments_and_garbage_from_the_peer():
    import socket
    import threading
    board = Board("ssl-hostile")
    garbage = socket.socket()
    garbage.bind(("127.0.0.1", 0))
    garbage.listen(4)

    def answer_with_garbage():
        for _ in range(2):
            try:
                conn, _ = garbage.accept()
            except OSError:
                return
            conn.recv(4096)
            conn.sendall(b"HTTP/1.0 400 Bad Request\r\n\r\n" + bytes(range(256)) * 4)
            conn.close()
    threading.Thread(target=answer_with_garbage, daemon=True).start()
    try:
        board.put("/main.py", """
import usocket, ussl
def attempt(label, make):
    try:
        print(label, 'gave', make())
    except Exception as e:
        print(label, type(e).__name__, e.args)
attempt('udp', lambda: ussl.wrap_socket(usocket.socket(usocket.AF_INET, usocket.SOCK_DGRAM)))
closed = usocket.socket()
closed.close()
attempt('closed', lambda: ussl.wrap_socket(closed))
attempt('not a socket', lambda: ussl.wrap_socket(b'x'))
attempt('cert_reqs', lambda: ussl.wrap_socket(usocket.socket(), cert_reqs=5))
attempt('timeout', lambda: ussl.wrap_socket(usocket.socket(), timeout=-1))
attempt('version', lambda: ussl.wrap_socket(usocket.socket(), ssl_version=3))
attempt('hostname', lambda: ussl.wrap_socket(usocket.socket(), server_hostname=123))
attempt('server unconnected', lambda: ussl.wrap_socket(usocket.socket(), server_side=True,
        certfile='/flash/boot.py', keyfile='/flash/boot.py'))
attempt('no server cert', lambda: ussl.wrap_socket(usocket.socket(), server_side=True))
twice = ussl.wrap_socket(usocket.socket())
attempt('twice', lambda: ussl.wrap_socket(twice))
attempt('recv before connect', lambda: twice.recv(10))
attempt('sendto', lambda: twice.sendto(b'x', ('127.0.0.1', 9)))
def garbage():
    s = usocket.socket()
    s.connect(('127.0.0.1', %d))
    return ussl.wrap_socket(s, timeout=5)
attempt('garbage', garbage)
big = usocket.socket()
attempt('wrap connected later', lambda: ussl.wrap_socket(big, timeout=2**63))
attempt('connect garbage', lambda: big and None)
print('end')
""" % garbage.getsockname()[1])
        out = board.boot()
    finally:
        garbage.close()
    expect_in("udp OSError (95,)", out)
    expect_in("closed OSError (9,)", out)
    expect_in("not a socket TypeError ('wrap_socket needs a usocket socket, not bytes',)", out)
    expect_in("cert_reqs ValueError", out)
    expect_in("timeout ValueError ('timeout must be more than 0 seconds',)", out)
    expect_in("version NotImplementedError", out)
    expect_in("hostname TypeError", out)
    expect_in("server unconnected OSError (-8576, '/flash/boot.py: not a valid PEM certificate (no BEGIN CERTIFICATE line)')", out)
    expect_in("no server cert OSError (2, '/flash/cert/cert.pem: no such file (certfile)')", out)
    expect_in("twice ValueError ('the socket is an SSL socket already',)", out)
    expect_in("recv before connect OSError (107,)", out)
    expect_in("sendto OSError (95,)", out)
    expect_in("garbage OSError (-29184, 'TLS handshake failed: ", out)
    expect_in("wrap connected later gave <SSLSocket fd=", out)
    expect_in("end", out)
    check("Traceback" not in out, out)


@test
def ssl_nonblocking_writes_survive_a_full_socket_buffer():
    """A non-blocking ussl socket writing into a peer that stops reading: every write raises EAGAIN
    or takes all its bytes, the script retries each chunk from a new bytes object (the usual
    MicroPython loop), now and then as two halves, and once the peer reads again it gets every
    byte once, in order."""
    import hashlib
    import socket
    import ssl
    import threading
    board, pki = board_with_pki("ssl-nonblocking")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(os.path.join(pki, "server.pem"), os.path.join(pki, "server.key"))
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)   # inherited by the connection
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(60)
    reading = threading.Event()
    got = {}

    def peer():
        conn, _ = listener.accept()
        conn.settimeout(60)
        tls = context.wrap_socket(conn, server_side=True)
        reading.wait(60)   # not a byte read until the board's buffers are full
        data = b""
        while not data.endswith(b"END\n"):
            chunk = tls.recv(65536)
            if not chunk:
                break
            data += chunk
        got["data"] = data
        tls.sendall(("%d %s\n" % (len(data), hashlib.sha256(data).hexdigest())).encode())
        got["tail"] = tls.recv(100)   # b"" once the board closes
        tls.close()
    thread = threading.Thread(target=peer, daemon=True)
    thread.start()
    board.put("/main.py", """
import usocket, ussl, uselect, uerrno, uhashlib, ubinascii, utime
COUNT = 600
def chunk(i):
    return ('%%06d:' %% i).encode() + bytes([65 + i %% 26]) * 993
s = usocket.socket()
s.connect(('127.0.0.1', %d))
tls = ussl.wrap_socket(s)
tls.setblocking(False)
writable = uselect.poll()
writable.register(tls, uselect.POLLOUT)
digest = uhashlib.sha256()
sent = eagain = 0
i = 0
pieces = [chunk(0)]
while pieces:
    data = bytes(pieces[0])   # a new object at every attempt, as a retry loop makes it
    try:
        n = tls.send(data) if i %% 2 else tls.write(data)
    except OSError as e:
        if e.args[0] != uerrno.EAGAIN:
            raise
        eagain += 1
        if eagain == 1:
            print('buffers full after', sent)
        if eagain %% 3 == 0 and len(data) > 1:   # now and then the retry brings fewer bytes
            pieces[0:1] = [data[:len(data) // 2], data[len(data) // 2:]]
        writable.poll(100)
        continue
    if n != len(data):
        print('short write', i, n)
    digest.update(data)
    sent += n
    pieces.pop(0)
    if not pieces and i + 1 < COUNT:
        i += 1
        pieces = [chunk(i)]
tail = b'END\\n'
digest.update(tail)
while True:
    try:
        tls.write(tail)
        break
    except OSError as e:
        if e.args[0] != uerrno.EAGAIN:
            raise
        writable.poll(100)
sent += len(tail)
# The answer comes once the peer has every byte: the last ones leave while this poll waits.
readable = uselect.poll()
readable.register(tls, uselect.POLLIN)
answer = b''
while not answer.endswith(b'\\n'):
    readable.poll(1000)
    try:
        answer += tls.recv(200)
    except OSError as e:
        if e.args[0] != uerrno.EAGAIN:
            raise
print('sent', sent, 'eagain', eagain > 0)
print('answer matches', answer == ('%%d %%s\\n' %% (sent, ubinascii.hexlify(digest.digest()).decode())).encode())
tls.close()
print('closed')
""" % listener.getsockname()[1])
    board.start()
    try:
        board.wait_for("buffers full after", timeout=60)
        time.sleep(0.5)   # the board polls on, still full
        reading.set()
        board.wait_for("closed", timeout=60)
        thread.join(30)
    finally:
        reading.set()
        board.stop()
        listener.close()
    console = board.console()
    check("Traceback" not in console, console)
    expected = b"".join(("%06d:" % i).encode() + bytes([65 + i % 26]) * 993 for i in range(600)) + b"END\n"
    data = got.get("data", b"")
    check(data == expected, "the peer got %d bytes, expected %d; first difference at %s" % (
        len(data), len(expected), next((k for k in range(min(len(data), len(expected))) if data[k] != expected[k]), None)))
    check(got.get("tail") == b"", got.get("tail"))
    full = int(console.split("buffers full after ")[1].split()[0])
    check(0 < full < len(expected) - 4, "the buffers never filled: %s" % console)
    expect_in("sent %d eagain True" % len(expected), console)
    expect_in("answer matches True", console)
    check("short write" not in console, console)
