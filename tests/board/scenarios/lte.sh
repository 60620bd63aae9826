# network.LTE on a GPy against the simulated operator (world/lte_network) and Sequans modem
# (chip/sequans_modem), on virtual time: attach on each band, a band nobody serves, roaming, the
# carrier rule, 1,000 detach/attach cycles, soft reboot and reset with LTE up, coverage loss, the
# hung modem, the +CEREG layouts that broke Pycom's parser, and bad input.

# lte_flash BOARD BUILD_DIR MODEL: esptool's write_flash of the plain images.
lte_flash() {
    "$PYFW" flash "$1" write 0x1000 "$2/bootloader.bin" 0x8000 "$2/partitions.bin" 0x10000 "$2/$3.bin" >/dev/null
}

# lte_board DIR: a flashed GPy in DIR (the image is built once for all LTE scenarios).
lte_board() {
    if [ ! -f "$work/lte_image/gpy.bin" ]; then
        "$PYFW" build --board gpy --out "$work/lte_image" >/dev/null
    fi
    "$PYFW" board create "$1" --model gpy >/dev/null
    lte_flash "$1" "$work/lte_image" gpy
}

# lte_run DIR SCRIPT [BOOT OPTIONS...]: SCRIPT as main.py, one boot; the console goes to out.txt,
# the LTE UART trace to lte.log.
lte_run() {
    local dir=$1 script=$2
    shift 2
    cp "$script" main.py
    "$PYFW" fs "$dir" put main.py /main.py >/dev/null 2>&1
    "$PYFW" board boot "$dir" --lte-log lte.log "$@" </dev/null | tr -d '\r' >out.txt
    if grep -q "Traceback" out.txt; then cat out.txt; return 1; fi
}

# count_of PATTERN FILE: the number of lines matching PATTERN.
count_of() { grep -c -- "$1" "$2" || true; }

# The helper every script starts with: attach and wait, with a limit on the board's clock.
LTE_WAIT='
import utime
from network import LTE
def wait(check, limit_s):
    start = utime.ticks_ms()
    while not check():
        if utime.ticks_diff(start, utime.ticks_ms()) > limit_s * 1000:
            return False
        utime.sleep_ms(250)
    return True
'

lte_attaches_on_each_band() {
    lte_board b
    cat >script.py <<PY
$LTE_WAIT
lte = LTE()
for band in (3, 4, 12, 13, 20, 28):
    lte.attach(band=band)
    print(band, wait(lte.isattached, 30))
    lte.dettach()
    print(band, lte.isattached())
lte.attach()
print('any', wait(lte.isattached, 30))
print('imei', lte.imei(), 'iccid', lte.iccid())
PY
    lte_run b script.py
    for band in 3 4 12 13 20 28; do
        grep -q "^$band True$" out.txt
        grep -q "^$band False$" out.txt
    done
    grep -q "^any True$" out.txt
    grep -qE "^imei 35434709[0-9]{7} iccid 89882806660004909182$" out.txt
    grep -q 'AT!="RRC::addscanfreq band=13 dl-earfcn=5230"' lte.log
    grep -q 'AT!="RRC::addscanfreq band=28 dl-earfcn=9435"' lte.log
    # attach() with no band scans all six.
    tac lte.log | sed '/clearscanconfig/q' >last_attach.log
    [ "$(count_of 'addscanfreq' last_attach.log)" -eq 6 ]
    grep -q '+CEREG: 2,1,"2B2A","01A2D006",7' lte.log
}
scenario lte_attaches_on_each_band lte_attaches_on_each_band

lte_band_the_network_does_not_serve_times_out() {
    lte_board b
    printf '{"cells": [{"earfcn": 6300}]}' >net.json
    cat >script.py <<PY
$LTE_WAIT
lte = LTE()
lte.attach(band=28)
print('attached', wait(lte.isattached, 120))
print(lte.send_at_cmd('AT+CEREG?').split()[1])
try:
    lte.attach(band=7)
except ValueError as e:
    print('ValueError', e)
lte.attach(band=20)
print('band 20', wait(lte.isattached, 30))
PY
    lte_run b script.py --lte-network net.json
    grep -q "^attached False$" out.txt
    # The modem gave up its scan: "not registered, not searching".
    grep -q "^2,0$" out.txt
    grep -q "^ValueError band 7 not supported$" out.txt
    grep -q "^band 20 True$" out.txt
}
scenario lte_band_the_network_does_not_serve_times_out lte_band_the_network_does_not_serve_times_out

