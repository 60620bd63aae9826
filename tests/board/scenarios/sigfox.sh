# network.Sigfox and Sigfox sockets on the boards that carry the radio (SiPy, LoPy4, FiPy) against the
# simulated base stations and backend (world/sigfox_backend, `pyfw sigfox show`), on virtual time:
# identity and zones, uplinks in each RCZ, a downlink, bits and out-of-band messages, a replayed
# message refused, LoRa and Sigfox sharing the LoPy4's radio, bad input, boards without the radio.

# sigfox_board MODEL DIR: a flashed board of MODEL in DIR (each image built once).
sigfox_board() {
    local image="$work/sigfox_image_$1"
    [ -f "$image/$1.bin" ] || "$PYFW" build --board "$1" --out "$image" >/dev/null
    "$PYFW" board create "$2" --model "$1" >/dev/null
    "$PYFW" flash "$2" write 0x1000 "$image/bootloader.bin" 0x8000 "$image/partitions.bin" 0x10000 "$image/$1.bin" >/dev/null
}

# sigfox_run DIR SCRIPT [BOOT OPTIONS...]: SCRIPT as main.py, one boot; the console goes to out.txt.
sigfox_run() {
    local dir=$1 script=$2
    shift 2
    cp "$script" main.py
    "$PYFW" fs "$dir" put main.py /main.py >/dev/null 2>&1
    "$PYFW" board boot "$dir" "$@" </dev/null | tr -d '\r' >out.txt
    if grep -q "Traceback" out.txt; then cat out.txt; return 1; fi
}

# sigfox_identity DIR: the factory identity of the seed frames (ID 001d3f0c).
sigfox_identity() {
    "$PYFW" sigfox identity "$1" --id 001D3F0C --pac 8A3F29C41D07B655 --key 00112233445566778899aabbccddeeff >/dev/null
}

sigfox_identity_and_zones() {
    local model
    for model in sipy lopy4 fipy; do
        sigfox_board $model $model
        cat >script.py <<'PY'
from network import Sigfox
import ubinascii
s = Sigfox(mode=Sigfox.SIGFOX, rcz=Sigfox.RCZ1)
print('id', ubinascii.hexlify(s.id()), len(s.pac()), len(s.mac()), len(s.public_key()), s.version())
for rcz in (Sigfox.RCZ1, Sigfox.RCZ2, Sigfox.RCZ3, Sigfox.RCZ4):
    s.init(mode=Sigfox.SIGFOX, rcz=rcz)
    print('rcz', rcz, s.frequencies())
for bad in (lambda: Sigfox(rcz=4), lambda: Sigfox(rcz=-1), lambda: Sigfox(mode=7), lambda: Sigfox(rcz='RCZ1')):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
PY
        sigfox_run $model script.py
        # A board with an erased config block has no Sigfox identity yet: all ones, as Pycom reads it.
        grep -q "^id b'ffffffff' 8 8 16 1.0.1$" out.txt
        grep -q "^rcz 0 (868130000, 869525000)$" out.txt
        grep -q "^rcz 1 (902200000, 905200000)$" out.txt
        grep -q "^rcz 2 (923200000, 922200000)$" out.txt
        grep -q "^rcz 3 (920800000, 922300000)$" out.txt
        grep -q "^ValueError invalid RCZ 4: Sigfox.RCZ1 to Sigfox.RCZ4$" out.txt
        grep -q "^ValueError invalid RCZ -1: Sigfox.RCZ1 to Sigfox.RCZ4$" out.txt
        grep -q "^ValueError invalid mode 7$" out.txt
        grep -q "^TypeError" out.txt
    done
}
scenario sigfox_identity_and_zones sigfox_identity_and_zones

sigfox_fsk_elsewhere_and_boards_without_the_radio() {
    sigfox_board lopy4 l4
    printf 'from network import Sigfox\ntry:\n    Sigfox(mode=Sigfox.FSK, frequency=868000000)\nexcept ValueError as e:\n    print(e)\n\n' >fsk.py
    sigfox_run l4 fsk.py
    grep -q "^FSK mode is only available on the SiPy$" out.txt
    sigfox_board gpy g
    printf 'from network import Sigfox\ntry:\n    Sigfox()\nexcept OSError as e:\n    print(e)\n\n' >none.py
    sigfox_run g none.py
    grep -q "^the GPy has no Sigfox radio$" out.txt
}
scenario sigfox_fsk_elsewhere_and_boards_without_the_radio sigfox_fsk_elsewhere_and_boards_without_the_radio

