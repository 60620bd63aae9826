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