lte_roaming_registration_counts_as_attached() {
    lte_board b
    printf '{"roaming": true, "registration_s": 7}' >net.json
    cat >script.py <<PY
$LTE_WAIT
lte = LTE()
lte.attach()
print('attached', wait(lte.isattached, 30))
print(lte.send_at_cmd('AT+CEREG?').split()[1])
PY
    lte_run b script.py --lte-network net.json
    grep -q "^attached True$" out.txt
    grep -q '^2,5,"2B2A","01A2D001",7$' out.txt
}
scenario lte_roaming_registration_counts_as_attached lte_roaming_registration_counts_as_attached

lte_carrier_switch_goes_through_cfun_0() {
    lte_board b
    printf '{"carrier": "verizon", "cells": [{"earfcn": 5230}]}' >net.json
    cat >script.py <<PY
$LTE_WAIT
lte = LTE()
lte.attach()
print('standard profile attached', wait(lte.isattached, 20))
print(lte.send_at_cmd('AT+CEREG?').split()[1])
# The modem takes a carrier only with its stack down: this is refused.
print(lte.send_at_cmd('AT+SQNCTM="verizon"').split()[0])
lte = LTE(carrier='Verizon')
print(lte.send_at_cmd('AT+SQNCTM?').split()[1])
lte.attach(band=13)
print('verizon profile attached', wait(lte.isattached, 20))
try:
    LTE(carrier='sprint')
except ValueError as e:
    print('ValueError', e)
PY
    lte_run b script.py --lte-network net.json
    grep -q "^standard profile attached False$" out.txt
    grep -q "^2,3$" out.txt                       # registration denied
    grep -q "^ERROR$" out.txt
    grep -q '^"verizon"$' out.txt
    grep -q "^verizon profile attached True$" out.txt
    grep -q "^ValueError invalid carrier sprint: standard, verizon or at&t$" out.txt
    # The switch: CFUN=0, then the profile, then CFUN=4.
    grep -A5 '> AT+SQNCTM?' lte.log | grep -q '> AT+CFUN=0'
    grep -A1 '> AT+SQNCTM="verizon"' lte.log | tail -1 | grep -q '< OK'
}
scenario lte_carrier_switch_goes_through_cfun_0 lte_carrier_switch_goes_through_cfun_0

lte_detach_and_attach_a_thousand_times() {
    lte_board b
    printf '{"registration_s": 2}' >net.json
    cat >script.py <<PY
$LTE_WAIT
lte = LTE()
ok = 0
for i in range(1000):
    lte.attach(band=20)
    if wait(lte.isattached, 30):
        ok += 1
    lte.dettach()
    if lte.isattached():
        break
print('cycles', ok)
PY
    lte_run b script.py --lte-network net.json
    grep -q "^cycles 1000$" out.txt
    [ "$(count_of '> AT+CFUN=1$' lte.log)" -eq 1000 ]
}
scenario lte_detach_and_attach_a_thousand_times lte_detach_and_attach_a_thousand_times

lte_soft_reboot_keeps_the_modem_attached() {
    lte_board b
    cat >script.py <<PY
$LTE_WAIT
lte = LTE()
if lte.isattached():
    print('still attached', lte.isconnected())
else:
    lte.attach()
    print('attached', wait(lte.isattached, 30))
    lte.connect()
    print('connected', wait(lte.isconnected, 10))
PY
    cp script.py main.py
    "$PYFW" fs b put main.py /main.py >/dev/null 2>&1
    printf '\x04' | "$PYFW" board boot b --lte-log lte.log | tr -d '\r' >out.txt
    grep -q "^connected True$" out.txt
    grep -q "^PYB: soft reboot$" out.txt
    grep -q "^still attached True$" out.txt
    # The modem was set up once: one CEREG=2, one attach, one data session.
    [ "$(count_of '> AT+CEREG=2$' lte.log)" -eq 1 ]
    [ "$(count_of '> AT+CFUN=1$' lte.log)" -eq 1 ]
    [ "$(count_of '> AT+CGDATA' lte.log)" -eq 1 ]
}
scenario lte_soft_reboot_keeps_the_modem_attached lte_soft_reboot_keeps_the_modem_attached

