# network.LoRa and LoRa sockets on a board: main.py scripts in tests/board/scenarios/lora/, run by
# pyfw board boot on virtual time.

lora_lorawan_api_without_a_network() {
    lora_board b lopy4 api_without_network.py
    "$PYFW" board boot b | tr -d '\r' >log.txt
    no_traceback log.txt
    grep -q "^LoRa(mode=LoRa.LORAWAN, region=LoRa.EU868, frequency=868000000" log.txt
    # The DevEUI is the LPWAN MAC: the chip's MAC with FF FE in the middle.
    local mac
    mac=$(sed -n 's/.*"mac": *"\([0-9a-f:]*\)".*/\1/p' b/board.json | tr -d :)
    grep -q "^mac b'${mac:0:6}fffe${mac:6:6}'$" log.txt
    grep -q "^send before join 100$" log.txt          # ENETDOWN
    grep -q "^joined False$" log.txt                  # join(timeout=0) returns at once
    grep -q "^timeout after 3000$" log.txt            # TimeoutError after 3 s of virtual time
    grep -q "^joined True$" log.txt                   # ABP
    grep -q "^sent 5 2[0-9][0-9][0-9]$" log.txt       # a blocking send returns after RX2
    grep -q "sftx=7, tx_trials=1, tx_power=16, tx_time_on_air=52, tx_counter=3" log.txt
    grep -q "^243 bytes 90$" log.txt                  # EMSGSIZE
    grep -q "^recv nonblocking b''$" log.txt         # nothing came: b'', as Pycom's recv
    grep -q "^recv timeout (b'', None) 2000$" log.txt
    grep -q "^event 2$" log.txt                       # TX_PACKET_EVENT through the callback
    local expected
    for expected in "region 99 ValueError" "sf 13 ValueError" "bind 0 ValueError" "bind 224 ValueError" \
        "dr 7 OSError" "dr 2\*\*63 OverflowError" "short key ValueError" "dev_addr -1 ValueError" "send int TypeError" \
        "timeout -1 ValueError" "join dr 9 ValueError" "callback not callable TypeError" "send closed OSError" \
        "same object True"; do
        grep -q "^$expected$" log.txt || { echo "expected '$expected'"; grep -A20 "^region 99" log.txt; return 1; }
    done
    lora_nvram b >nvs.txt
    grep -q "^namespace LORA_NVM$" nvs.txt
    for key in ADRACK APPSKEY CHANMASK CHANMASKREM CHANNELS DEVADDR DEVNONCE DWLNK JOINED MACBUF MACBUFIDX \
        MACNXTTX MACPARAMS MACRPTBUF MACRPTIDX NETID NWSKEY REGION SRVACK UPLNK; do
        grep -q "^  $key = " nvs.txt || { echo "no $key in LORA_NVM"; cat nvs.txt; return 1; }
    done
    grep -q "^  UPLNK = u32 2$" nvs.txt
    grep -q "^  JOINED = u8 1$" nvs.txt
    grep -q "^  REGION = u8 5$" nvs.txt
}
scenario lora_lorawan_api_without_a_network lora_lorawan_api_without_a_network

lora_nvram_keeps_the_session_across_deep_sleep() {
    lora_board b lopy nvram_sleep.py
    "$PYFW" board boot b --cycles 4 | tr -d '\r' >log.txt
    no_traceback log.txt
    grep -q "^fresh False$" log.txt
    [ "$(grep -c "^restored True$" log.txt)" -eq 3 ]
    [ "$(grep -c "^sent and saved$" log.txt)" -eq 4 ]
    lora_nvram b >nvs.txt
    grep -q "^  UPLNK = u32 4$" nvs.txt
    grep -q "^  DEVADDR = u32 637606874$" nvs.txt    # 0x26011BDA
}
scenario lora_nvram_keeps_the_session_across_deep_sleep lora_nvram_keeps_the_session_across_deep_sleep
