# The board's FTP server (wifi_on_boot starts it) with curl and lftp, hostile clients, and OTA.
import os
import socket
import subprocess
import time


def ftp_url(board, path=""):
    return "ftp://micro:python@%s:%d%s" % (board.address, board.ports["ftp"], path)


def curl(*args, check=True):
    done = subprocess.run(["curl", "-sS", "--max-time", "60", *args], capture_output=True)
    if check and done.returncode != 0:
        raise AssertionError("curl %s: %s" % (args, done.stderr.decode()))
    return done


def lftp(board, commands):
    script = "set net:max-retries 1; set net:timeout 10; set ftp:passive-mode on; " + commands + "; quit"
    return subprocess.run(["lftp", "-u", "micro,python", "-p", str(board.ports["ftp"]), "-e", script, board.address],
                          capture_output=True, timeout=120)


def repl(board, line, needle):
    board.send(line + "\r")
    return board.wait_for(needle)


@test
def ftp_curl_and_lftp_manage_flash_files():
    board = Board("ftp").start()
    try:
        board.wait_for(">>> ")
        board.wait_port(board.ports["ftp"])
        listing = curl(ftp_url(board, "/flash/")).stdout.decode()
        for name in ("boot.py", "main.py", "sys", "lib", "cert"):
            expect_in(name, listing)
        check(listing.splitlines()[0].startswith(("-rw-rw-rw-", "drwxrwxrwx")), listing)
        root = curl(ftp_url(board, "/")).stdout.decode()
        expect_in("flash", root)
        local = os.path.join(board.dir, "..", "hello.txt")
        with open(local, "w") as f:
            f.write("hello over ftp\n" * 100)
        curl("-T", local, ftp_url(board, "/flash/hello.txt"))
        got = curl(ftp_url(board, "/flash/hello.txt")).stdout.decode()
        check(got == "hello over ftp\n" * 100, got[:100])
        repl(board, "print(len(open('/flash/hello.txt').read()))", "1500\n")
        # lftp: upload, download, rename, directories, delete, list.
        out = lftp(board, "cd /flash; put %s -o up.txt; mkdir newdir; mv up.txt newdir/moved.txt; "
                          "get newdir/moved.txt -o %s/back.txt; cls -1 newdir; rm newdir/moved.txt; rmdir newdir; cls -1"
                   % (local, board.dir + "/.."))
        text = out.stdout.decode()
        check(out.returncode == 0, out.stderr.decode())
        expect_in("moved.txt", text)
        check("newdir" not in text.split("moved.txt", 1)[1], text)
        with open(board.dir + "/../back.txt") as f:
            check(f.read() == "hello over ftp\n" * 100, "lftp get")
        size = subprocess.run(["curl", "-sS", "-I", ftp_url(board, "/flash/hello.txt")], capture_output=True).stdout.decode()
        expect_in("Content-Length: 1500", size)
        expect_in("Last-Modified:", size)
        repl(board, "import os; print(sorted(os.listdir('/flash')))", "['boot.py', 'cert', 'hello.txt', 'lib', 'main.py', 'sys']")
    finally:
        board.stop()
    check("Traceback" not in board.console(), board.console())


def tree(root):
    """{relative path: bytes} of every file under root, and the set of its directories."""
    files, dirs = {}, set()
    for here, subdirs, names in os.walk(root):
        for d in subdirs:
            dirs.add(os.path.relpath(os.path.join(here, d), root))
        for n in names:
            with open(os.path.join(here, n), "rb") as f:
                files[os.path.relpath(os.path.join(here, n), root)] = f.read()
    return files, dirs


