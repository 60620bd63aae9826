# machine's serial peripherals and pulses on a booted board, driven from the host as a user's
# equipment would: UART 1 over a pty with pyserial and over a loopback, CAN on the simulated bus
# with other boards and tests/board/can_harness.py, pycom.pulses_get on edges from pins.in, and the
# 1.17.2 soft-reboot crash with an alarm, a Pin IRQ and a thread in boot.py.

can_harness() { /usr/bin/python3 "$root/tests/board/can_harness.py" "$@"; }

# pty_of ERRFILE UART: the pty `pyfw board boot` named for UART N on stderr (waits for it).
pty_of() {
    local tries=0
    until grep -q "UART$2 on " "$1" 2>/dev/null; do
        tries=$((tries + 1))
        [ "$tries" -lt 300 ] || { echo "no UART$2 pty"; cat "$1"; return 1; }
        sleep 0.1
    done
    sed -n "s/^pyfw board boot: UART$2 on //p" "$1"
}

# UART 1 on a pty, as a user's device on P3/P4 would see it, driven by pyserial from the host.
machine_uart_pyserial_over_a_pty() {
    machine_board b
    cat >main.py <<'PY'
from machine import UART
u = UART(1, 115200, timeout_chars=50)
print(u)
def next_line():
    while True:
        line = u.readline()
        if line:
            return line
def wait_any(n):
    while u.any() < n:
        pass
while next_line() != b'ping\n':
    pass
u.write('pong\n')
line = next_line()
while line == b'ping\n':
    line = next_line()
u.write(line.upper())
wait_any(4)
u.write(b'[' + u.read(4) + b']\n')
buf = bytearray(6)
wait_any(6)
count = u.readinto(buf)
u.write('into ' + str(count) + ' ' + bytes(buf).decode() + '\n')
u.sendbreak()
print('tx done', u.wait_tx_done(100))
print('nothing', u.read())
u.write('waiting\n')
wait_any(1)
print('all', u.readall())
u.deinit()
try:
    u.any()
except OSError as e:
    print('after deinit', e)
print('done')
PY
    "$PYFW" fs b put main.py /main.py
    "$PYFW" board boot b --uart1 pty </dev/null 2>err.txt | tr -d '\r' >out.txt &
    local board=$!
    local tty
    tty=$(pty_of err.txt 1)
    /usr/bin/python3 - "$tty" <<'PY' || { kill "$board"; cat out.txt; return 1; }
import sys, serial
port = serial.Serial(sys.argv[1], 115200, timeout=0.2)
def expect(want):
    port.timeout = 20
    got = port.read(len(want))
    if got != want:
        sys.exit('expected %r, got %r' % (want, got))
for attempt in range(300):   # the board drops what came before its UART(1) started
    port.write(b'ping\n')
    if port.read(5) == b'pong\n':
        break
else:
    sys.exit('no pong')
port.write(b'hello uart\n')
expect(b'HELLO UART\n')
port.write(b'abcd')
expect(b'[abcd]\n')
port.write(b'123456')
expect(b'into 6 123456\n')
expect(b'\x00')          # the break, as a raw-mode terminal reads it
expect(b'waiting\n')
port.write(b'tail1tail2')
print('host ok')
PY
    wait "$board"
    no_traceback
    grep -q "^UART(1, baudrate=115200, bits=8, parity=None, stop=1)$" out.txt
    grep -q "^tx done True$" out.txt
    grep -q "^nothing None$" out.txt
    grep -q "^all b'tail1tail2'$" out.txt
    grep -q "^after deinit UART(1) is deinitialised; call init() first$" out.txt
    grep -q "^done$" out.txt
}
scenario machine_uart_pyserial_over_a_pty machine_uart_pyserial_over_a_pty