lte_reset_in_a_data_session_recovers_the_modem() {
    lte_board b
    cat >script.py <<PY
$LTE_WAIT
import machine
if machine.reset_cause() != machine.WDT_RESET:
    lte = LTE()
    lte.attach()
    wait(lte.isattached, 30)
    lte.connect()
    print('connected', wait(lte.isconnected, 10))
    machine.reset()
lte = LTE()
print('after reset attached', lte.isattached())
PY
    lte_run b script.py --cycles 2
    grep -q "^connected True$" out.txt
    grep -q "^after reset attached True$" out.txt
    # The modem outlived the ESP32's reset in its data session: AT went unheard until +++.
    grep -q "in a data session from before the reset" lte.log
    grep -q "pausing the data session (+++)" lte.log
    grep -q "> ATH" lte.log
    [ "$(count_of '> AT+CFUN=1$' lte.log)" -eq 1 ]
}
scenario lte_reset_in_a_data_session_recovers_the_modem lte_reset_in_a_data_session_recovers_the_modem

lte_coverage_loss_ends_the_session() {
    lte_board b
    printf '{"outages": [[30, 60]]}' >net.json
    cat >script.py <<PY
$LTE_WAIT
lte = LTE()
lte.attach()
wait(lte.isattached, 20)
lte.connect()
print('connected', wait(lte.isconnected, 10))
utime.sleep(30)
print('in the outage', lte.isconnected(), lte.isattached())
try:
    lte.connect()
except OSError as e:
    print('OSError', e)
print('back', wait(lte.isattached, 60))
lte.connect()
print('connected again', wait(lte.isconnected, 10))
PY
    lte_run b script.py --lte-network net.json
    grep -q "^connected True$" out.txt
    grep -q "^in the outage False False$" out.txt
    grep -q "^OSError modem not attached$" out.txt
    grep -q "^back True$" out.txt
    grep -q "^connected again True$" out.txt
    grep -q "NO CARRIER (the network ended the data session)" lte.log
}
scenario lte_coverage_loss_ends_the_session lte_coverage_loss_ends_the_session

# free_port: a TCP port nobody listens on, on loopback.
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# wait_listening PORT NAME LOG: waits until a server listens on loopback PORT, or shows its LOG.
wait_listening() {
    local i
    for i in $(seq 100); do
        python3 -c "import socket; socket.create_connection(('127.0.0.1', $1), 1)" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "$2 did not start"; cat "$3"; return 1
}

# http_server PORT: python3 -m http.server on loopback serving www/, logging to http.log; waits
# until it listens. Its pid is in http.pid.
http_server() {
    python3 -m http.server --bind 127.0.0.1 --directory www "$1" >http.log 2>&1 &
    echo $! >http.pid
    wait_listening "$1" http.server http.log
}

# An HTTP GET over a socket of the board, as a Pycom script writes it (`connect` makes the socket:
# a plain one, or one that ussl wraps).
LTE_HTTP='
import usocket
def plain(addr):
    s = usocket.socket()
    s.settimeout(10)
    s.connect(addr)
    return s
def get(addr, path, connect=plain):
    s = connect(addr)
    s.write(b"GET " + path + b" HTTP/1.0\r\nHost: lte\r\n\r\n")
    data = b""
    while True:
        chunk = s.recv(512)
        if not chunk:
            break
        data += chunk
    s.close()
    return data
'

