# The LoRaWAN notes of Pycom's 1.17.2 release as board tests in EU868, AS923, US915 and AU915, on
# virtual time: the join's data rate on every retry and after the accept, Rx timestamps in µs, and
# the channel mask and pending MAC commands across nvram_save() + deep sleep + nvram_restore()
# between every pair of frames. Uses lora_board and wait_for_line (tests/board/helpers/lora.sh).

# notes_script NAME REGION KEY=VALUE...: tests/board/scenarios/lora/NAME with its @KEY@s filled in,
# as ./NAME.
notes_script() {
    local name=$1 region=$2
    shift 2
    sed "s/@REGION@/$region/" "$LORA_SCRIPTS/$name" >"$name"
    local pair
    for pair in "$@"; do sed -i "s/@${pair%%=*}@/${pair#*=}/" "$name"; done
    echo "$PWD/$name"
}

# notes_world BOARD REGION [NS_OPTIONS...]: ns serve with the test device (OTAA, DevEUI
# 0011223344556677) and a world in front of it; the board boots into it. Logs: ns.log, log.txt.
notes_world() {
    local board=$1 region=$2
    shift 2
    rm -f reg.json reg.sqlite* w.sock
    "$PYFW" ns add-device --registry reg.json --region "$region" --name notes --dev-eui 0011223344556677 \
        --app-eui 70B3D57ED0001234 --app-key 8D7FFEF938589D95AAD928C2E2E7E48F >/dev/null
    network_for_one_board "$region" "$@"
    local status=0
    timeout 300 "$PYFW" board boot "$board" --world "$PWD/w.sock" --cycles 40 | tr -d '\r' >log.txt || status=$?
    network_done $status
}

# The spreading factor of each region's DR under test (a rate other than the default join rate,
# except in AS923, which joins at DR2 only).
notes_join_dr() {
    case $1 in EU868) echo 1 ;; AS923) echo 2 ;; US915 | AU915) echo 0 ;; esac
}
notes_join_sf() {
    case $1 in EU868) echo 11 ;; AS923) echo 10 ;; US915) echo 10 ;; AU915) echo 12 ;; esac
}

# One board run per region serves the three join notes: it is made once, in $work, and each note's
# scenario reads its logs (log.txt: the board, ns.log: the server).
notes_join_run() {
    local region=$1 dr cache="$work/notes_join_$1"
    if [ ! -f "$cache/done" ]; then
        dr=$(notes_join_dr "$region")
        mkdir -p "$cache"
        (cd "$cache" && lora_board b lopy4 "$(notes_script join_dr.py "$region" DR="$dr")" && notes_world b "$region" &&
            touch done) || { cat "$cache/log.txt" "$cache/ns.log" 2>/dev/null; return 1; }
    fi
    cp "$cache/log.txt" "$cache/ns.log" .
}

notes_join_retries_at_the_requested_dr() {
    local region=$1 sf refused
    sf=$(notes_join_sf "$region")
    notes_join_run "$region"
    grep -q "^wrong key: not joined False$" log.txt
    # Every request the server refused (the first and at least four retries) at the requested rate.
    refused=$(grep -c "^dropped notes .*: bad MIC" ns.log)
    [ "$refused" -ge 5 ] || { cat ns.log; return 1; }
    [ "$(grep "^dropped notes .*: bad MIC" ns.log | grep -c " SF$sf,")" -eq "$refused" ] || { cat ns.log; return 1; }
    grep -q "^retries at SF $sf$" log.txt
    grep -q "^join notes .* SF$sf," ns.log || { cat ns.log; return 1; }
}

notes_dr_kept_after_the_join_accept() {
    local region=$1 sf
    sf=$(notes_join_sf "$region")
    notes_join_run "$region"
    # ADR on: the first uplink goes at the join's rate, on the board's stats and at the server.
    grep -q "^first uplink at SF $sf$" log.txt
    grep -q "^uplink notes .* FCnt 0 port 2 confirmed payload 6b657074 .* SF$sf," ns.log || { cat ns.log; return 1; }
}