@test
def ftp_lftp_mirror_copies_a_tree_both_ways():
    """lftp's mirror, as people deploy a project to /flash: up (mirror -R), back down, and again
    after local changes with --delete, each time the same tree on both sides."""
    import shutil
    board = Board("ftpmirror").start()
    top = os.path.join(board.dir, "..", "mirror")
    shutil.rmtree(top, ignore_errors=True)
    site = os.path.join(top, "site")
    for path, data in (("main.py", b"print('deployed')\n"), ("lib/sensor.py", b"X = 1\n" * 500),
                       ("lib/drivers/bme280.py", os.urandom(30000)), ("data/empty.txt", b""),
                       ("data/deep/er/still.bin", os.urandom(4097))):
        os.makedirs(os.path.dirname(os.path.join(site, path)), exist_ok=True)
        with open(os.path.join(site, path), "wb") as f:
            f.write(data)
    try:
        board.wait_for(">>> ")
        board.wait_port(board.ports["ftp"])
        up = lftp(board, "mirror -R --no-perms --verbose %s /flash/site" % site)
        check(up.returncode == 0, up.stderr.decode() + up.stdout.decode())
        down = lftp(board, "mirror --verbose /flash/site %s/back" % top)
        check(down.returncode == 0, down.stderr.decode() + down.stdout.decode())
        check(tree(site) == tree(os.path.join(top, "back")), "mirror back differs: %s" % (tree(os.path.join(top, "back"))[1],))
        # Local changes, mirrored again with --delete: a changed file, a new one, a removed one.
        with open(os.path.join(site, "lib/sensor.py"), "wb") as f:
            f.write(b"X = 2  # a longer line than before\n" * 700)
        with open(os.path.join(site, "data/new.txt"), "wb") as f:
            f.write(b"new\n")
        os.remove(os.path.join(site, "data/deep/er/still.bin"))
        again = lftp(board, "mirror -R --no-perms --delete --verbose %s /flash/site" % site)
        check(again.returncode == 0, again.stderr.decode() + again.stdout.decode())
        shutil.rmtree(os.path.join(top, "back"))
        down = lftp(board, "mirror /flash/site %s/back" % top)
        check(down.returncode == 0, down.stderr.decode())
        check(tree(site) == tree(os.path.join(top, "back")), "second mirror differs")
        repl(board, "print(open('/flash/site/lib/sensor.py').read().count('X = 2'))", "700\n")
    finally:
        board.stop()
    check("Traceback" not in board.console(), board.console())
    from board import PYFW
    checked = subprocess.run([PYFW, "fs", board.dir, "check"], capture_output=True)
    check(checked.returncode == 0, "the volume does not check: %r" % checked.stdout)


@test
def ftp_refuses_what_it_must_and_keeps_the_volume_whole():
    board = Board("ftpbad").start()
    try:
        board.wait_port(board.ports["ftp"])
        # Wrong login: curl fails, three wrong passwords end the session.
        done = curl("ftp://micro:wrong@%s:%d/flash/" % (board.address, board.ports["ftp"]), check=False)
        check(done.returncode == 67, done)
        s = socket.create_connection((board.address, board.ports["ftp"]), timeout=10)
        f = s.makefile("rb")
        expect_in("220", f.readline().decode())
        for _ in range(3):
            s.sendall(b"USER micro\r\n")
            f.readline()
            s.sendall(b"PASS nope\r\n")
            expect_in("530", f.readline().decode())
        check(f.readline() == b"", "the session should end after three wrong passwords")
        s.close()
        s = socket.create_connection((board.address, board.ports["ftp"]), timeout=10)
        f = s.makefile("rb")
        f.readline()

        def command(line):
            s.sendall(line.encode("latin-1") + b"\r\n")
            return f.readline().decode()
        expect_in("530", command("LIST"))
        expect_in("331", command("USER micro"))
        expect_in("230", command("PASS python"))
        expect_in("250", command("CWD ../../../etc/../flash"))
        expect_in('"/flash"', command("PWD"))
        expect_in("250", command("CWD ../../.."))
        expect_in('"/"', command("PWD"))
        expect_in("550", command("CWD etc"))
        expect_in("553", command("STOR " + "x" * 300))
        expect_in("550", command("DELE /flash/nothing.txt"))
        expect_in("550", command("RMD /flash/lib/nope"))
        expect_in("500", command("\x01\x02garbage"))
        expect_in("502", command("SITE CHMOD 777 x"))
        expect_in("500", command("A" * 5000))
        expect_in("502", command("PORT 127,0,0,1,4,1"))
        expect_in("200", command("NOOP"))
        # A client that drops the data connection mid-upload: nothing is written.
        reply = command("PASV")
        expect_in("227", reply)
        numbers = reply.split("(")[1].split(")")[0].split(",")
        data = socket.create_connection((".".join(numbers[:4]), int(numbers[4]) * 256 + int(numbers[5])), timeout=10)
        s.sendall(b"STOR /flash/partial.bin\r\n")
        expect_in("150", f.readline().decode())
        data.sendall(b"x" * 100000)
        data.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        data.close()   # a reset, not an orderly end
        final = f.readline().decode()
        check(final.startswith(("426", "226")), final)
        listing = curl(ftp_url(board, "/flash/")).stdout.decode()
        if final.startswith("426"):
            check("partial.bin" not in listing, listing)
        check(".tmp" not in listing, listing)
        expect_in("221", command("QUIT"))
        s.close()
        # 5 MiB onto a 4 MiB volume: a clean 552, the old file kept, no temporary file left.
        big = os.path.join(board.dir, "..", "big.bin")
        with open(big, "wb") as out:
            out.write(os.urandom(5 * 1024 * 1024))
        keep = os.path.join(board.dir, "..", "keep.txt")
        with open(keep, "w") as out:
            out.write("old content\n")
        curl("-T", keep, ftp_url(board, "/flash/big.bin"))
        done = curl("-T", big, ftp_url(board, "/flash/big.bin"), check=False)
        check(done.returncode != 0, "a 5 MiB upload onto 4 MiB succeeded")
        check(curl(ftp_url(board, "/flash/big.bin")).stdout == b"old content\n", "the old file changed")
        listing = curl(ftp_url(board, "/flash/")).stdout.decode()
        check(".tmp" not in listing, listing)
        # 20 clients at once: four are served, the others are told 421 and closed.
        clients = []
        greetings = []
        for _ in range(20):
            c = socket.create_connection((board.address, board.ports["ftp"]), timeout=10)
            clients.append(c)
            greetings.append(c.makefile("rb").readline().decode())
        check(sum(g.startswith("220") for g in greetings) == 4, greetings)
        check(sum(g.startswith("421") for g in greetings) == 16, greetings)
        for c in clients:
            c.close()
        time.sleep(0.3)
        check(curl(ftp_url(board, "/flash/big.bin")).stdout == b"old content\n", "after the crowd")
    finally:
        board.stop()
    from board import PYFW
    checked = subprocess.run([PYFW, "fs", board.dir, "check"], capture_output=True)
    check(checked.returncode == 0, "the volume does not check: %r" % checked.stdout)