# UART 1 with its TX wired to its RX, UART 2 into a file, one with nothing attached, bad input.
machine_uart_loopback_file_and_bad_input() {
    machine_board b
    cat >main.py <<'PY'
from machine import UART
import utime
u = UART(1, 9600, timeout_chars=4)
print('wrote', u.write('abc\ndef'), 'any', u.any())
print(u.readline(), u.readline(), u.readline())
u.write(b'0123456789')
print(u.read(3), u.read(), u.read())
b = bytearray(4)
u.write(b'xy')
print(u.readinto(b), b)
u.write(b'zzzz')
print(u.readinto(b, 3), u.readall(), u.read(0))
start = utime.ticks_us()
u.read()
print('waited', utime.ticks_diff(start, utime.ticks_us()) >= 4 * 10 * 1000000 // 9600)
u.init(19200, bits=7, parity=UART.EVEN, stop=2, timeout_chars=0, pins=('P20', 'P21'))
print(u)
u.sendbreak()
print('break', u.read())
UART(2, 115200).write('to the file\n')
def attempt(what, f):
    try:
        print(what, 'accepted', f())
    except Exception as e:
        print(what, type(e).__name__, e)
attempt('bus 3', lambda: UART(3))
attempt('baud 0', lambda: UART(1, 0))
attempt('baud huge', lambda: UART(1, 2**63))
attempt('bits 9', lambda: UART(1, 9600, bits=9))
attempt('parity 5', lambda: UART(1, 9600, parity=5))
attempt('stop 3', lambda: UART(1, 9600, stop=3))
attempt('timeout negative', lambda: UART(1, 9600, timeout_chars=-1))
attempt('timeout huge', lambda: UART(1, 9600, timeout_chars=2**63))
attempt('pins bad', lambda: UART(1, 9600, pins=('P99', 'P4')))
attempt('pins count', lambda: UART(1, 9600, pins=('P3',)))
attempt('tx input-only', lambda: UART(1, 9600, pins=('P13', 'P4')))
attempt('write int', lambda: u.write(5))
attempt('readinto bytes', lambda: u.readinto(b'abc'))
attempt('wait negative', lambda: u.wait_tx_done(-1))
print('done')
PY
    boot_with_main b main.py --uart1 loop --uart2 uart2.out
    no_traceback
    grep -q "^wrote 7 any 7$" out.txt
    grep -q "^b'abc\\\\n' b'def' None$" out.txt
    grep -q "^b'012' b'3456789' None$" out.txt
    grep -q "^2 bytearray(b'xy\\\\x00\\\\x00')$" out.txt
    grep -q "^3 b'z' b''$" out.txt
    grep -q "^waited True$" out.txt
    grep -q "^UART(1, baudrate=19200, bits=7, parity=UART.EVEN, stop=2)$" out.txt
    grep -q "^break b'\\\\x00'$" out.txt
    [ "$(cat uart2.out)" = "to the file" ]
    grep -q "^bus 3 ValueError UART(3) does not exist$" out.txt
    grep -q "^baud 0 ValueError invalid baudrate 0 (1..5000000)$" out.txt
    grep -q "^baud huge \(ValueError\|OverflowError\)" out.txt
    grep -q "^bits 9 ValueError invalid bits 9 (5..8)$" out.txt
    grep -q "^parity 5 ValueError invalid parity: None, UART.EVEN or UART.ODD$" out.txt
    grep -q "^stop 3 ValueError invalid stop bits: 1, 1.5 or 2$" out.txt
    grep -q "^timeout negative ValueError timeout_chars must be 0..1000000$" out.txt
    grep -q "^timeout huge \(ValueError\|OverflowError\)" out.txt
    grep -q "^pins bad ValueError invalid pin: P99$" out.txt
    grep -q "^pins count ValueError pins must be (TXD, RXD) or (TXD, RXD, RTS, CTS)$" out.txt
    grep -q "^tx input-only ValueError P13 is input-only and cannot be a UART output$" out.txt
    grep -q "^write int TypeError" out.txt
    grep -q "^readinto bytes TypeError" out.txt
    grep -q "^wait negative ValueError" out.txt
    grep -q "^done$" out.txt
    expect_fail "--uart1: cannot open /nonexistent/uart for the UART's output: No such file or directory" \
        "$PYFW" board boot b --uart1 /nonexistent/uart
}
scenario machine_uart_loopback_file_and_bad_input machine_uart_loopback_file_and_bad_input

# The 1.17.2 note "CAN up to 1,000 kbps": 1,000,000 bit/s accepted and working on the bus,
# 1,000,001 refused; the default baudrate (invalid in 1.17.2) works.
machine_1_17_2_can_up_to_1000_kbps() {
    machine_board b
    cat >main.py <<'PY'
from machine import CAN
for rate in (1000000, 1000001, 999, 1000, 2**63):
    try:
        CAN(0, mode=CAN.NORMAL, baudrate=rate)
        print(rate, 'accepted')
    except Exception as e:
        print(rate, type(e).__name__, e)
can = CAN()
print('default', can)
can.send(0x123, data=b'default')
can = CAN(baudrate=1000000)
can.send(0x456, data=b'1000kbps')
PY
    can_harness bus expect 0 2 60 >frames.txt &
    local harness=$!
    until [ -S bus/harness.sock ]; do sleep 0.05; done
    boot_with_main b main.py --can-bus bus
    wait "$harness" || { cat frames.txt; return 1; }
    no_traceback
    grep -q "^1000000 accepted$" out.txt
    grep -q "^1000001 ValueError invalid CAN baudrate 1000001: 1000..1000000 bit/s (1..1000 kbit/s)$" out.txt
    grep -q "^999 ValueError" out.txt
    grep -q "^1000 accepted$" out.txt
    grep -q "^9223372036854775808 \(ValueError\|OverflowError\)" out.txt
    grep -q "^default CAN(0)$" out.txt
    [ "$(cat frames.txt)" = "$(printf '123 64656661756c74 @500\n456 313030306b627073 @1000')" ] ||
        { cat frames.txt; return 1; }
}
scenario machine_1_17_2_can_up_to_1000_kbps machine_1_17_2_can_up_to_1000_kbps

# Two boards and the harness on one bus, at 125 kbps and at 1,000 kbps: B greets until A answers
# with its frames; B receives all of them, and so does the harness.
machine_can_between_two_boards() {
    machine_board a
    machine_board b
    cat >sender.py <<'PY'
from machine import CAN
rate = int(open('/flash/rate.txt').read())
can = CAN(baudrate=rate)
while True:
    frame = can.recv(timeout=30)
    if frame is None or frame.id == 0x7FF:
        break
for i in range(20):
    can.send(0x100 + i, data=bytes([i] * (i % 9)))
can.send(0x1ABCDEF0, data=b'ext', extended=True)
can.send(0x55, rtr=True)
print('A sent', rate, frame)
PY
    cat >receiver.py <<'PY'
from machine import CAN
rate = int(open('/flash/rate.txt').read())
can = CAN(baudrate=rate, frame_format=CAN.FORMAT_BOTH)
got = []
while not got:
    can.send(0x7FF, data=b'hello')
    frame = can.recv(timeout=0.05)
    if frame:
        got.append(frame)
while len(got) < 22:
    frame = can.recv(timeout=30)
    if frame is None:
        break
    got.append(frame)
print('B got', len(got), 'at', rate)
for f in got:
    print(hex(f.id), f.data, f.rtr, f.extended)
PY
    local rate
    for rate in 125000 1000000; do
        rm -rf bus
        printf '%s' "$rate" >rate.txt
        "$PYFW" fs a put rate.txt /rate.txt
        "$PYFW" fs b put rate.txt /rate.txt
        "$PYFW" fs a put sender.py /main.py
        "$PYFW" fs b put receiver.py /main.py
        "$PYFW" board boot b --can-bus bus </dev/null | tr -d '\r' >b.txt &
        local receiver=$!
        until ls bus/b-*.sock >/dev/null 2>&1; do sleep 0.05; done
        can_harness bus script /dev/stdin >harness.txt <<EOF &
wait 7ff 60
ignore 7ff
expect 22 60
EOF
        local harness=$!
        until [ -S bus/harness.sock ]; do sleep 0.05; done
        "$PYFW" board boot a --can-bus bus </dev/null | tr -d '\r' >a.txt
        wait "$receiver"
        wait "$harness" || { cat harness.txt; return 1; }
        grep -q "^A sent $rate (id=2047, data=b'hello', rtr=False, extended=False)$" a.txt || { cat a.txt; return 1; }
        grep -q "^B got 22 at $rate$" b.txt || { cat b.txt; return 1; }
        grep -q "^0x100 b'' False False$" b.txt
        grep -q "^0x108 b'\\\\x08\\\\x08\\\\x08\\\\x08\\\\x08\\\\x08\\\\x08\\\\x08' False False$" b.txt
        grep -q "^0x1abcdef0 b'ext' False True$" b.txt
        grep -q "^0x55 b'' True False$" b.txt
        [ "$(grep -c "@$((rate / 1000))$" harness.txt)" -eq 22 ] || { cat harness.txt; return 1; }
        grep -q "^55 - rtr @$((rate / 1000))$" harness.txt
        ! grep -q Traceback a.txt b.txt
    done
}
scenario machine_can_between_two_boards machine_can_between_two_boards

# Filters, the receive queue, events and callbacks against frames the harness sends; a callback
# that deinits the controller it was called for.
machine_can_filters_events_and_callbacks() {
    machine_board b
    cat >main.py <<'PY'
from machine import CAN
import utime
can = CAN(baudrate=250000, frame_format=CAN.FORMAT_BOTH, rx_queue_len=4)
can.soft_filter(CAN.FILTER_RANGE, [(0x100, 0x10F), (0x300, 0x300)])
calls = [0]
def counted(c):
    calls[0] += 1
can.callback(trigger=CAN.RX_FRAME | CAN.RX_FIFO_OVERRUN, handler=counted)
can.send(0x7FF, data=b'ready')
events = 0
for i in range(20000):
    events |= can.events()
    if events & CAN.RX_FIFO_OVERRUN:
        break
    utime.sleep_ms(1)
utime.sleep_ms(50)
print('events', events, 'calls', calls[0])
for i in range(5):
    print(can.recv())
can.soft_filter(CAN.FILTER_MASK, [(0x200, 0x7F0)])
can.send(0x7FE, data=b'mask')
print(can.recv(timeout=30))
can.soft_filter(CAN.FILTER_LIST, [0x42])
can.callback(CAN.RX_FRAME, lambda c: c.deinit())
can.send(0x7FD, data=b'hostile')
for i in range(20000):
    try:
        can.events()
    except OSError as e:
        print('after the callback', e)
        break
    utime.sleep_ms(1)
def attempt(what, f):
    try:
        print(what, 'accepted', f())
    except Exception as e:
        print(what, type(e).__name__, e)
can = CAN(baudrate=250000)
attempt('bus 1', lambda: CAN(1))
attempt('mode', lambda: CAN(mode=7))
attempt('queue 0', lambda: CAN(rx_queue_len=0))
attempt('queue huge', lambda: CAN(rx_queue_len=2**63))
attempt('id too big', lambda: can.send(0x800))
attempt('ext id too big', lambda: can.send(0x20000000, extended=True))
attempt('nine bytes', lambda: can.send(1, data=bytes(9)))
attempt('rtr with data', lambda: can.send(1, data=b'x', rtr=True))
attempt('filter 33', lambda: can.soft_filter(CAN.FILTER_LIST, list(range(33))))
attempt('filter pair', lambda: can.soft_filter(CAN.FILTER_RANGE, [1]))
attempt('trigger', lambda: can.callback(8, print))
attempt('timeout', lambda: can.recv(timeout=-1))
silent = CAN(mode=CAN.SILENT, baudrate=250000)
attempt('silent send', lambda: silent.send(1))
print('done')
PY
    cat >steps.txt <<'EOF'
wait 7ff 60
send 250 100 01
send 250 200 02
send 500 101 03
send 250 105 0405 ext
send 250 10f - rtr
send 250 300 06
send 250 101 07
raw 0011223344
wait 7fe 60
send 250 20f 08
send 250 212 09
send 250 20e 0a
wait 7fd 60
send 250 42 0b
EOF
    boot_with_main b main.py --real-time --can-bus bus &
    local board=$!
    can_harness bus script steps.txt >harness.txt || { kill "$board"; cat harness.txt; return 1; }
    wait "$board"
    no_traceback
    grep -q "^events 7 calls 5$" out.txt
    [ "$(grep -A5 "^events" out.txt | tail -5)" = "(id=256, data=b'\\x01', rtr=False, extended=False)
(id=261, data=b'\\x04\\x05', rtr=False, extended=True)
(id=271, data=b'', rtr=True, extended=False)
(id=768, data=b'\\x06', rtr=False, extended=False)
None" ] || { cat out.txt; return 1; }
    grep -q "^(id=527, data=b'\\\\x08', rtr=False, extended=False)$" out.txt
    grep -q "^after the callback CAN is deinitialised; call init() first$" out.txt
    grep -q "^bus 1 ValueError CAN bus must be 0 (the ESP32 has one)$" out.txt
    grep -q "^mode ValueError invalid CAN mode: CAN.NORMAL or CAN.SILENT$" out.txt
    grep -q "^queue 0 ValueError rx_queue_len must be 1..65536$" out.txt
    grep -q "^queue huge \(ValueError\|OverflowError\)" out.txt
    grep -q "^id too big ValueError CAN id 2048 does not fit a 11-bit standard frame$" out.txt
    grep -q "^ext id too big ValueError CAN id 536870912 does not fit a 29-bit extended frame$" out.txt
    grep -q "^nine bytes ValueError a CAN frame carries at most 8 data bytes$" out.txt
    grep -q "^rtr with data ValueError a remote request (rtr=True) carries no data$" out.txt
    grep -q "^filter 33 ValueError a soft filter has at most 32 elements$" out.txt
    grep -q "^filter pair TypeError\|^filter pair ValueError" out.txt
    grep -q "^trigger ValueError invalid trigger: RX_FRAME, RX_FIFO_NOT_EMPTY, RX_FIFO_OVERRUN$" out.txt
    grep -q "^timeout ValueError timeout must not be negative$" out.txt
    grep -q "^silent send OSError CAN in SILENT mode cannot send$" out.txt
    grep -q "^done$" out.txt
}
scenario machine_can_filters_events_and_callbacks machine_can_filters_events_and_callbacks

# pycom.pulses_get on pulses the outside puts on P9: levels and durations in µs, then nothing.
machine_pycom_pulses_get() {
    machine_board b
    printf '5000ms P9 1\n5000300us P9 0\n5000800us P9 1\n5001000us P9 0\n' >b/pins.in
    cat >main.py <<'PY'
import pycom
print(pycom.pulses_get('P9', 10000))
print(pycom.pulses_get('P9', 100))
for label, args in (('name', ('P99', 10)), ('negative', ('P9', -1)), ('huge', ('P9', 2**63)), ('int', (9, 10))):
    try:
        pycom.pulses_get(*args)
    except Exception as e:
        print(label, type(e).__name__, e)
PY
    boot_with_main b main.py
    no_traceback
    grep -q "^\[(1, 300), (0, 500), (1, 200)\]$" out.txt || { cat out.txt; return 1; }
    grep -q "^\[\]$" out.txt
    grep -q "^name ValueError invalid pin: P99$" out.txt
    grep -q "^negative ValueError timeout must be 0..3600000 ms$" out.txt
    grep -q "^huge \(OverflowError\|ValueError\)" out.txt
    grep -q "^int TypeError pin id must be a str or a Pin, not int$" out.txt
}
scenario machine_pycom_pulses_get machine_pycom_pulses_get

# The 1.17.2 soft-reboot crash: 10,000 soft reboots in a row with a boot.py that starts a periodic
# Timer.Alarm, a Pin IRQ on P10 (toggled from outside throughout) and a thread, on virtual time.
# Nothing crashes or leaks: the same free heap after 100 and 10,000, the same peak memory give or
# take 1 MiB, the alarm, IRQ and thread of the last round running.
machine_ten_thousand_soft_reboots_with_alarm_irq_and_thread() {
    machine_board b
    seq 1000 2 5000 | awk '{ print $1 "ms P10 " (NR % 2) }' >b/pins.in
    printf 'ticks = 0\nedges = 0\nalive = 0\n' >counters.py
    cat >boot.py <<'PY'
import _thread, utime, counters
from machine import Pin, Timer
def tick(alarm):
    counters.ticks += 1
def edge(pin):
    counters.edges += 1
def worker():
    while True:
        counters.alive += 1
        utime.sleep_ms(1)
alarm = Timer.Alarm(tick, ms=1, periodic=True)
Pin('P10', mode=Pin.IN).callback(Pin.IRQ_RISING | Pin.IRQ_FALLING, edge)
_thread.start_new_thread(worker, ())
PY
    : >empty.py
    "$PYFW" fs b put boot.py /boot.py
    "$PYFW" fs b put counters.py /counters.py
    "$PYFW" fs b put empty.py /main.py
    reboots_then_heap b 100 few.txt
    reboots_then_heap b 10000 many.txt
    if grep -q "Traceback" many.txt; then grep -m3 -A5 Traceback many.txt; return 1; fi
    [ "$(grep "^free " few.txt)" = "$(grep "^free " many.txt)" ] || { grep "^free " few.txt many.txt; return 1; }
    [ "$(cat many.rss)" -le $(($(cat few.rss) + 1024)) ] || { echo "peak memory $(cat few.rss) KiB -> $(cat many.rss) KiB"; return 1; }
    "$PYFW" board boot b --virtual-time --input-at '1.5=from counters import *\rprint(ticks > 400, edges > 100, alive > 400)\r' | tr -d '\r' >last.txt
    grep -q "^True True True$" last.txt || { cat last.txt; return 1; }
}
scenario machine_ten_thousand_soft_reboots_with_alarm_irq_and_thread machine_ten_thousand_soft_reboots_with_alarm_irq_and_thread

# DAC levels and tones, PWM channels: what the outside sees in pins.log; bad input.
machine_dac_and_pwm_seen_in_pins_log() {
    machine_board b
    cat >main.py <<'PY'
import machine
dac = machine.DAC('P22')
dac.write(0.5)
dac.tone(1000, 1)
pwm = machine.PWM(0, frequency=5000)
channel = pwm.channel(0, pin='P12', duty_cycle=0.5)
channel.duty_cycle(0.3)
print('duty', channel.duty_cycle())
def attempt(what, f):
    try:
        print(what, 'accepted', f())
    except Exception as e:
        print(what, type(e).__name__, e)
attempt('dac pin', lambda: machine.DAC('P10'))
attempt('dac level', lambda: dac.write(1.5))
attempt('dac type', lambda: dac.write('x'))
attempt('tone low', lambda: dac.tone(100, 0))
attempt('tone amplitude', lambda: dac.tone(1000, 4))
attempt('pwm timer', lambda: machine.PWM(4, 100))
attempt('pwm zero', lambda: machine.PWM(0, 0))
attempt('pwm huge', lambda: machine.PWM(0, 2**63))
attempt('pwm channel', lambda: pwm.channel(8, pin='P12'))
attempt('pwm input-only', lambda: pwm.channel(1, pin='P13'))
attempt('pwm duty', lambda: channel.duty_cycle(2))
dac.deinit()
attempt('after deinit', lambda: dac.write(0.1))
print('done')
PY
    boot_with_main b main.py
    no_traceback
    [ "$(awk '$2 == "P22" { printf "%s ", $3 }' b/pins.log)" = "1.656V tone:977Hz:-6dBV z " ] || { cat b/pins.log; return 1; }
    [ "$(awk '$2 == "P12" { printf "%s ", $3 }' b/pins.log)" = "pwm:5000Hz:0.500 pwm:5000Hz:0.300 " ] || { cat b/pins.log; return 1; }
    grep -q "^duty 0.3$" out.txt
    grep -q "^dac pin ValueError the DAC is on P22 and P21 only$" out.txt
    grep -q "^dac level ValueError value must be from 0 to 1$" out.txt
    grep -q "^dac type TypeError value must be a number from 0 to 1$" out.txt
    grep -q "^tone low ValueError tone frequency must be 125..20000 Hz$" out.txt
    grep -q "^tone amplitude ValueError tone amplitude must be 0..3 (0, -6, -12, -18 dBV)$" out.txt
    grep -q "^pwm timer ValueError PWM timer must be 0..3$" out.txt
    grep -q "^pwm zero ValueError PWM frequency must be 1..78000 Hz$" out.txt
    grep -q "^pwm huge \(ValueError\|OverflowError\)" out.txt
    grep -q "^pwm channel ValueError PWM channel must be 0..7$" out.txt
    grep -q "^pwm input-only ValueError P13 is input-only and cannot be a PWM output$" out.txt
    grep -q "^pwm duty ValueError duty_cycle must be from 0 to 1$" out.txt
    grep -q "^after deinit OSError DAC disabled (deinit was called)$" out.txt
    grep -q "^done$" out.txt
}
scenario machine_dac_and_pwm_seen_in_pins_log machine_dac_and_pwm_seen_in_pins_log