sigfox_uplinks_in_each_zone() {
    sigfox_board sipy s
    sigfox_identity s
    cat >script.py <<'PY'
from network import Sigfox
import socket, ubinascii, utime
sigfox = Sigfox(mode=Sigfox.SIGFOX, rcz=Sigfox.RCZ1)
print('id', ubinascii.hexlify(sigfox.id()), ubinascii.hexlify(sigfox.pac()))
s = socket.socket(socket.AF_SIGFOX, socket.SOCK_RAW)
s.setblocking(True)
for rcz in (Sigfox.RCZ1, Sigfox.RCZ2, Sigfox.RCZ3, Sigfox.RCZ4):
    sigfox.init(mode=Sigfox.SIGFOX, rcz=rcz)
    start = utime.ticks_ms()
    sent = s.send(bytes([rcz] * 12))
    print('rcz', rcz, sent, utime.ticks_diff(start, utime.ticks_ms()))
s.setsockopt(socket.SOL_SIGFOX, socket.SO_TX_REPEAT, 0)
print('single', s.send(b'\x01'))
print('info', sigfox.info())
print('config', sigfox.config())
PY
    sigfox_run s script.py --sigfox-backend backend.db
    grep -q "^id b'001d3f0c' b'8a3f29c41d07b655'$" out.txt
    # Three frames of 26 bytes at 100 bps (RCZ1, RCZ3) or 600 bps (RCZ2, RCZ4), 0.5 s apart.
    grep -q "^rcz 0 12 7240$" out.txt
    grep -q "^rcz 1 12 2040$" out.txt
    grep -q "^rcz 2 12 7240$" out.txt
    grep -q "^rcz 3 12 2040$" out.txt
    grep -q "^single 1$" out.txt
    grep -q "^info (3, 5)$" out.txt
    grep -q "^config \[0, 4026531840, 31\]$" out.txt
    "$PYFW" sigfox show backend.db >show.txt
    grep -q "^device 001d3f0c last counter 4$" show.txt
    grep -qE "^message 001d3f0c 0 data (00){12} RCZ1 868[0-9]{6} Hz -118 dBm 3 frames$" show.txt
    grep -qE "^message 001d3f0c 1 data (01){12} RCZ2 902[0-9]{6} Hz -118 dBm 3 frames$" show.txt
    grep -qE "^message 001d3f0c 2 data (02){12} RCZ3 923[0-9]{6} Hz -118 dBm 3 frames$" show.txt
    grep -qE "^message 001d3f0c 3 data (03){12} RCZ4 920[0-9]{6} Hz -118 dBm 3 frames$" show.txt
    grep -qE "^message 001d3f0c 4 data 01 RCZ4 920[0-9]{6} Hz -118 dBm 1 frames$" show.txt
    ! grep -q "^refused" show.txt
}
scenario sigfox_uplinks_in_each_zone sigfox_uplinks_in_each_zone