notes_rx_timestamps_in_us() {
    notes_join_run "$1"
    # The join accept's and the ACK's timestamps fall between utime.ticks_us() readings taken
    # before and after, at 5 s and about 1 s (counted in µs) after the request.
    grep -q "^join accept timestamp in order True True$" log.txt
    grep -q "^ack timestamp in order True True$" log.txt
}

for region in EU868 AS923 US915 AU915; do
    for note in join_retries_at_the_requested_dr dr_kept_after_the_join_accept rx_timestamps_in_us; do
        name="lora_note_${note}_$(tr 'A-Z' 'a-z' <<<"$region")"
        eval "$name() { notes_$note $region; }"
        scenario "$name" "$name"
    done
done

# One board, copied before its first boot (same MAC, so the same random choices), runs the same
# frames twice: sleeping between every pair of frames, then awake. The server must have seen the
# same frames (channels, data rates, counters, MAC answers in FOpts) and the boards must hold the
# same session. US915 and AU915 get their channel mask from the server (sub-band 2); EU868 and
# AS923 turn two channels off themselves. Every other uplink brings a DevStatusReq, answered in
# the next uplink, after the sleep.
notes_nvram_between_every_pair_of_frames() {
    local region=$1 sub_band=()
    case $region in US915 | AU915) sub_band=(--sub-band 2) ;; esac
    lora_board slept lopy4 "$(notes_script nvram_every_frame.py "$region" SLEEP=True)"
    cp -r slept awake
    notes_script nvram_every_frame.py "$region" SLEEP=False >/dev/null
    cp nvram_every_frame.py main.py && "$PYFW" fs awake put main.py >/dev/null
    local run
    for run in slept awake; do
        notes_world "$run" "$region" --dev-status-every 2 "${sub_band[@]}"
        grep -q "^done 12$" log.txt || { cat log.txt; return 1; }
        mv log.txt "$run.txt"
        grep "^uplink notes" ns.log >"$run.uplinks"
        lora_nvram "$run" | sed -n '/^namespace LORA_NVM$/,/^namespace /p' | grep -v "^namespace " >"$run.nvram"
    done
    [ "$(grep -c "^restored [0-9]* True$" slept.txt)" -eq 11 ] || { cat slept.txt; return 1; }
    grep -q "^restored" awake.txt && return 1
    [ "$(wc -l <slept.uplinks)" -eq 12 ] || { cat slept.uplinks; return 1; }
    diff slept.uplinks awake.uplinks || return 1
    # MAC answers were pending across the sleeps: DevStatusAns (06) in FOpts of later uplinks.
    [ "$(grep -c " fopts [0-9a-f]*06" slept.uplinks)" -ge 4 ] || { cat slept.uplinks; return 1; }
    # The channel mask held: no uplink after the change on a channel it turned off.
    case $region in
    EU868) ! sed 1d slept.uplinks | grep -q "867\.300 MHz\|867\.700 MHz" ;;
    AS923) ! sed 1d slept.uplinks | grep -q "924\.000 MHz\|924\.400 MHz" ;;
    US915) [ "$(sed 1,2d slept.uplinks | grep -vc "90[345]\.[0-9]* MHz")" -eq 0 ] ;;
    AU915) [ "$(sed 1,2d slept.uplinks | grep -vc "91[67]\.[0-9]* MHz")" -eq 0 ] ;;
    esac || { echo "an uplink on a channel the mask turned off"; cat slept.uplinks; return 1; }
    # The same session on both boards; the duty-cycle timers in MACPARAMS are times, which differ
    # by the boot time a deep sleep costs, so MACPARAMS is compared up to them (its first 25 bytes).
    diff <(grep -v "MACPARAMS" slept.nvram) <(grep -v "MACPARAMS" awake.nvram) || return 1
    [ "$(grep "MACPARAMS" slept.nvram | cut -c1-68)" = "$(grep "MACPARAMS" awake.nvram | cut -c1-68)" ]
}

for region in EU868 AS923 US915 AU915; do
    name="lora_note_nvram_between_every_pair_of_frames_$(tr 'A-Z' 'a-z' <<<"$region")"
    eval "$name() { notes_nvram_between_every_pair_of_frames $region; }"
    scenario "$name" "$name"
done