@test
def ftp_ota_upload_boots_the_new_firmware():
    board = Board("ota")
    from board import PYFW, WORK
    v2 = os.path.join(WORK, "v2")
    if not os.path.exists(v2):
        subprocess.run([PYFW, "build", "--board", "lopy4", "--out", v2, "--firmware-version", "1.18.0"], check=True,
                       capture_output=True)
    board.start()
    try:
        board.wait_for(">>> ")
        board.wait_port(board.ports["ftp"])
        # A corrupt image is refused before the flash is touched.
        bad = os.path.join(WORK, "bad.bin")
        with open(os.path.join(v2, "appimg.bin"), "rb") as f:
            image = bytearray(f.read())
        image[5000] ^= 0xFF
        with open(bad, "wb") as f:
            f.write(image)
        done = curl("-T", bad, ftp_url(board, "/flash/sys/appimg.bin"), check=False)
        check(done.returncode != 0, "a corrupt image was taken")
        # The real one, in whatever chunks TCP makes.
        curl("-T", os.path.join(v2, "appimg.bin"), ftp_url(board, "/flash/sys/appimg.bin"))
        board.send("import machine; machine.reset()\r")
        board.wait_for("New image verified")
        board.wait_for("Firmware: Pycom MicroPython 1.18.0")
        board.wait_for(">>> ")
    finally:
        board.stop()


