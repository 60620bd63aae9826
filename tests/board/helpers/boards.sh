# Helpers every suite may use: boards with the firmware on them, and what is read from their folders.

flash_plain() {  # flash_plain BOARD BUILD_DIR MODEL
    "$PYFW" flash "$1" write 0x1000 "$2/bootloader.bin" 0x8000 "$2/partitions.bin" 0x10000 "$2/$3.bin"
}

pycom_board() {  # pycom_board BOARD MODEL: a board with the firmware, booted once (/flash made)
    "$PYFW" build --board "$2" --out build >/dev/null
    "$PYFW" board create "$1" --model "$2" >/dev/null
    "$PYFW" flash "$1" write 0x1000 build/bootloader.bin 0x8000 build/partitions.bin 0x10000 "build/$2.bin" >/dev/null
    "$PYFW" board boot "$1" >/dev/null
}

on_board() {  # on_board BOARD [BOOT OPTIONS...]: runs stdin as one paste (Ctrl-E .. Ctrl-D) at the
    local board=$1   # board's REPL; prints the console
    shift
    { printf '\005'; cat; printf '\004'; } | "$PYFW" board boot "$board" "$@" | tr -d '\r'
}

# board_mac DIR: the board's MAC as 12 hex digits (keys/<mac>.* of pyfw fleet are named so).
board_mac() {
    sed -n 's/.*"mac": *"\([0-9a-f:]*\)".*/\1/p' "$1"/board.json | tr -d :
}

# machine_board DIR: a LoPy4 board with the firmware, in DIR (the images are built once).
machine_board() {
    local images="$work/machine-images"
    if [ ! -f "$images/lopy4.bin" ]; then "$PYFW" build --board lopy4 --out "$images" >/dev/null; fi
    "$PYFW" board create "$1" --model lopy4 >/dev/null
    flash_plain "$1" "$images" lopy4 >/dev/null
}

# boot_with_main DIR FILE [BOOT ARGS...]: FILE as main.py, then a boot whose console ends at the
# REPL; the console (without \r) goes to out.txt.
boot_with_main() {
    local dir=$1 file=$2
    shift 2
    "$PYFW" fs "$dir" put "$file" /main.py 2>/dev/null
    "$PYFW" board boot "$dir" "$@" </dev/null | tr -d '\r' >out.txt
}

# reboots_then_heap BOARD N OUTPUT: N Ctrl-D at once, then the free heap after a collection; the
# process's peak memory (KiB) goes to OUTPUT.rss.
reboots_then_heap() {
    local ctrl_d
    ctrl_d=$(printf '\\x04%.0s' $(seq "$2"))
    /usr/bin/time -f "%M" -o "${3%.txt}.rss" "$PYFW" board boot "$1" --virtual-time --input-at "1=$ctrl_d" \
        --input-at '2=import gc\rgc.collect()\rprint("free", gc.mem_free())\r' 2>&1 | tr -d '\r' >"$3"
    [ "$(grep -c "^PYB: soft reboot$" "$3")" -eq "$2" ] || { echo "not $2 soft reboots"; tail "$3"; return 1; }
}
