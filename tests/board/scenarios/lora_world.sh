# Boards in a world (`pyfw world serve`): their radios share the air with gateways that forward
# over Semtech UDP to `pyfw ns serve`, on virtual time (and once on real time).

# run_in_world BOARD_DIR [BOOT_OPTIONS...]: pyfw ns serve with the board's OTAA identity, a world
# whose gateway forwards to it, and the board in that world; the logs are ns.log, world.log, log.txt.
run_in_world() {
    local board=$1
    shift
    "$PYFW" ns add-device --registry reg.json --name "$board" --dev-eui "$(board_deveui "$board")" \
        --app-eui 70B3D57ED0001234 --app-key 8D7FFEF938589D95AAD928C2E2E7E48F >/dev/null
    "$PYFW" ns serve --registry reg.json --port 0 --verbose >ns.log 2>&1 &
    local ns=$!
    local port
    port=$(wait_for_line ns.log 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p')
    [ -n "$port" ] || { kill $ns; cat ns.log; return 1; }
    # A bounded world: a board that never joined would otherwise retry for ever.
    local bound=(--boards 1 --duration 1h)
    [ "${WORLD_REAL_TIME:-}" ] && bound=(--real-time)   # it ends when the board leaves
    "$PYFW" world serve --socket "$PWD/w.sock" --network-port "$port" "${bound[@]}" >world.log 2>&1 &
    local world=$!
    for _ in $(seq 1 200); do [ -S w.sock ] && break; sleep 0.05; done
    local status=0
    timeout 120 "$PYFW" board boot "$board" --world "$PWD/w.sock" "$@" | tr -d '\r' >log.txt || status=$?
    wait $world || status=$?
    kill $ns; wait $ns 2>/dev/null || true
    [ "$status" -eq 0 ] || { cat log.txt world.log ns.log; return 1; }
}

lora_world_board_joins_ns_serve_through_the_gateway() {
    lora_board b lopy4 otaa_example.py
    local deveui
    deveui=$(board_deveui b)
    run_in_world b
    no_traceback log.txt
    grep -q "^Joined$" log.txt
    [ "$(grep -c "^sent [0-2] received b''$" log.txt)" -eq 3 ]
    # The server saw the join and the three uplinks, each with the board's payload.
    grep -qi "join.*$deveui" ns.log || { cat ns.log; return 1; }
    [ "$(grep -ci "uplink.*01020300\|uplink.*01020301\|uplink.*01020302" ns.log)" -eq 3 ] || { cat ns.log; return 1; }
}
scenario lora_world_board_joins_ns_serve_through_the_gateway lora_world_board_joins_ns_serve_through_the_gateway

# The 1.17.2 deep-sleep fix end to end: one join, then a frame after each of four deep sleeps, each
# accepted by the server with the next frame counter (a lost session would reset it to 0).
lora_world_session_survives_deep_sleep_at_the_server() {
    lora_board b lopy4 otaa_deep_sleep.py
    local deveui
    deveui=$(board_deveui b)
    run_in_world b --cycles 5
    no_traceback log.txt
    [ "$(grep -c "^joined$" log.txt)" -eq 1 ]
    [ "$(grep -c "^sent, sleeping$" log.txt)" -eq 5 ]
    [ "$(grep -ci "^join " ns.log)" -eq 1 ] || { cat ns.log; return 1; }
    local fcnt
    for fcnt in 0 1 2 3 4; do
        grep -qi "^uplink b ($deveui) .* FCnt $fcnt port 2 payload 77616b65" ns.log || { cat ns.log; return 1; }
    done
    grep -q " 0 drops," ns.log || { cat ns.log; return 1; }
}
scenario lora_world_session_survives_deep_sleep_at_the_server lora_world_session_survives_deep_sleep_at_the_server

# A board standing at the gateway (distance 0): the SNR is the receiver's maximum (+10 dB), which
# the gateway forwards as a valid lsnr, and the server accepts every frame.
lora_world_board_at_the_gateways_position() {
    lora_board b lopy4 otaa_example.py
    run_in_world b --position 0,0
    no_traceback log.txt
    grep -q "^Joined$" log.txt
    [ "$(grep -c "^uplink .*SNR 10.0 dB" ns.log)" -eq 3 ] || { cat ns.log; return 1; }
    grep -q " 0 drops, 0 bad datagrams" ns.log || { cat ns.log; return 1; }
}
scenario lora_world_board_at_the_gateways_position lora_world_board_at_the_gateways_position

# The same path on real time, for people: the board takes the world's clock, a thread of it reads
# the world's events as they come, and the join and a confirmed uplink work in seconds of real time.
lora_world_board_in_a_real_time_world() {
    lora_board b lopy4 realtime_join.py
    WORLD_REAL_TIME=1 run_in_world b
    no_traceback log.txt
    grep -q "^joined in [5-9] s$" log.txt || { cat log.txt; return 1; }
    grep -q "^sent in [1-3] s, events 2 trials 1$" log.txt || { cat log.txt ns.log; return 1; }
    grep -q "^uplink b .* FCnt 0 port 2 confirmed payload 7265616c" ns.log || { cat ns.log; return 1; }
    grep -q "real time" world.log
}
scenario lora_world_board_in_a_real_time_world lora_world_board_in_a_real_time_world

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

# A board among 1,000 simulated devices powering up over five minutes: it shares the air (and its
# collisions) with them, and joins and sends through the world's in-process network server.
lora_world_board_and_a_thousand_simulated_devices_share_the_air() {
    lora_board b lopy4 otaa_example.py
    "$PYFW" ns add-device --registry reg.json --name b --dev-eui "$(board_deveui b)" \
        --app-eui 70B3D57ED0001234 --app-key 8D7FFEF938589D95AAD928C2E2E7E48F >/dev/null
    "$PYFW" world serve --socket "$PWD/w.sock" --devices 1000 --start-spread 5m --boards 1 --registry reg.json \
        --duration 1h >world.log 2>&1 &
    local world=$!
    for _ in $(seq 1 200); do [ -S w.sock ] && break; sleep 0.05; done
    local status=0
    timeout 120 "$PYFW" board boot b --world "$PWD/w.sock" | tr -d '\r' >log.txt || status=$?
    wait $world || status=$?
    [ "$status" -eq 0 ] || { cat log.txt world.log; return 1; }
    no_traceback log.txt
    grep -q "^Joined$" log.txt
    [ "$(grep -c "^sent [0-2] received b''$" log.txt)" -eq 3 ]
    grep -q "1 boards; [0-9]* frames on the air" world.log
    local frames
    frames=$(sed -n 's/.*1 boards; \([0-9]*\) frames on the air.*/\1/p' world.log)
    [ "$frames" -gt 100 ] || { cat world.log; return 1; }
}
scenario lora_world_board_and_a_thousand_simulated_devices_share_the_air lora_world_board_and_a_thousand_simulated_devices_share_the_air
