# The pycom module on a booted board, driven from Python over the console: NVS against
# Espressif's reference partitions, round trips, bad input, a full partition, a damaged page and
# power cuts at every flash write of nvs_set; OTA updates from Python with a rollback.

NVS_VECTORS=${NVS_VECTORS:-$PWD/../shared/vectors/nvs}

nvs_partition_is_clean() {  # nvs_partition_is_clean BOARD: ESP-IDF's reader finds no problem
    "$PYFW" flash "$1" read 0x9000 0x7000 nvs.bin >/dev/null
    "$PYFW" nvs show --check nvs.bin >nvs.txt || { cat nvs.txt; return 1; }
}

pycom_nvs_round_trips_and_bad_input() {
    pycom_board b lopy
    on_board b >out.txt <<'EOF'
import pycom
print('absent', pycom.nvs_get('count'))
for v in (0, 1, 255, 65536, 4294967295, True): pycom.nvs_set('count', v); print('rt', v, pycom.nvs_get('count'))
pycom.nvs_set('k' * 15, 15)
print('long', pycom.nvs_get('k' * 15))
for bad in ('k' * 16, ''):
    try: pycom.nvs_set(bad, 1)
    except ValueError as e: print('bad key', len(bad), e)

try: pycom.nvs_get('k' * 16)
except ValueError as e: print('get long', e)
for bad in (-1, 2**32, 2**64, -2**63):
    try: pycom.nvs_set('count', bad)
    except ValueError as e: print('range', e)

for bad in ('7', 1.5, None, b'1'):
    try: pycom.nvs_set('count', bad)
    except TypeError: print('type', type(bad).__name__)

try: pycom.nvs_set(7, 1)
except TypeError: print('key type')
try: pycom.nvs_erase('nothing')
except KeyError as e: print('KeyError', e)
pycom.nvs_set('gone', 9)
pycom.nvs_erase('gone')
print('erased', pycom.nvs_get('gone'), pycom.nvs_get('count'))
EOF
    grep -q "^absent None$" out.txt
    for v in 0 1 255 65536 4294967295; do grep -q "^rt $v $v$" out.txt; done
    grep -q "^rt True 1$" out.txt
    grep -q "^long 15$" out.txt
    grep -q "^bad key 16 invalid key (or too long)$" out.txt
    grep -q "^bad key 0 invalid key (or too long)$" out.txt
    grep -q "^get long invalid key (or too long)$" out.txt
    [ "$(grep -c "^range NVS value out of range: must be 0..4294967295$" out.txt)" -eq 4 ]
    [ "$(grep -c "^type " out.txt)" -eq 4 ]
    grep -q "^key type$" out.txt
    grep -q "^KeyError 'nothing'$" out.txt
    grep -q "^erased None 1$" out.txt
    if grep -q Traceback out.txt; then cat out.txt; return 1; fi
    # Kept across a reset (the board is powered again), and erase_all empties only PY_NVM.
    on_board b >again.txt <<'EOF'
import pycom
print('kept', pycom.nvs_get('count'), pycom.nvs_get('k' * 15))
pycom.nvs_erase_all()
print('all', pycom.nvs_get('count'), pycom.nvs_get('k' * 15))
EOF
    grep -q "^kept 1 15$" again.txt
    grep -q "^all None None$" again.txt
    nvs_partition_is_clean b
}
scenario pycom_nvs_round_trips_and_bad_input pycom_nvs_round_trips_and_bad_input

pycom_nvs_reads_and_updates_the_reference_partitions() {
    pycom_board b lopy
    local vector
    for vector in pycom_app_v1 pycom_app_v2 fleet_device_v1 fleet_device_v2; do
        rm -rf c
        cp -r b c
        "$PYFW" flash c write 0x9000 "$NVS_VECTORS/$vector.bin" >/dev/null
        # Every u32 of the CSV's PY_NVM namespace, read by pycom.nvs_get.
        local expected="" key value
        while IFS=, read -r key _ encoding value; do
            [ "$encoding" = u32 ] && expected+="$key=$value "
        done <"$NVS_VECTORS/${vector%_v*}.csv"
        on_board c >read.txt <<EOF
import pycom
print('got', ' '.join('%s=%s' % (k, pycom.nvs_get(k)) for k in '$expected'.split() for k in [k.split('=')[0]]))
pycom.nvs_set('added', 77)
pycom.nvs_set('$(cut -d= -f1 <<<"$expected")', 1)
print('after', pycom.nvs_get('added'), pycom.nvs_get('$(cut -d= -f1 <<<"$expected")'))
EOF
        grep -q "^got ${expected% }$" read.txt || { echo "$vector: expected 'got ${expected% }'"; cat read.txt; return 1; }
        grep -q "^after 77 1$" read.txt || { echo "$vector"; cat read.txt; return 1; }
        # What the firmware wrote is a valid partition, and the other namespace is untouched.
        nvs_partition_is_clean c
        if [ "${vector%_v*}" = fleet_device ]; then
            grep -q 'site = string "warehouse-7 north"' nvs.txt
            grep -q 'app_key = blob 11b0282a189b75b0b4d2d8c7fa38548b' nvs.txt
            grep -q 'dev_eui = blob 70b3d5499e6a1c2f' nvs.txt
        fi
        grep -q 'added = u32 77' nvs.txt
    done
}
if [ -d "$NVS_VECTORS" ]; then
    scenario pycom_nvs_reads_and_updates_the_reference_partitions pycom_nvs_reads_and_updates_the_reference_partitions
