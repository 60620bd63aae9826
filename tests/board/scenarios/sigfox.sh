# network.Sigfox's identity and zones on the boards that carry the radio (SiPy, LoPy4, FiPy), its
# errors, and the boards without it.

# sigfox_board MODEL DIR: a flashed board of MODEL in DIR (each image built once).
sigfox_board() {
    local image="$work/sigfox_image_$1"
    [ -f "$image/$1.bin" ] || "$PYFW" build --board "$1" --out "$image" >/dev/null
    "$PYFW" board create "$2" --model "$1" >/dev/null
    "$PYFW" flash "$2" write 0x1000 "$image/bootloader.bin" 0x8000 "$image/partitions.bin" 0x10000 "$image/$1.bin" >/dev/null
}

# sigfox_run DIR SCRIPT: SCRIPT as main.py, one boot; the console goes to out.txt.
sigfox_run() {
    cp "$2" main.py
    "$PYFW" fs "$1" put main.py /main.py >/dev/null 2>&1
    "$PYFW" board boot "$1" </dev/null | tr -d '\r' >out.txt
    if grep -q "Traceback" out.txt; then cat out.txt; return 1; fi
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
for later in (s.rssi, s.info, s.test_mode):
    try:
        later()
    except NotImplementedError as e:
        print('NotImplementedError')
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
        [ "$(grep -c '^NotImplementedError$' out.txt)" -eq 3 ]
    done
}
scenario sigfox_identity_and_zones sigfox_identity_and_zones

sigfox_fsk_and_boards_without_the_radio() {
    sigfox_board lopy4 l4
    printf 'from network import Sigfox\ntry:\n    Sigfox(mode=Sigfox.FSK, frequency=868000000)\nexcept ValueError as e:\n    print(e)\n\n' >fsk.py
    sigfox_run l4 fsk.py
    grep -q "^FSK mode is only available on the SiPy$" out.txt
    sigfox_board sipy s
    printf 'from network import Sigfox\ntry:\n    Sigfox(mode=Sigfox.FSK, frequency=868000000)\nexcept NotImplementedError as e:\n    print(e)\n\n' >fsk.py
    sigfox_run s fsk.py
    grep -q "^network.Sigfox: FSK mode is not supported by pyfw yet$" out.txt
    sigfox_board gpy g
    printf 'from network import Sigfox\ntry:\n    Sigfox()\nexcept OSError as e:\n    print(e)\n\n' >none.py
    sigfox_run g none.py
    grep -q "^the GPy has no Sigfox radio$" out.txt
}
scenario sigfox_fsk_and_boards_without_the_radio sigfox_fsk_and_boards_without_the_radio
