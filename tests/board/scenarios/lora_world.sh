# Boards in a world (`pyfw world serve`): their radios share the air with gateways that forward
# over Semtech UDP to `pyfw ns serve`, on virtual time.

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

lora_world_board_joins_ns_serve_through_the_gateway() {
    lora_board b lopy4 otaa_example.py
    local mac deveui
    mac=$(sed -n 's/.*"mac": *"\([0-9a-f:]*\)".*/\1/p' b/board.json | tr -d :)
    deveui="${mac:0:6}fffe${mac:6:6}"
    "$PYFW" ns add-device --registry reg.json --name b --dev-eui "$deveui" --app-eui 70B3D57ED0001234 \
        --app-key 8D7FFEF938589D95AAD928C2E2E7E48F >/dev/null
    "$PYFW" ns serve --registry reg.json --port 0 --verbose >ns.log 2>&1 &
    local ns=$!
    local port
    port=$(wait_for_line ns.log 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p')
    [ -n "$port" ] || { kill $ns; cat ns.log; return 1; }
    # A bounded world: a board that never joined would otherwise retry for ever.
    "$PYFW" world serve --socket "$PWD/w.sock" --network-port "$port" --boards 1 --duration 1h >world.log 2>&1 &
    local world=$!
    for _ in $(seq 1 200); do [ -S w.sock ] && break; sleep 0.05; done
    local status=0
    timeout 120 "$PYFW" board boot b --world "$PWD/w.sock" | tr -d '\r' >log.txt || status=$?
    wait $world || status=$?
    kill $ns; wait $ns 2>/dev/null || true
    [ "$status" -eq 0 ] || { cat log.txt world.log ns.log; return 1; }
    no_traceback log.txt
    grep -q "^Joined$" log.txt
    [ "$(grep -c "^sent [0-2] received b''$" log.txt)" -eq 3 ]
    # The server saw the join and the three uplinks, each with the board's payload.
    grep -qi "join.*$deveui" ns.log || { cat ns.log; return 1; }
    [ "$(grep -ci "uplink.*01020300\|uplink.*01020301\|uplink.*01020302" ns.log)" -eq 3 ] || { cat ns.log; return 1; }
}
scenario lora_world_board_joins_ns_serve_through_the_gateway lora_world_board_joins_ns_serve_through_the_gateway

lora_world_two_boards_exchange_raw_lora_packets() {
    lora_board a lopy raw_ping.py
    lora_board b lopy4 raw_pong.py
    "$PYFW" world serve --socket "$PWD/w.sock" --boards 2 --duration 10m >world.log 2>&1 &
    local world=$!
    for _ in $(seq 1 200); do [ -S w.sock ] && break; sleep 0.05; done
    timeout 120 "$PYFW" board boot a --world "$PWD/w.sock" --position 0,50 | tr -d '\r' >a.txt &
    local a=$!
    local status=0
    timeout 120 "$PYFW" board boot b --world "$PWD/w.sock" --position 0,-50 | tr -d '\r' >b.txt || status=$?
    wait $a || status=$?
    wait $world || status=$?
    [ "$status" -eq 0 ] || { cat a.txt b.txt world.log; return 1; }
    no_traceback a.txt
    no_traceback b.txt
    [ "$(grep -c "^pong [0-4] b'PONG [0-4]'$" a.txt)" -eq 5 ] || { cat a.txt b.txt; return 1; }
    [ "$(grep -c "^ping b'PING [0-4]' rssi -[0-9]*$" b.txt)" -eq 5 ] || { cat a.txt b.txt; return 1; }
}
scenario lora_world_two_boards_exchange_raw_lora_packets lora_world_two_boards_exchange_raw_lora_packets
