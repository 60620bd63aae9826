# A fleet through the pyfw commands: 150 LoPy4 boards provisioned from one secure build in release
# mode (each its own flash encryption key, LoRaWAN identity and NVS partition), each booted; the
# manifest and key files checked; a re-run refused; the whole fleet joining `pyfw ns serve` over
# the boards' own radios with the generated registry; and a fleet OTA where a corrupt, a wrongly signed and a wrong-model image leave their boards untouched.
# FLEET_SIZE makes the fleet smaller for a quick run.

# fleet_joins_over_the_air N: every board gets the fleet's main.py and its own LoRaWAN key file on
# /flash (through its flash encryption key, as the fleet's owner would), then all N boot in one
# world whose gateway forwards to `pyfw ns serve` with the registry the fleet wrote: each joins with
# its own AppKey and its uplink reaches the server.
fleet_joins_over_the_air() {
    local n=$1 board mac status=0
    for board in boards/b*; do
        mac=$(board_mac "$board")
        "$PYFW" fs "$board" --keyfile "keys/$mac.flash_encryption_key.bin" put "keys/$mac.lorawan.json" /lorawan.json >/dev/null
        "$PYFW" fs "$board" --keyfile "keys/$mac.flash_encryption_key.bin" put "$root/examples/fleet/main.py" /main.py >/dev/null
    done
    network_for_boards keys/registry.json "$n" EU868 1h
    mkdir -p consoles
    for board in boards/b*; do
        timeout 600 "$PYFW" board boot "$board" --world "$PWD/w.sock" </dev/null | tr -d '\r' >"consoles/${board#boards/}.txt" &
    done
    wait_all_but "$ns_pid" || status=$?
    kill "$ns_pid"
    wait "$ns_pid" 2>/dev/null || true
    [ "$status" -eq 0 ] || { cat world.log; return 1; }
    # Every board joined with its own key, and the server saw each board's join and uplink.
    [ "$(grep -l "^joined as " consoles/*.txt | wc -l)" -eq "$n" ] || { grep -L "^joined as " consoles/*.txt | head -3; return 1; }
    [ "$(grep -l "^sent$" consoles/*.txt | wc -l)" -eq "$n" ]
    for board in boards/b*; do
        mac=$(board_mac "$board")
        grep -qi "^join .*$(board_deveui "$board")" ns.log || { echo "no join of $board at the server"; return 1; }
        grep -qi "^uplink .*$(board_deveui "$board").* payload 68656c6c6f" ns.log || { echo "no uplink of $board"; return 1; }
        # Away from the world the boards boot as before.
        "$PYFW" fs "$board" --keyfile "keys/$mac.flash_encryption_key.bin" rm /main.py >/dev/null
    done
}

# wait_all_but PID: waits for every background job but PID; fails when one of them failed.
wait_all_but() {
    local job status=0
    for job in $(jobs -p); do
        [ "$job" = "$1" ] && continue
        wait "$job" || status=$?
    done
    return $status
}

fleet_150_boards_provisioned_joined_and_updated() {
    local n=${FLEET_SIZE:-150} i status
    "$PYFW" build --board lopy4 --out v1 --secure --anti-rollback --secure-version 1 2>/dev/null >/dev/null
    "$PYFW" build --board lopy4 --out v2 --secure --anti-rollback --secure-version 2 --firmware-version 1.18.0 >/dev/null 2>&1
    mkdir boards
    for i in $(seq 1 "$n"); do
        "$PYFW" board create "boards/b$(printf %03d "$i")" --model lopy4 --mac "$(printf '24:0a:c4:01:%02x:%02x' $((i / 256)) $((i % 256)))" >/dev/null
    done
    cat >template.csv <<'CSV'
key,type,encoding,value
PY_NVM,namespace,,
device_no,data,u32,{index}
interval_s,data,u32,600
fleet,namespace,,
dev_eui,data,hex2bin,{dev_eui}
site,data,string,warehouse-7 {mac}
CSV
    "$PYFW" fleet provision boards/b* --build v1 --keys keys --manifest fleet.json --nvs-template template.csv \
        --app-eui 70b3d57ed0001234 --release --yes >prov.txt 2>&1
    [ "$(grep -c 'provisioned (release), booted 1.17.2.b1$' prov.txt)" -eq "$n" ]
    # Keys: one per board, all different, mode 0600, never in a log or the manifest.
    [ "$(ls keys/*.flash_encryption_key.bin | wc -l)" -eq "$n" ]
    [ "$(cat keys/*.flash_encryption_key.bin | od -An -tx1 -w32 -v | sort -u | wc -l)" -eq "$n" ]
    [ -z "$(find keys -type f ! -perm 600)" ]
    python3 - "$n" <<'PY'
import json, os, sys, glob
n = int(sys.argv[1])
manifest = json.load(open("fleet.json"))
boards = manifest["boards"]
assert len(boards) == n, len(boards)
secrets = [open(f, "rb").read().hex() for f in glob.glob("keys/*.flash_encryption_key.bin")]
secrets += [json.load(open(f))["app_key"] for f in glob.glob("keys/*.lorawan.json")]
texts = open("fleet.json").read() + open("prov.txt").read()
for secret in secrets:
    assert secret not in texts.lower(), "a key is in the manifest or the log"
for record in boards:
    for field in ("dir", "mac", "model", "flash_encryption_key", "lorawan_keys", "dev_eui", "app_eui", "firmware", "efuse"):
        assert field in record, (field, record)
    assert record["model"] == "lopy4"
    assert os.path.exists(os.path.join("keys", record["flash_encryption_key"]))
    mac = record["mac"].split(":")
    assert record["dev_eui"] == "".join(mac[:3]) + "fffe" + "".join(mac[3:])
    fuses = record["efuse"]
    assert fuses["flash_encryption"] and fuses["secure_boot"] and fuses["download_decrypt_disabled"], fuses
    assert fuses["flash_crypt_cnt_write_protected"] and fuses["flash_encryption_key_protected"], fuses
    assert fuses["minimum_secure_version"] == 1, fuses
    assert record["firmware"]["build_id"] == json.load(open("v1/flash.json"))["build_id"]
registry = json.load(open("keys/registry.json"))
assert len(registry["devices"]) == n
PY
    # Each board's NVS partition was made from the template (read back raw: NVS is not encrypted).
    "$PYFW" flash boards/b007 read 0x9000 0x7000 nvs7.bin >/dev/null
    "$PYFW" nvs show --json --check nvs7.bin >nvs7.json
    python3 -c "
import json; values = {(v['namespace'], v['key']): v['value'] for v in json.load(open('nvs7.json'))['values']}
assert values[('PY_NVM', 'device_no')] == 7, values
assert values[('fleet', 'site')] == 'warehouse-7 240ac4010007', values"
    # A second run refuses boards that are provisioned, unless asked to leave them be.
    expect_fail "is already provisioned: BLK1 already holds a flash encryption key" \
        "$PYFW" fleet provision boards/b001 --build v1 --keys keys --manifest fleet.json --release --yes
    output_has "already provisioned (BLK1 already holds a flash encryption key); left as it is" \
        "$PYFW" fleet provision boards/b001 --build v1 --keys keys --manifest fleet.json --skip-provisioned --release --yes

    fleet_joins_over_the_air "$n"

    # Fleet OTA: three boards get a bad image each; every other board updates and boots 1.18.0.
    "$PYFW" build --board fipy --out fipy --secure 2>/dev/null >/dev/null
    "$PYFW" build --board lopy4 --out other --secure --signing-key other.pem --encryption-key other.bin --secure-version 2 >/dev/null 2>&1
    cp v2/lopy4.bin corrupt.bin
    printf '\x55' | dd of=corrupt.bin bs=1 seek=3000 conv=notrunc 2>/dev/null
    local before2 before3 before4
    before2=$(sha256sum boards/b002/flash.bin)
    before3=$(sha256sum boards/b003/flash.bin)
    before4=$(sha256sum boards/b004/flash.bin)
    status=0
    "$PYFW" fleet ota fleet.json v2/lopy4.bin --board-image 24:0a:c4:01:00:02=corrupt.bin \
        --board-image 24:0a:c4:01:00:03=other/lopy4.bin --board-image 24:0a:c4:01:00:04=fipy/fipy.bin >ota.txt 2>&1 || status=$?
    [ "$status" -ne 0 ]
    grep -q "^$((n - 3)) updated, 3 failed$" ota.txt || { tail -5 ota.txt; return 1; }
    grep -q "b002 .*refused, flash untouched: .*" ota.txt
    grep -q "b003 .*refused, flash untouched: .*signature" ota.txt
    grep -q "b004 .*refused, flash untouched: .*built for a FiPy" ota.txt
    [ "$before2" = "$(sha256sum boards/b002/flash.bin)" ]
    [ "$before3" = "$(sha256sum boards/b003/flash.bin)" ]
    [ "$before4" = "$(sha256sum boards/b004/flash.bin)" ]
    [ "$(grep -c 'updated to 1.18.0 in the slot at 0x1a0000, booted$' ota.txt)" -eq $((n - 3)) ]
    output_has "^Firmware: Pycom MicroPython 1.18.0 " "$PYFW" board boot boards/b001
    output_has "^Firmware: Pycom MicroPython 1.17.2.b1 " "$PYFW" board boot boards/b002
    # Anti-rollback: the updated boards now refuse the old release.
    expect_fail "below the minimum 2" "$PYFW" fleet ota fleet.json v1/lopy4.bin
}
scenario fleet_150_boards_provisioned_joined_and_updated fleet_150_boards_provisioned_joined_and_updated
