# Blocking socket calls give up the interpreter lock: a _thread thread counts while the main thread
# waits in recv, accept, connect, poll and select, each ended by a host program after a delay.
import socket
import threading
import time


@test
def blocking_socket_calls_let_other_threads_run():
    board = Board("threads")
    host = socket.socket()
    host.bind(("127.0.0.1", 0))
    host.listen(4)
    board_port = free_port(board.address)

    def peer():
        conn, _ = host.accept()   # the board connects; answers recv, then poll, then select
        for _ in range(3):
            time.sleep(0.4)
            conn.sendall(b"x")
        time.sleep(0.4)   # then the board listens: connect to it after a while
        for _ in range(50):
            try:
                socket.create_connection((board.address, board_port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        conn.close()
    threading.Thread(target=peer, daemon=True).start()
    full = socket.socket()   # connect() to a listener whose backlog is full waits out its timeout
    full.bind(("127.0.0.1", 0))
    full.listen(0)
    fillers = [socket.socket() for _ in range(4)]
    for f in fillers:
        f.setblocking(False)
        f.connect_ex(full.getsockname())
    try:
        board.put("/main.py", """
import _thread, usocket, uselect
count = 0
running = True
def counter():
    global count
    while running:
        count += 1
_thread.start_new_thread(counter, ())
def measured(label, call):
    before = count
    try:
        result = call()
    except OSError as e:
        result = type(e).__name__
    print(label, 'counted', count - before > 10000, result)
s = usocket.socket()
s.connect(('127.0.0.1', %d))
measured('recv', lambda: s.recv(1))
p = uselect.poll()
p.register(s, uselect.POLLIN)
measured('poll', lambda: (len(p.poll(5000)), s.recv(1))[1])
measured('select', lambda: (len(uselect.select([s], [], [], 5)[0]), s.recv(1))[1])
server = usocket.socket()
server.bind(('0.0.0.0', %d))
server.listen(1)
measured('accept', lambda: len(server.accept()))
c = usocket.socket()
c.settimeout(1)
measured('connect', lambda: c.connect(('127.0.0.1', %d)))
running = False
""" % (host.getsockname()[1], board_port, full.getsockname()[1]))
        out = board.boot(timeout=90)
    finally:
        host.close()
        full.close()
        for f in fillers:
            f.close()
    for line in ("recv counted True b'x'", "poll counted True b'x'", "select counted True b'x'",
                 "accept counted True 2", "connect counted True TimeoutError"):
        expect_in(line, out)
    check("Traceback" not in out, out)