else
    echo "skip  pycom_nvs_reads_and_updates_the_reference_partitions: $NVS_VECTORS is absent"
fi

pycom_nvs_full_partition_says_no_space_and_loses_nothing() {
    pycom_board b lopy
    on_board b >full.txt <<'EOF'
import pycom
n = 0
try:
    while True: pycom.nvs_set('key%d' % n, n); n += 1
except OSError as e: print('full after', n, e)
print('all kept', all(pycom.nvs_get('key%d' % i) == i for i in range(n)))
pycom.nvs_erase('key0')
pycom.nvs_set('again', 5)
print('after erase', pycom.nvs_get('again'))
EOF
    grep -q "^full after [0-9]* no space available$" full.txt || { cat full.txt; return 1; }
    grep -q "^all kept True$" full.txt
    grep -q "^after erase 5$" full.txt
    nvs_partition_is_clean b
}
scenario pycom_nvs_full_partition_says_no_space_and_loses_nothing pycom_nvs_full_partition_says_no_space_and_loses_nothing

pycom_nvs_damaged_page_costs_only_that_page() {
    pycom_board b lopy
    # Fill more than one page, so the keys live on two.
    on_board b >fill.txt <<'EOF'
import pycom
for i in range(200): pycom.nvs_set('key%d' % i, i)
EOF
    # Flip a bit of the second page's header (its CRC no longer holds). The first page keeps the
    # namespace entry, without which ESP-IDF too would find none of its keys.
    local at=$((0xA000 + 8)) byte
    byte=$(od -An -tu1 -j "$at" -N1 b/flash.bin | tr -d ' ')
    printf "\\$(printf '%03o' $((byte ^ 1)))" | dd of=b/flash.bin bs=1 seek="$at" conv=notrunc 2>/dev/null
    on_board b >read.txt <<'EOF'
import pycom
got = [i for i in range(200) if pycom.nvs_get('key%d' % i) == i]
print('kept', len(got), 'lost', 200 - len(got), 'first', got[0])
pycom.nvs_set('new', 1)
print('new', pycom.nvs_get('new'))
EOF
    # The damaged page's keys are gone; the rest are kept and the store works.
    grep -q "^kept [0-9]* lost [0-9]* first [0-9]*$" read.txt || { cat read.txt; return 1; }
    local kept
    kept=$(sed -n 's/^kept \([0-9]*\) .*/\1/p' read.txt)
    [ "$kept" -gt 0 ] && [ "$kept" -lt 200 ]
    grep -q "^new 1$" read.txt
    if grep -q Traceback read.txt; then cat read.txt; return 1; fi
    nvs_partition_is_clean b
}
scenario pycom_nvs_damaged_page_costs_only_that_page pycom_nvs_damaged_page_costs_only_that_page

# A cut at every flash write of one nvs_set, with the write in flight kept, dropped or torn: the
# key reads its old or its new value, the other keys are intact, the partition is clean and the
# store works on.
nvs_set_power_cut_sweep() {  # nvs_set_power_cut_sweep BOARD SETUP_CODE KEY OLD NEW
    local board=$1 setup=$2 key=$3 old=$4 new=$5
    printf 'import pycom\n%s\n' "$setup" | on_board "$board" >setup.txt
    if grep -q Traceback setup.txt; then cat setup.txt; return 1; fi
    local change="import pycom
pycom.nvs_set('$key', $new)
"
    local note writes
    rm -rf count
    cp -r "$board" count
    note=$(on_board count --power-cut-at 1000000 <<<"$change" 2>&1 >/dev/null)
    writes=$(sed -n 's/.*: \([0-9]*\) persistent writes were made.*/\1/p' <<<"$note")
    [ -n "$writes" ] && [ "$writes" -gt 0 ] || { echo "no write count in: $note"; return 1; }
    local n pending status cuts=0
    for n in $(seq 1 "$writes"); do
        for pending in kept dropped torn; do
            rm -rf c
            cp -r "$board" c
            status=0
            on_board c --power-cut-at "$n" --pending "$pending" --seed "$n" <<<"$change" >/dev/null 2>&1 || status=$?
            [ "$status" -eq 4 ] || { echo "cut $n $pending: status $status"; return 1; }
            on_board c >after.txt <<EOF
import pycom
print('value', pycom.nvs_get('$key'))
print('others', all(pycom.nvs_get('o%d' % i) == i for i in range(40) if 'o%d' % i != '$key'))
pycom.nvs_set('later', 3)
print('later', pycom.nvs_get('later'))
EOF
            grep -Eq "^value ($old|$new)$" after.txt || { echo "cut $n $pending:"; cat after.txt; return 1; }
            grep -q "^others True$" after.txt || { echo "cut $n $pending: other keys lost"; return 1; }
            grep -q "^later 3$" after.txt
            nvs_partition_is_clean c
            cuts=$((cuts + 1))
        done
    done
    echo "$cuts cuts over $writes writes"
}