lte_http_request_over_lte_and_coverage_loss() {
    lte_board b
    mkdir www
    echo "hello over LTE" >www/hello.txt
    local port
    port=$(free_port)
    http_server "$port"
    trap 'kill $(cat http.pid) 2>/dev/null' EXIT
    printf '{"outages": [[60, 90]]}' >net.json
    cat >script.py <<PY
$LTE_WAIT
$LTE_HTTP
from network import WLAN
WLAN().deinit()
addr = usocket.getaddrinfo('127.0.0.1', $port)[0][-1]
try:
    get(addr, b'/hello.txt')
except OSError as e:
    print('without a link', e.args[0])
lte = LTE()
lte.attach()
wait(lte.isattached, 30)
lte.connect()
print('connected', wait(lte.isconnected, 10))
reply = get(addr, b'/hello.txt')
print(reply.split(b'\r\n')[0], reply.split(b'\r\n\r\n')[1])
# A connection open when the coverage goes: lwIP aborts it with the PPP interface.
held = usocket.socket()
held.connect(addr)
utime.sleep_ms(65000 - utime.ticks_ms())
print('in the outage', lte.isconnected())
for call in (lambda: held.send(b'GET / HTTP/1.0\r\n\r\n'), lambda: held.recv(10), lambda: get(addr, b'/')):
    try:
        call()
    except OSError as e:
        print('OSError', e.args[0])
held.close()
print('back', wait(lte.isattached, 60))
lte.connect()
print('connected again', wait(lte.isconnected, 10))
print(get(addr, b'/hello.txt').split(b'\r\n')[0])
lte.disconnect()
try:
    get(addr, b'/hello.txt')
except OSError as e:
    print('after disconnect', e.args[0])
PY
    lte_run b script.py --lte-network net.json
    grep -q "^without a link 113$" out.txt          # EHOSTUNREACH: WLAN off, no LTE session
    grep -q "^connected True$" out.txt
    grep -q "^b'HTTP/1.0 200 OK' b'hello over LTE\\\\n'$" out.txt
    grep -q "^in the outage False$" out.txt
    [ "$(grep -c '^OSError 103$' out.txt)" -eq 2 ]   # ECONNABORTED on the held connection
    grep -q "^OSError 113$" out.txt                  # a new connection has no route
    grep -q "^back True$" out.txt
    grep -q "^connected again True$" out.txt
    [ "$(grep -c "^b'HTTP/1.0 200 OK'" out.txt)" -eq 2 ]
    grep -q "^after disconnect 113$" out.txt
    [ "$(grep -c '"GET /hello.txt HTTP/1.0" 200' http.log)" -eq 2 ]
}
scenario lte_http_request_over_lte_and_coverage_loss lte_http_request_over_lte_and_coverage_loss

# tls_server PORT: openssl s_server on loopback serving www/ over HTTPS (-WWW) with a certificate
# for 127.0.0.1 signed by a test CA (ca.pem); waits until it listens. Its pid is in s_server.pid.
tls_server() {
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "/CN=pyfw test ca" \
        -keyout ca.key -out ca.pem 2>/dev/null
    openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=127.0.0.1" \
        -keyout server.key -out server.csr 2>/dev/null
    echo "subjectAltName=IP:127.0.0.1" >san.ext
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile san.ext \
        -out server.pem 2>/dev/null
    (cd www && exec openssl s_server -accept "127.0.0.1:$1" -cert ../server.pem -key ../server.key -WWW -quiet \
        </dev/null >../s_server.log 2>&1) &
    echo $! >s_server.pid
    wait_listening "$1" "openssl s_server" s_server.log
}