sigfox_downlink_bit_and_out_of_band() {
    sigfox_board lopy4 l
    sigfox_identity l
    "$PYFW" sigfox downlink backend.db 001D3F0C 0102030405060708
    cat >script.py <<'PY'
from network import Sigfox
import socket, utime
sigfox = Sigfox(mode=Sigfox.SIGFOX, rcz=Sigfox.RCZ1)
s = socket.socket(socket.AF_SIGFOX, socket.SOCK_RAW)
s.setsockopt(socket.SOL_SIGFOX, socket.SO_RX, True)
start = utime.ticks_ms()
s.send(b'ask')
print('downlink', s.recv(32), sigfox.rssi(), utime.ticks_diff(start, utime.ticks_ms()) // 1000)
try:
    s.recv(8)
except OSError as e:
    print('OSError', e)
try:
    s.send(b'again')    # nothing queued: the window passes
except OSError as e:
    print('OSError', e)
s.setsockopt(socket.SOL_SIGFOX, socket.SO_RX, False)
s.setsockopt(socket.SOL_SIGFOX, socket.SO_BIT, False)
s.send('')
s.setsockopt(socket.SOL_SIGFOX, socket.SO_OOB, True)
s.send('')
PY
    sigfox_run l script.py --sigfox-backend backend.db
    grep -q "^downlink b'\\\\x01\\\\x02\\\\x03\\\\x04\\\\x05\\\\x06\\\\x07\\\\x08' -118 29$" out.txt
    grep -q "^OSError \[Errno 11\] EAGAIN$" out.txt
    grep -q "^OSError \[Errno 110\] ETIMEDOUT$" out.txt
    "$PYFW" sigfox show backend.db >show.txt
    grep -q "^message 001d3f0c 0 data 61736b downlink-request" show.txt
    # The device confirmed the downlink out of band, with the downlink's RSSI + 100.
    grep -qE "^message 001d3f0c 1 downlink-confirmation 09e40c940cfb00ee " show.txt
    grep -q "^message 001d3f0c 2 data 616761696e downlink-request" show.txt
    grep -q "^message 001d3f0c 3 bit 0  RCZ1" show.txt
    grep -q "^message 001d3f0c 4 keep-alive 08e40c940cfb00 RCZ1" show.txt
    grep -q "^downlink 001d3f0c 0102030405060708 sent for 0$" show.txt
}
scenario sigfox_downlink_bit_and_out_of_band sigfox_downlink_bit_and_out_of_band

sigfox_replayed_message_is_refused() {
    sigfox_board sipy s
    sigfox_identity s
    printf 'from network import Sigfox\nimport socket\nSigfox(mode=Sigfox.SIGFOX, rcz=Sigfox.RCZ1)\ns = socket.socket(socket.AF_SIGFOX, socket.SOCK_RAW)\ns.send(b"open valve")\n' >script.py
    # A copy of the board from before the message: its NVS holds the counter that message used.
    "$PYFW" board boot s </dev/null >/dev/null
    cp -r s clone
    sigfox_run s script.py --sigfox-backend backend.db
    sigfox_run clone script.py --sigfox-backend backend.db
    sigfox_run s script.py --sigfox-backend backend.db
    "$PYFW" sigfox show backend.db >show.txt
    [ "$(grep -c '^message 001d3f0c' show.txt)" -eq 2 ]
    grep -q "^message 001d3f0c 0 data 6f70656e2076616c7665 RCZ1 .* 3 frames$" show.txt
    grep -q "^message 001d3f0c 1 data" show.txt
    for frame in 1 2 3; do grep -q "^refused 001d3f0c 0: frame $frame of message 0 was received before$" show.txt; done
}
scenario sigfox_replayed_message_is_refused sigfox_replayed_message_is_refused

sigfox_and_lora_share_the_lopy4_radio() {
    sigfox_board lopy4 l
    sigfox_identity l
    cat >script.py <<'PY'
from network import LoRa, Sigfox
import socket, utime, _thread
lora = LoRa(mode=LoRa.LORA, region=LoRa.EU868)
sigfox = Sigfox(mode=Sigfox.SIGFOX, rcz=Sigfox.RCZ1)
l = socket.socket(socket.AF_LORA, socket.SOCK_RAW)
s = socket.socket(socket.AF_SIGFOX, socket.SOCK_RAW)
for i in range(5):
    l.send('lora %d' % i)
    s.send('sigfox %d' % i)
    print('lora', lora.stats().tx_frequency, lora.stats().tx_time_on_air > 0)
# A LoRa send from another thread while a Sigfox message is on air waits for the radio.
done = []
def lora_sender():
    utime.sleep_ms(1000)
    start = utime.ticks_ms()
    l.send(b'during sigfox')
    done.append((start, utime.ticks_ms()))
_thread.start_new_thread(lora_sender, ())
start = utime.ticks_ms()
s.send(b'long message')
end = utime.ticks_ms()
utime.sleep_ms(2000)
lora_start, lora_end = done[0]
print('lora waited', lora_start < end, lora_end >= end)
PY
    sigfox_run l script.py --sigfox-backend backend.db
    [ "$(grep -c '^lora 868000000 True$' out.txt)" -eq 5 ]
    grep -q "^lora waited True True$" out.txt
    "$PYFW" sigfox show backend.db >show.txt
    [ "$(grep -c '^message 001d3f0c .* 3 frames$' show.txt)" -eq 6 ]
    ! grep -q "^refused" show.txt
}
scenario sigfox_and_lora_share_the_lopy4_radio sigfox_and_lora_share_the_lopy4_radio

sigfox_bad_input() {
    sigfox_board fipy f
    sigfox_identity f
    cat >script.py <<'PY'
from network import Sigfox
import socket
s = socket.socket(socket.AF_SIGFOX, socket.SOCK_RAW)
try:
    s.send(b'early')
except OSError as e:
    print('before Sigfox()', e)
sigfox = Sigfox(mode=Sigfox.SIGFOX, rcz=Sigfox.RCZ1)
for call in (lambda: s.send(b'0123456789abc'), lambda: s.send(bytes(1000)),
             lambda: s.setsockopt(socket.SOL_SIGFOX, 12345, 1), lambda: s.setsockopt(socket.SOL_LORA, socket.SO_RX, 1)):
    try:
        call()
    except OSError as e:
        print('OSError', e)
for call in (lambda: s.setsockopt(socket.SOL_SIGFOX, socket.SO_TX_REPEAT, 3), lambda: Sigfox(rcz=5),
             lambda: sigfox.config(), lambda: s.recv(-1), lambda: s.send(42)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sigfox.init(rcz=Sigfox.RCZ2)
for bad in ([1, 2], [0, -1, 0], 'abc'):
    try:
        sigfox.config(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s.close()
try:
    s.send(b'x')
except OSError as e:
    print('closed', e)
PY
    sigfox_run f script.py --sigfox-backend backend.db
    grep -q "^before Sigfox() \[Errno 100\] ENETDOWN$" out.txt
    [ "$(grep -c '^OSError \[Errno 90\] EMSGSIZE$' out.txt)" -eq 2 ]
    [ "$(grep -c '^OSError \[Errno 95\] EOPNOTSUPP$' out.txt)" -eq 2 ]
    grep -q "^ValueError SO_TX_REPEAT takes 0, 1 or 2 repeats$" out.txt
    grep -q "^ValueError invalid RCZ 5: Sigfox.RCZ1 to Sigfox.RCZ4$" out.txt
    grep -q "^ValueError config() applies to RCZ2 and RCZ4 only$" out.txt
    grep -q "^ValueError negative buffer size$" out.txt
    grep -q "^TypeError" out.txt
    grep -q "^ValueError config takes a list of 3 configuration words$" out.txt
    grep -q "^ValueError a configuration word is 32 bits$" out.txt
    grep -q "^closed \[Errno 9\] EBADF$" out.txt
    # Nothing that failed went on air.
    "$PYFW" sigfox show backend.db >show.txt
    ! grep -q "^message" show.txt
    expect_fail "--id must be 8 hex digits, not '12'" "$PYFW" sigfox identity f --id 12 --pac 0011223344556677 --key 00112233445566778899aabbccddeeff
    expect_fail "a downlink must be 16 hex digits" "$PYFW" sigfox downlink backend.db 001D3F0C 0102
    sigfox_board gpy g
    expect_fail "the GPy has no Sigfox radio" "$PYFW" sigfox identity g --id 001D3F0C --pac 0011223344556677 --key 00112233445566778899aabbccddeeff
    expect_fail "--sigfox-backend needs a SiPy, LoPy4 or FiPy; this board is a GPy" "$PYFW" board boot g --sigfox-backend x.db
}
scenario sigfox_bad_input sigfox_bad_input

# cw() and test_mode() on a LoPy4: carriers the base stations log, the carrier holding the radio
# LoRa shares, the library's test modes and Pycom's manual transmission as the backend sees them.
sigfox_cw_and_test_modes() {
    sigfox_board lopy4 l
    sigfox_identity l
    "$PYFW" sigfox downlink backend.db 001D3F0C 1122334455667788
    cat >script.py <<'PY'
from network import LoRa, Sigfox
import socket, utime
sigfox = Sigfox(mode=Sigfox.SIGFOX, rcz=Sigfox.RCZ1)
s = socket.socket(socket.AF_SIGFOX, socket.SOCK_RAW)
def took(call):
    start = utime.ticks_ms()
    call()
    return utime.ticks_diff(start, utime.ticks_ms())
utime.sleep(1)
sigfox.cw(868130000, True)
utime.sleep(5)
sigfox.cw(868130000, False)
# The carrier holds the radio LoRa shares: a LoRa send waits for it.
lora = LoRa(mode=LoRa.LORA, region=LoRa.EU868)
l = socket.socket(socket.AF_LORA, socket.SOCK_RAW)
sigfox.cw(868100000, True)
l.settimeout(2)
try:
    l.send(b'during cw')
except OSError as e:
    print('lora waits', type(e).__name__)
sigfox.cw(868100000, False)
l.settimeout(None)
print('lora after', l.send(b'after cw'))
# A message sets the radio up for its frames: the carrier ends.
sigfox.cw(868200000, True)
utime.sleep(2)
s.send(b'after cw')
print('bpsk', took(lambda: sigfox.test_mode(0, 3)))
print('bpsk no pause', took(lambda: sigfox.test_mode(0, 0x82)))
print('manual', took(lambda: sigfox.test_mode(8, 868130000)))
print('tx protocol', took(lambda: sigfox.test_mode(1, 1)))
print('rx protocol', took(lambda: sigfox.test_mode(2, 1)))
for bad in (lambda: sigfox.test_mode(6, 0), lambda: sigfox.test_mode(-1, 0), lambda: sigfox.test_mode(0, 256),
            lambda: sigfox.test_mode(8, 915000000), lambda: sigfox.test_mode(0, 2**63), lambda: sigfox.test_mode('0', 1),
            lambda: sigfox.test_mode(3, 10), lambda: sigfox.test_mode(4, 1), lambda: sigfox.test_mode(5, 1),
            lambda: sigfox.cw(915000000, True), lambda: sigfox.cw(2**63, True), lambda: sigfox.cw(868130000.0, True),
            lambda: sigfox.cw(868130000), lambda: sigfox.cw(868130000, False)):
    try:
        bad()
        print('accepted')
    except Exception as e:
        print(type(e).__name__, e)
sigfox.cw(868150000, True)
try:
    sigfox.cw(868160000, False)
except ValueError as e:
    print(type(e).__name__, e)
PY
    sigfox_run l script.py --sigfox-backend backend.db
    grep -q "^lora waits TimeoutError$" out.txt || { cat out.txt; return 1; }
    grep -q "^lora after 8$" out.txt
    # 26-byte frames at 100 bps (2.08 s), 500 ms apart unless bit 7 of config says otherwise; the
    # 18-byte manual frame (1.44 s) 20 times, 50 ms apart.
    grep -q "^bpsk 7740$" out.txt || { cat out.txt; return 1; }
    grep -q "^bpsk no pause 4160$" out.txt
    grep -q "^manual 29800$" out.txt
    grep -qE "^tx protocol [0-9]+$" out.txt
    grep -qE "^rx protocol [0-9]+$" out.txt
    grep -q "^ValueError invalid test mode 6: 0 to 5 (Sigfox's) or 8 (manual transmission)$" out.txt
    grep -q "^ValueError invalid test mode -1: 0 to 5 (Sigfox's) or 8 (manual transmission)$" out.txt
    grep -q "^ValueError the config of test mode 0 is a byte (0..255), not 256$" out.txt
    grep -q "^ValueError test mode 8 (manual transmission) takes a frequency in RCZ1's uplink band, 868034000..868226000 Hz, not 915000000$" out.txt
    [ "$(grep -c '^OverflowError' out.txt)" -eq 2 ]
    [ "$(grep -c '^TypeError' out.txt)" -eq 3 ]
    grep -q "^NotImplementedError network.Sigfox.test_mode: RX_GFSK needs Sigfox's test equipment, which the simulated network does not have$" out.txt
    grep -q "^NotImplementedError network.Sigfox.test_mode: RX_SENSI" out.txt
    grep -q "^NotImplementedError network.Sigfox.test_mode: TX_SYNTH" out.txt
    grep -q "^ValueError cw takes a frequency in RCZ1's uplink band, 868034000..868226000 Hz, not 915000000$" out.txt
    grep -q "^ValueError the carrier is on 868150000 Hz, not 868160000$" out.txt
    # Only cw(868130000, False) passes: with no carrier on, it stops nothing.
    [ "$(grep -c '^accepted$' out.txt)" -eq 1 ]
    "$PYFW" sigfox show backend.db >show.txt
    # The first carrier lasted the script's 5 s sleep.
    awk '/^carrier RCZ1 868130000 Hz/ { if (sprintf("%.3f", $11 - $8) == "5.000") found = 1 } END { exit !found }' show.txt ||
        { cat show.txt; return 1; }
    grep -q "^carrier RCZ1 868100000 Hz -118 dBm from .* s to .* s$" show.txt
    grep -q "^carrier RCZ1 868200000 Hz -118 dBm from .* s to .* s$" show.txt
    grep -q "^carrier RCZ1 868150000 Hz -118 dBm from .* s to .* s$" show.txt
    grep -q "^message 001d3f0c 0 data 6166746572206377 RCZ1" show.txt
    # TX_BPSK: 5 frames of no message; the manual frames: a real device the backend does not know.
    [ "$(grep -c '^refused - -: unknown frame type' show.txt)" -eq 5 ] || { cat show.txt; return 1; }
    [ "$(grep -c '^refused 00187d74 3523: device 00187d74 is not registered$' show.txt)" -eq 20 ]
    # TX_PROTOCOL: both bits, a keep-alive and 1..12 bytes of 0x30...; RX_PROTOCOL: 12 bytes asking
    # for a downlink, the downlink and its confirmation.
    grep -q "^message 001d3f0c 1 bit 0 " show.txt
    grep -q "^message 001d3f0c 2 bit 1 " show.txt
    grep -q "^message 001d3f0c 3 keep-alive " show.txt
    grep -q "^message 001d3f0c 4 data 30 RCZ1 .* 3 frames$" show.txt
    grep -q "^message 001d3f0c 15 data 303132333435363738393a3b RCZ1 .* 3 frames$" show.txt
    grep -q "^message 001d3f0c 16 data 303132333435363738393a3b downlink-request RCZ1" show.txt
    grep -q "^message 001d3f0c 17 downlink-confirmation " show.txt
    grep -q "^downlink 001d3f0c 1122334455667788 sent for 16$" show.txt
}
scenario sigfox_cw_and_test_modes sigfox_cw_and_test_modes

# Two SiPys in FSK mode talking through a world's air (Pycom's example of device-to-device FSK):
# frames both ways, two in a row, a partial recv, non-blocking and timed-out receives, a third
# SiPy on another frequency that hears none of it, and FSK's own limits.
sigfox_fsk_between_two_sipys() {
    sigfox_board sipy a
    sigfox_board sipy b
    sigfox_board sipy c
    cat >a.py <<'PY'
from network import Sigfox
import socket, utime
sigfox = Sigfox(mode=Sigfox.FSK, frequency=868000000)
s = socket.socket(socket.AF_SIGFOX, socket.SOCK_RAW)
s.setblocking(True)
utime.sleep(1)
for i in range(3):
    print('sent', s.send('Device-1 %d' % i))
    print('reply', s.recv(64))
# Two frames in a row: the receiver listens on after the first.
s.send(b'Device-1 in two parts')
s.send(bytes(range(64)))
try:
    s.send(bytes(65))
except OSError as e:
    print('65 bytes', e)
PY
    cat >b.py <<'PY'
from network import Sigfox
import socket
sigfox = Sigfox(mode=Sigfox.FSK, frequency=868000000)
s = socket.socket(socket.AF_SIGFOX, socket.SOCK_RAW)
s.setblocking(True)
for i in range(3):
    got = s.recv(64)
    print('got', got, sigfox.frequencies())
    s.send(b'ack ' + got[-1:])
print('part', s.recv(8))
print('rest', s.recv(64))
print('long', s.recv(64) == bytes(range(64)))
s.setblocking(False)
print('none', s.recv(64))
s.settimeout(3)
try:
    print('heard', s.recv(64))
except OSError as e:
    print('timeout', e)
for bad in (lambda: Sigfox(mode=Sigfox.FSK, frequency=862999999), lambda: Sigfox(mode=Sigfox.FSK, frequency=928000001),
            lambda: Sigfox(mode=Sigfox.FSK), lambda: Sigfox(mode=Sigfox.SIGFOX, frequency=868000000),
            lambda: Sigfox(mode=Sigfox.FSK, frequency=2**63), lambda: Sigfox(mode=Sigfox.FSK, frequency='868000000'),
            lambda: sigfox.cw(868130000, True), lambda: sigfox.test_mode(0, 1)):
    try:
        bad()
        print('accepted')
    except Exception as e:
        print(type(e).__name__, e)
PY
    cat >c.py <<'PY'
from network import Sigfox
import socket
sigfox = Sigfox(mode=Sigfox.FSK, frequency=869000000)
s = socket.socket(socket.AF_SIGFOX, socket.SOCK_RAW)
s.settimeout(30)
try:
    print('c heard', s.recv(64))
except OSError as e:
    print('c heard nothing', e)
PY
    for board in a b c; do cp $board.py main.py && "$PYFW" fs $board put main.py /main.py >/dev/null 2>&1; done
    "$PYFW" world serve --socket "$PWD/w.sock" --boards 3 --duration 10m >world.log 2>&1 &
    local world=$!
    for _ in $(seq 1 200); do [ -S w.sock ] && break; sleep 0.05; done
    timeout 120 "$PYFW" board boot a --world "$PWD/w.sock" --position 0,50 </dev/null | tr -d '\r' >a.txt &
    local a=$!
    timeout 120 "$PYFW" board boot c --world "$PWD/w.sock" --position 50,0 </dev/null | tr -d '\r' >c.txt &
    local c=$!
    local status=0
    timeout 120 "$PYFW" board boot b --world "$PWD/w.sock" --position 0,-50 </dev/null | tr -d '\r' >b.txt || status=$?
    wait $a || status=$?
    wait $c || status=$?
    wait $world || status=$?
    [ "$status" -eq 0 ] || { cat a.txt b.txt c.txt world.log; return 1; }
    no_traceback a.txt
    no_traceback b.txt
    no_traceback c.txt
    grep -q "^c heard nothing \[Errno 11\] EAGAIN$" c.txt || { cat c.txt; return 1; }
    [ "$(grep -c "^sent 10$" a.txt)" -eq 3 ] || { cat a.txt b.txt; return 1; }
    for i in 0 1 2; do
        grep -q "^got b'Device-1 $i' (868130000, 869525000)$" b.txt || { cat a.txt b.txt; return 1; }
        grep -q "^reply b'ack $i'$" a.txt
    done
    grep -q "^part b'Device-1'$" b.txt
    grep -q "^rest b' in two parts'$" b.txt
    grep -q "^long True$" b.txt
    grep -q "^none b''$" b.txt
    grep -q "^timeout \[Errno 11\] EAGAIN$" b.txt || { cat b.txt; return 1; }
    grep -q "^65 bytes \[Errno 90\] EMSGSIZE$" a.txt
    grep -q "^ValueError frequency 862999999 out of range: 863000000..928000000 Hz$" b.txt
    grep -q "^ValueError frequency 928000001 out of range: 863000000..928000000 Hz$" b.txt
    grep -q "^ValueError FSK mode needs a frequency (863000000..928000000 Hz)$" b.txt
    grep -q "^ValueError frequency is only valid in FSK mode$" b.txt
    grep -q "^OverflowError" b.txt
    grep -q "^TypeError" b.txt
    grep -q "^ValueError cw needs Sigfox(mode=Sigfox.SIGFOX)$" b.txt
    grep -q "^ValueError test_mode needs Sigfox(mode=Sigfox.SIGFOX)$" b.txt
    ! grep -q "^accepted" b.txt
}
scenario sigfox_fsk_between_two_sipys sigfox_fsk_between_two_sipys
