# Pycom's certification program (examples/certification) on a board in a world, answering the
# port-224 test that `pyfw ns serve --compliance` drives, in every region, with OTAA and with ABP,
# on virtual time. Uses lora_board and wait_for_line (tests/board/helpers/lora.sh).

CERTIFICATION="$PWD/examples/certification"

# certify REGION MENU_REGION ACTIVATION: one run; the server must pass all 8 steps.
certify() {
    local region=$1 choice=$2 activation=$3
    lora_board b lopy4 "$CERTIFICATION/main.py"
    cp "$CERTIFICATION/certification.py" . && "$PYFW" fs b put certification.py >/dev/null
    if [ "$activation" = 1 ]; then
        "$PYFW" ns add-device --registry reg.json --region "$region" --name cert --dev-eui 1122334455667788 \
            --app-eui 70B3D57ED0001234 --app-key 8D7FFEF938589D95AAD928C2E2E7E48F >/dev/null
    else
        "$PYFW" ns add-device --registry reg.json --region "$region" --name cert --dev-eui 1122334455667788 \
            --dev-addr 2601ABCD --nwk-skey 2B7E151628AED2A6ABF7158809CF4F3C \
            --app-skey 3C4FCF098815F7ABA6D2AE2816157E2B >/dev/null
    fi
    network_for_one_board "$region" --compliance cert
    local status=0
    # The menu: region, activation, two tests (the second ends with the rejoin, or for ABP by
    # leaving the test mode).
    printf '%s\n%s\n2\n' "$choice" "$activation" |
        timeout 300 "$PYFW" board boot b --world "$PWD/w.sock" | tr -d '\r' >log.txt || status=$?
    network_done $status
    grep -q "^Certification done$" log.txt || { tail -30 log.txt; tail -30 ns.log; return 1; }
    grep -q "compliance test on cert (1122334455667788): 8 steps passed, 0 failed, finished" ns.log ||
        { grep -i "compliance" ns.log; tail -40 ns.log; return 1; }
}

# Named per region and activation, as the certification lists them.
for region_choice in EU868:1 AS923:2 US915:3 AU915:4; do
    for activation_choice in otaa:1 abp:2; do
        name="lora_certification_$(tr 'A-Z' 'a-z' <<<"${region_choice%:*}")_${activation_choice%:*}"
        eval "$name() { certify ${region_choice%:*} ${region_choice#*:} ${activation_choice#*:}; }"
        scenario "$name" "$name"
    done
done
