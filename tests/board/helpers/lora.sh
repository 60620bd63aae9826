# Helpers of the LoRa suites (lora*.sh, fleet.sh): boards with a LoRa main.py, the server's log,
# DevEUIs and the LORA_NVM namespace.

LORA_SCRIPTS="$PWD/tests/board/scenarios/lora"

# lora_board DIR MODEL SCRIPT: a board of the model with the firmware and SCRIPT (a name in
# tests/board/scenarios/lora/ or an absolute path) as its main.py.
lora_board() {
    [ -d fw-"$2" ] || "$PYFW" build --board "$2" --out fw-"$2" >/dev/null
    "$PYFW" board create "$1" --model "$2" >/dev/null
    "$PYFW" flash "$1" write 0x1000 fw-"$2"/bootloader.bin 0x8000 fw-"$2"/partitions.bin 0x10000 fw-"$2/$2".bin >/dev/null
    case $3 in
    /*) cp "$3" main.py ;;
    *) cp "$LORA_SCRIPTS/$3" main.py ;;
    esac
    "$PYFW" fs "$1" put main.py >/dev/null
}

# wait_for_line FILE SED_EXPRESSION: prints what the expression extracts once FILE has it.
wait_for_line() {
    local found=""
    for _ in $(seq 1 200); do
        found=$(sed -n "$2" "$1" 2>/dev/null | head -1)
        [ -n "$found" ] && break
        sleep 0.05
    done
    echo "$found"
}

# board_deveui DIR: the board's DevEUI (its LPWAN MAC: the chip's MAC with FF FE in the middle).
board_deveui() {
    local mac
    mac=$(board_mac "$1")
    echo "${mac:0:6}fffe${mac:6:6}"
}

# The board's LORA_NVM namespace as `pyfw nvs show` lists it.
lora_nvram() {
    "$PYFW" flash "$1" read 0x9000 0x7000 nvs.bin >/dev/null
    "$PYFW" nvs show nvs.bin
}

# network_for_boards REGISTRY BOARDS REGION DURATION [NS_OPTIONS...]: pyfw ns serve on REGISTRY
# (log: ns.log) and a world in front of it (world.log) that waits for BOARDS boards at ./w.sock and
# ends at DURATION; pids in ns_pid, world_pid.
network_for_boards() {
    local registry=$1 boards=$2 region=$3 duration=$4
    shift 4
    "$PYFW" ns serve --registry "$registry" --port 0 --verbose "$@" >ns.log 2>&1 &
    ns_pid=$!
    local port
    port=$(wait_for_line ns.log 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p')
    [ -n "$port" ] || { kill $ns_pid; cat ns.log; return 1; }
    "$PYFW" world serve --socket "$PWD/w.sock" --region "$region" --network-port "$port" --boards "$boards" \
        --duration "$duration" >world.log 2>&1 &
    world_pid=$!
    for _ in $(seq 1 200); do [ -S w.sock ] && break; sleep 0.05; done
}

# network_for_one_board REGION [NS_OPTIONS...]: network_for_boards for one board on ./reg.json.
network_for_one_board() {
    local region=$1
    shift
    network_for_boards reg.json 1 "$region" 3h "$@"
}

# network_done STATUS: after the board's run (log.txt) with STATUS, waits for the world and stops the
# server; fails, with the logs, when the board or the world did.
network_done() {
    local status=$1
    wait $world_pid || status=$?
    kill -INT $ns_pid; wait $ns_pid 2>/dev/null || true
    [ "$status" -eq 0 ] || { tail -30 log.txt; cat world.log; tail -30 ns.log; return 1; }
    no_traceback log.txt
}