# HTTPS through the outage: an ussl socket watches its LTE route as a plain one does.
lte_https_request_over_lte_and_coverage_loss() {
    lte_board b
    mkdir www
    echo "hello over LTE and TLS" >www/hello.txt
    local port
    port=$(free_port)
    tls_server "$port"
    trap 'kill $(cat s_server.pid) 2>/dev/null' EXIT
    "$PYFW" fs b put ca.pem /ca.pem >/dev/null
    printf '{"outages": [[60, 90]]}' >net.json
    cat >script.py <<PY
$LTE_WAIT
$LTE_HTTP
import ussl
def tls(addr, timeout=10):
    s = plain(addr)
    s.settimeout(timeout)
    return ussl.wrap_socket(s, cert_reqs=ussl.CERT_REQUIRED, ca_certs="/flash/ca.pem", server_hostname="127.0.0.1")
def attempt(label, call):
    try:
        print(label, 'gave', call())
    except OSError as e:
        print(label, 'OSError', e.args[0])
from network import WLAN
WLAN().deinit()
addr = usocket.getaddrinfo('127.0.0.1', $port)[0][-1]
lte = LTE()
lte.attach()
wait(lte.isattached, 30)
lte.connect()
print('connected', wait(lte.isconnected, 10))
reply = get(addr, b'/hello.txt', tls)
print(reply.split(b'\r\n')[0], reply.split(b'\r\n\r\n')[1])
# A connection open when the coverage goes, blocked in recv() as it goes (s_server waits for the
# request): lwIP aborts it with the PPP interface. (Its timeout only bounds a wait that missed it.)
held = tls(addr, 20)
utime.sleep_ms(59500 - utime.ticks_ms())
attempt('blocked recv', lambda: held.recv(10))
print('in the outage', lte.isconnected(), utime.ticks_ms() >= 60000)
attempt('write', lambda: held.write(b'GET /hello.txt HTTP/1.0\r\n\r\n'))
attempt('recv', lambda: held.recv(10))
attempt('send', lambda: held.send(b'x'))
attempt('new', lambda: get(addr, b'/hello.txt', tls))
held.close()
print('closed', held)
print('back', wait(lte.isattached, 60))
lte.connect()
print('connected again', wait(lte.isconnected, 10))
print(get(addr, b'/hello.txt', tls).split(b'\r\n')[0])
lte.disconnect()
attempt('after disconnect', lambda: get(addr, b'/hello.txt', tls))
PY
    lte_run b script.py --lte-network net.json
    grep -q "^connected True$" out.txt
    grep -q "^b'HTTP/1.0 200 ok' b'hello over LTE and TLS\\\\n'$" out.txt
    grep -q "^blocked recv OSError 103$" out.txt      # ECONNABORTED as the route goes, not a hang
    grep -q "^in the outage False True$" out.txt
    grep -q "^write OSError 103$" out.txt
    grep -q "^recv OSError 103$" out.txt
    grep -q "^send OSError 103$" out.txt
    grep -q "^new OSError 113$" out.txt               # EHOSTUNREACH: no route for a new connection
    grep -q "^closed <SSLSocket fd=-1>$" out.txt
    grep -q "^back True$" out.txt
    grep -q "^connected again True$" out.txt
    [ "$(grep -c "^b'HTTP/1.0 200 ok'" out.txt)" -eq 2 ]
    grep -q "^after disconnect OSError 113$" out.txt
}
scenario lte_https_request_over_lte_and_coverage_loss lte_https_request_over_lte_and_coverage_loss

lte_deep_sleep_takes_the_modem_down() {
    lte_board b
    cat >script.py <<PY
$LTE_WAIT
import machine
if machine.reset_cause() != machine.DEEPSLEEP_RESET:
    lte = LTE()
    lte.attach()
    wait(lte.isattached, 30)
    lte.connect()
    print('connected', wait(lte.isconnected, 10))
    machine.deepsleep(60000)
lte = LTE()
print('after deep sleep', lte.isattached(), lte.isconnected(), lte.send_at_cmd('AT+CFUN?').split()[1])
lte.attach()
print('attached again', wait(lte.isattached, 30))
PY
    lte_run b script.py --cycles 2
    grep -q "^connected True$" out.txt
    grep -q "^after deep sleep False False 4$" out.txt
    grep -q "^attached again True$" out.txt
    # Before the sleep: the data session paused and hung up, the radio off; the modem chip kept
    # running through the sleep (it started once).
    sed -n '/deep sleep: LTE goes down/,$p' lte.log >sleep.log
    grep -q "> ATH" sleep.log
    grep -q "> AT+CFUN=0" sleep.log
    [ "$(count_of '+SYSSTART' lte.log)" -eq 1 ]
}
scenario lte_deep_sleep_takes_the_modem_down lte_deep_sleep_takes_the_modem_down

lte_hung_modem_is_reported_and_revived() {
    lte_board b
    printf '{"modem": {"hang_at_s": 20}}' >net.json
    cat >script.py <<PY
$LTE_WAIT
lte = LTE()
lte.attach()
print('attached', wait(lte.isattached, 15))
utime.sleep(20)
try:
    lte.isattached()
except OSError as e:
    print('OSError', e)
lte.init()
lte.attach()
print('revived', wait(lte.isattached, 15))
PY
    lte_run b script.py --lte-network net.json
    grep -q "^attached True$" out.txt
    grep -q "^OSError the LTE modem did not answer AT+CEREG?; LTE().init() or lte.reset() brings it back$" out.txt
    grep -q "^revived True$" out.txt
    grep -q "pulsing the modem's reset line" lte.log
    # A modem that a reset does not revive is reported, in bounded time, not waited on.
    lte_board c
    printf '{"modem": {"hang_at_s": 0, "hang_survives_reset": true}}' >dead.json
    cat >dead.py <<PY
from network import LTE
import utime
try:
    LTE()
except OSError as e:
    print('OSError', e, utime.ticks_ms() < 20000)
PY
    lte_run c dead.py --lte-network dead.json
    grep -q "^OSError the LTE modem does not answer (AT, the +++ escape and its reset line were tried); power-cycle the board True$" out.txt
}
scenario lte_hung_modem_is_reported_and_revived lte_hung_modem_is_reported_and_revived