pycom_nvs_power_cut_at_every_write_of_nvs_set() {
    pycom_board b lopy
    # A replaced value, a first value, and one whose write must reclaim a page first.
    nvs_set_power_cut_sweep b "for i in range(40): pycom.nvs_set('o%d' % i, i)
" o7 7 70000
    rm -rf b2
    pycom_board b2 lopy
    nvs_set_power_cut_sweep b2 "for i in range(40): pycom.nvs_set('o%d' % i, i)
" fresh None 5
    rm -rf b3
    pycom_board b3 lopy
    nvs_set_power_cut_sweep b3 "for i in range(40): pycom.nvs_set('o%d' % i, i)
for j in range(660): pycom.nvs_set('churn', j)
" o3 3 33
}
scenario pycom_nvs_power_cut_at_every_write_of_nvs_set pycom_nvs_power_cut_at_every_write_of_nvs_set

# An update written from Python in chunks of odd sizes: the next boot runs it; a second one is
# damaged in flash after ota_finish, so the bootloader rolls back to the image before it; a
# truncated image is refused by ota_finish and the board keeps its firmware.
pycom_ota_from_python_with_rollback() {
    pycom_board b lopy
    "$PYFW" build --board lopy --out v2 --firmware-version 1.18.0 >/dev/null
    "$PYFW" build --board lopy --out v3 --firmware-version 1.18.1 >/dev/null
    cp v2/appimg.bin v2.bin
    cp v3/appimg.bin v3.bin
    "$PYFW" fs b put v2.bin >/dev/null
    "$PYFW" fs b put v3.bin >/dev/null
    ota_from_python() {  # ota_from_python FILE CHUNK [cut]: prints the slot and what verify says
        on_board b <<EOF2
import pycom
print('slot', hex(pycom.ota_slot()))
try:
    pycom.ota_write(b'x')
except OSError as e:
    print('before start:', e)
pycom.ota_start()
f = open('/flash/$1', 'rb')
size = 0
while True:
    chunk = f.read($2)
    if not chunk:
        break
    if '${3:-}' == 'cut' and size + len(chunk) > 60000:
        chunk = chunk[:60000 - size]
        pycom.ota_write(chunk)
        break
    pycom.ota_write(chunk)
    size += len(chunk)
f.close()
print('verify', pycom.ota_verify())
try:
    pycom.ota_finish()
    print('finished')
except OSError as e:
    print('finish refused:', e)
EOF2
    }
    ota_from_python v2.bin 1357 >ota.txt
    grep -q "^slot 0x1a0000$" ota.txt || { cat ota.txt; return 1; }
    grep -q "^before start: ota_write before ota_start$" ota.txt || { cat ota.txt; return 1; }
    grep -q "^verify True$" ota.txt
    grep -q "^finished$" ota.txt
    on_board b </dev/null >boot.txt
    grep -q "New image verified" boot.txt
    grep -q "^Firmware: Pycom MicroPython 1.18.0 " boot.txt
    # The next update goes to the factory slot; the image is damaged after ota_finish.
    ota_from_python v3.bin 4099 >ota.txt
    grep -q "^slot 0x10000$" ota.txt || { cat ota.txt; return 1; }
    grep -q "^finished$" ota.txt
    printf '\x00\x00\x00\x00' | dd of=b/flash.bin bs=1 seek=$((0x10000 + 5000)) conv=notrunc 2>/dev/null
    on_board b </dev/null >boot.txt
    grep -q "^Firmware: Pycom MicroPython 1.18.0 " boot.txt || { cat boot.txt; return 1; }
    grep -qi "roll" boot.txt || { cat boot.txt; return 1; }
    # A truncated image: ota_verify says False and ota_finish refuses it; 1.18.0 stays.
    ota_from_python v3.bin 7 cut >ota.txt
    grep -q "^verify False$" ota.txt || { cat ota.txt; return 1; }
    grep -q "^finish refused: the written image would not start" ota.txt
    on_board b </dev/null >boot.txt
    grep -q "^Firmware: Pycom MicroPython 1.18.0 " boot.txt
}
scenario pycom_ota_from_python_with_rollback pycom_ota_from_python_with_rollback