@test
def ftp_ota_on_an_encrypted_board_boots_or_rolls_back():
    """Pycom's way with flash encryption on: the image uploaded as /flash/sys/appimg.bin is the
    signed app encrypted with the board's key for the slot it goes to (pyfw build --secure writes
    one for each slot); anything else is refused before the flash is touched."""
    import shutil
    from board import PYFW, WORK, run
    keys = os.path.join(WORK, "secure")
    os.makedirs(keys, exist_ok=True)
    for version in ("1.17.2", "1.18.1", "1.18.2"):
        if not os.path.exists(os.path.join(keys, version)):
            subprocess.run([PYFW, "build", "--board", "lopy4", "--out", version, "--secure", "--firmware-version", version],
                           cwd=keys, check=True, capture_output=True)
    board = Board("ota-encrypted")
    shutil.rmtree(board.dir)
    run(PYFW, "board", "create", board.dir, "--model", "lopy4")
    run(PYFW, "provision", board.dir, "--build", os.path.join(keys, "1.17.2"))
    board.write_world()
    first = board.boot()   # the first boot of the provisioned board formats /flash
    expect_in("Firmware: Pycom MicroPython 1.17.2", first)

    def upload(name):
        return curl("-T", os.path.join(keys, name), ftp_url(board, "/flash/sys/appimg.bin"), check=False)

    board.start()
    try:
        board.wait_for(">>> ")
        board.wait_port(board.ports["ftp"])
        plain = upload("1.18.1/lopy4.bin")
        check(plain.returncode != 0, "a plaintext image was taken by an encrypted board")
        wrong_slot = upload("1.18.1/lopy4.bin_enc_0x10000")
        check(wrong_slot.returncode != 0, "an image encrypted for the running slot was taken")
        good = upload("1.18.1/lopy4.bin_enc_0x1A0000")
        check(good.returncode == 0, good.stderr.decode())
        board.send("import machine; machine.reset()\r")
        board.wait_for("New image verified")
        board.wait_for("Firmware: Pycom MicroPython 1.18.1")
        board.wait_for(">>> ")
        board.wait_port(board.ports["ftp"])
        # The next update goes to the factory slot; it is damaged in flash before the board resets.
        nxt = upload("1.18.2/lopy4.bin_enc_0x10000")
        check(nxt.returncode == 0, nxt.stderr.decode())
    finally:
        board.stop()
    with open(os.path.join(board.dir, "flash.bin"), "r+b") as f:
        f.seek(0x10000 + 5000)
        f.write(b"\0\0\0\0")
    out = board.boot()
    expect_in("Firmware: Pycom MicroPython 1.18.1", out)
    check("roll" in out.lower(), out)
    check("Firmware: Pycom MicroPython 1.18.2" not in out, out)


@test
def server_login_timeout_deinit_and_init():
    """network.Server: its own login and timeout, an idle client dropped after the timeout,
    deinit() closing the ports, init() opening them again, and bad arguments refused."""
    board = Board("server")
    board.put("/main.py", """
import network
server = network.Server(login=('admin', 's3cret'), timeout=5)
print('running', server.isrunning(), server.timeout())
for label, make in (('short timeout', lambda: network.Server(timeout=1)), ('login', lambda: network.Server(login='x')),
                    ('id', lambda: network.Server(id=1)), ('long user', lambda: network.Server(login=('u' * 33, 'p')))):
    try:
        make()
    except Exception as e:
        print('refused', label, type(e).__name__)
print('still', server.isrunning(), server.timeout())
""")
    board.start(real_time=True)
    try:
        board.wait_for("still True 5")
        board.wait_port(board.ports["ftp"])
        check(curl(ftp_url(board, "/flash/"), check=False).returncode == 67, "the old login still works")
        listing = curl("ftp://admin:s3cret@%s:%d/flash/" % (board.address, board.ports["ftp"])).stdout.decode()
        expect_in("main.py", listing)
        # An idle client is dropped once the timeout has passed, not before.
        for port, greeting in ((board.ports["ftp"], b"220"), (board.ports["telnet"], b"Login as:")):
            idle = socket.create_connection((board.address, port), timeout=30)
            started = time.time()
            said = b""
            while True:
                chunk = idle.recv(1000)
                if not chunk:
                    break
                said += chunk
            idle.close()
            waited = time.time() - started
            check(greeting in said, "port %d said %r" % (port, said))
            check(4 <= waited < 20, "port %d dropped an idle client after %.1f s, not about 5 s" % (port, waited))
        repl(board, "server.deinit(); print('stopped', server.isrunning())", "stopped False")
        refused = False
        try:
            socket.create_connection((board.address, board.ports["ftp"]), timeout=5).close()
        except OSError:
            refused = True
        check(refused, "the FTP port still answers after deinit()")
        repl(board, "server.init(login=('micro', 'python'), timeout=600); print('again', server.isrunning(), server.timeout())",
             "again True 600")
        board.wait_port(board.ports["ftp"])
        expect_in("main.py", curl(ftp_url(board, "/flash/")).stdout.decode())
    finally:
        board.stop()
    console = board.console()
    for label in ("short timeout ValueError", "login TypeError", "id ValueError", "long user ValueError"):
        expect_in("refused " + label, console)
    check("Traceback" not in console, console[-3000:])