lte_isattached_reads_every_cereg_layout() {
    local style
    for style in wide bare; do
        lte_board "$style"
        printf '{"roaming": true, "modem": {"cereg": "%s"}}' "$style" >net.json
        cat >script.py <<PY
$LTE_WAIT
lte = LTE()
lte.attach()
print('attached', wait(lte.isattached, 20))
PY
        lte_run "$style" script.py --lte-network net.json
        grep -q "^attached True$" out.txt
    done
    grep -q '+CEREG: 0,5' lte.log
}
scenario lte_isattached_reads_every_cereg_layout lte_isattached_reads_every_cereg_layout

lte_debug_prints_the_at_exchanges() {
    lte_board b
    cat >script.py <<PY
from network import LTE
lte = LTE(debug=True)
print(lte.isconnected())
PY
    lte_run b script.py
    grep -q "^LTE: > AT+CEREG=2$" out.txt
    grep -q "^LTE: < OK$" out.txt
    grep -q "^False$" out.txt
}
scenario lte_debug_prints_the_at_exchanges lte_debug_prints_the_at_exchanges

lte_bad_input_and_other_boards() {
    lte_board b
    printf '{"cells": [{"earfcn": 99999}]}' >bad.json
    expect_fail "bad.json: cells[0]: EARFCN 99999 is in no LTE-M band" "$PYFW" board boot b --lte-network bad.json
    printf '{"modem": {"cereg": "fancy"}}' >bad2.json
    expect_fail "\"cereg\" must be pycom, wide or bare" "$PYFW" board boot b --lte-network bad2.json
    printf 'not json' >bad3.json
    expect_fail "bad3.json: the LTE network is not a JSON object" "$PYFW" board boot b --lte-network bad3.json
    expect_fail "No such file" "$PYFW" board boot b --lte-network missing.json
    cat >script.py <<PY
from network import LTE
lte = LTE()
for call in (lambda: LTE(1), lambda: lte.connect(cid=0), lambda: lte.send_at_cmd('AT\r\nAT'),
             lambda: lte.attach(band=-1), lambda: lte.attach(band=2**63), lambda: LTE(carrier=5)):
    try:
        call()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__)
try:
    lte.connect()
except OSError as e:
    print('OSError', e)
lte.deinit()
try:
    lte.attach()
except OSError as e:
    print('OSError', e)
try:
    import network
    network.Bluetooth()
except NotImplementedError as e:
    print('NotImplementedError', e)
PY
    lte_run b script.py
    [ "$(grep -cE '^(ValueError|TypeError|OverflowError)$' out.txt)" -eq 6 ]
    grep -q "^OSError modem not attached$" out.txt
    grep -q "^OSError LTE is not initialised: call LTE() or lte.init() first$" out.txt
    grep -q "^NotImplementedError network.Bluetooth is not supported by pyfw$" out.txt
    # A LoPy has no LTE modem: network.LTE() says so, and the LTE options are refused.
    "$PYFW" build --board lopy --out lopy >/dev/null
    "$PYFW" board create l --model lopy >/dev/null
    lte_flash l lopy lopy
    expect_fail "--lte-network and --lte-log need a GPy or FiPy; this board is a LoPy" "$PYFW" board boot l --lte-log x.log
    printf 'import network\ntry:\n    network.LTE()\nexcept OSError as e:\n    print(e)\n\n' | "$PYFW" board boot l | tr -d '\r' >lopy.txt
    grep -q "the LoPy has no LTE modem" lopy.txt
}
scenario lte_bad_input_and_other_boards lte_bad_input_and_other_boards
