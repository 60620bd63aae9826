# The board's /flash file system through `pyfw fs`, checked with the real FAT tools: mtools reads
# and writes the partition read out with `pyfw flash read`, fsck.fat finds it clean, on 4 MiB and
# 8 MiB boards, plain and encrypted, after power cuts at every write, and with bad input.

FS4=0x380000   # the fs partition on 4 MiB boards: 127 blocks
FS4_SIZE=0x7f000
FS8=0x400000   # on 8 MiB boards: 1024 blocks
FS8_SIZE=0x400000

# fat_clean IMAGE: fsck.fat, read-only, finds nothing to fix.
fat_clean() {
    fsck.fat -n "$1" >fsck.txt 2>&1 || { cat fsck.txt; return 1; }
    ! grep -qiE "differ|lost|mismatch|dirty|invalid|bad|orphan" fsck.txt || { cat fsck.txt; return 1; }
}

fs_files_round_trip_with_mtools_and_fsck() {
    "$PYFW" board create b --model lopy
    "$PYFW" fs b ls >ls.txt 2>err.txt
    grep -q "no partition table yet: using the Pycom layout" err.txt
    grep -q "/flash had no file system: formatted it (FAT12, 480 KiB free)" err.txt
    [ ! -s ls.txt ]
    printf 'print("hello from boot")\n' >boot.py
    head -c 70000 /dev/urandom >data.bin
    printf 'x = 1\n' >'A module with a long name.py'
    "$PYFW" fs b put boot.py
    "$PYFW" fs b mkdir /lib /lib/sub
    "$PYFW" fs b put 'A module with a long name.py' /lib
    "$PYFW" fs b put data.bin /lib/sub/Data.BIN
    output_has "^ *6  .*  A module with a long name.py$" "$PYFW" fs b ls /lib
    output_has "^ *<dir>  .*  sub/$" "$PYFW" fs b ls /lib
    [ "$("$PYFW" fs b cat /BOOT.PY)" = 'print("hello from boot")' ]
    "$PYFW" fs b get /lib/sub/data.bin back.bin
    cmp data.bin back.bin
    output_has "clean" "$PYFW" fs b check
    output_has "FAT12, 512-byte clusters, 960 clusters" "$PYFW" fs b df
    # The partition, read out, is a FAT image the standard tools read.
    "$PYFW" flash b read $FS4 $FS4_SIZE fs.img >/dev/null
    fat_clean fs.img
    mdir -i fs.img ::/lib >mdir.txt
    grep -q "A module with a long name.py" mdir.txt
    mcopy -i fs.img "::/lib/sub/Data.BIN" mtools.bin
    cmp data.bin mtools.bin
    mcopy -i fs.img ::/boot.py mtools-boot.py
    cmp boot.py mtools-boot.py
    # ... and what mtools writes into it, the board reads.
    printf 'written by mtools\n' >from-mtools.txt
    mcopy -i fs.img from-mtools.txt "::/lib/From mtools.txt"
    mdel -i fs.img ::/boot.py
    "$PYFW" flash b write $FS4 fs.img >/dev/null
    [ "$("$PYFW" fs b cat "/lib/From mtools.txt")" = "written by mtools" ]
    expect_fail "no such file" "$PYFW" fs b cat /boot.py
    "$PYFW" fs b mv "/lib/From mtools.txt" /main.py
    "$PYFW" fs b rm /lib/sub/Data.BIN
    "$PYFW" fs b rmdir /lib/sub
    "$PYFW" flash b read $FS4 $FS4_SIZE fs2.img >/dev/null
    fat_clean fs2.img
    mdir -i fs2.img ::/ >mdir2.txt
    grep -q "main *py" mdir2.txt
    expect_fail "ENOENT" "$PYFW" fs b rm /nothing
    expect_fail "ENOTEMPTY" "$PYFW" fs b rmdir /lib
    expect_fail "EISDIR" "$PYFW" fs b cat /lib
}
scenario fs_files_round_trip_with_mtools_and_fsck fs_files_round_trip_with_mtools_and_fsck

fs_eight_megabyte_board_holds_a_large_file() {
    "$PYFW" board create b --model fipy
    head -c 262144 /dev/urandom >big.bin
    "$PYFW" fs b put big.bin /big.bin 2>/dev/null
    output_has "FAT12, 1024-byte clusters, 4060 clusters" "$PYFW" fs b df
    "$PYFW" flash b read $FS8 $FS8_SIZE fs.img >/dev/null
    fat_clean fs.img
    mcopy -i fs.img ::/big.bin back.bin
    cmp big.bin back.bin
}
scenario fs_eight_megabyte_board_holds_a_large_file fs_eight_megabyte_board_holds_a_large_file

fs_encrypted_board_needs_the_key() {
    "$PYFW" board create b --model lopy
    head -c 32 /dev/urandom >key.bin
    head -c 32 /dev/urandom >wrong.bin
    "$PYFW" efuse b burn_key flash_encryption key.bin >/dev/null
    "$PYFW" efuse b burn_efuse FLASH_CRYPT_CONFIG 0xf >/dev/null
    "$PYFW" efuse b burn_efuse FLASH_CRYPT_CNT >/dev/null
    "$PYFW" partitions gen --pycom 4MB table.bin >/dev/null
    "$PYFW" flash b write --encrypt 0x8000 table.bin >/dev/null
    expect_fail "read-protected: give the key file" "$PYFW" fs b ls
    expect_fail "not the board's flash encryption key" "$PYFW" fs b --keyfile wrong.bin ls
    for i in $(seq 200); do printf 'PYFW-SECRET-LINE-%04d\n' "$i"; done >secret.txt
    "$PYFW" fs b --keyfile key.bin put secret.txt "/Secret Notes.txt" 2>/dev/null
    "$PYFW" fs b ls --keyfile key.bin >ls.txt
    grep -q "Secret Notes.txt" ls.txt
    ! grep -q "PYFW-SECRET" b/flash.bin
    ! grep -q "Secret Notes" b/flash.bin
    # Through the chip's cache the partition reads as the FAT image.
    "$PYFW" flash b read --decrypt $FS4 $FS4_SIZE fs.img >/dev/null
    fat_clean fs.img
    mcopy -i fs.img "::/Secret Notes.txt" back.txt
    cmp secret.txt back.txt
}
scenario fs_encrypted_board_needs_the_key fs_encrypted_board_needs_the_key

# cut_sweep FATES COMMAND...: runs `pyfw fs cut COMMAND` cut at every one of its flash writes, with
# each of FATES; after each cut /flash must mount, check clean with fsck.fat, and keep keep.txt
# intact; the file the command works on must be as before or as after (after_cut_check). The
# ctest sweep (fs_power_cut_test.cpp) does every fate of a longer scenario; this one adds the real
# fsck.fat and the real commands.
cut_sweep() {
    local fates=$1 total fate n status
    shift
    rm -rf count && cp -r base count
    "$PYFW" fs count --power-cut-at 1000000 "$@" >/dev/null 2>count.txt
    total=$(sed -n 's/.*not reached: \([0-9]*\) persistent writes.*/\1/p' count.txt)
    [ "$total" -gt 5 ]
    for fate in $fates; do
        for n in $(seq "$total"); do
            rm -rf cut && cp -r base cut
            status=0
            "$PYFW" fs cut --power-cut-at "$n" --pending "$fate" --seed "$n" "$@" >/dev/null 2>&1 || status=$?
            [ "$status" -eq 4 ] || { echo "write $n ($fate): exit status $status"; return 1; }
            "$PYFW" fs cut check >check.txt 2>&1 || { echo "write $n ($fate)"; cat check.txt; return 1; }
            "$PYFW" flash cut read $FS4 $FS4_SIZE cut.img >/dev/null
            fat_clean cut.img || { echo "write $n ($fate)"; return 1; }
            "$PYFW" fs cut get /keep.txt kept.txt >/dev/null
            cmp keep.txt kept.txt
            after_cut_check || { echo "write $n ($fate)"; return 1; }
        done
    done
    echo "$1: $total writes swept"
}

fs_power_cuts_at_every_write_of_put_mv_rm() {
    "$PYFW" board create base --model lopy
    "$PYFW" partitions gen --pycom 4MB table.bin >/dev/null
    "$PYFW" flash base write 0x8000 table.bin >/dev/null
    head -c 9000 /dev/urandom >keep.txt
    head -c 20000 /dev/urandom >new.bin
    head -c 3000 /dev/urandom >old.bin
    "$PYFW" fs base put keep.txt 2>/dev/null >/dev/null
    "$PYFW" fs base put old.bin /data.bin
    "$PYFW" fs base mkdir /lib
    after_cut_check() {  # the overwritten file is old or new, nothing else
        "$PYFW" fs cut get /data.bin got.bin >/dev/null
        cmp -s got.bin old.bin || cmp -s got.bin new.bin
    }
    cut_sweep "kept dropped torn" put new.bin /data.bin
    after_cut_check() {  # the file is under exactly one of its names
        local a=0 b=0
        "$PYFW" fs cut get /data.bin got.bin >/dev/null 2>&1 && a=1
        "$PYFW" fs cut get "/lib/Renamed with a long name.bin" got2.bin >/dev/null 2>&1 && b=1
        [ $((a + b)) -eq 1 ]
    }
    cut_sweep torn mv /data.bin "/lib/Renamed with a long name.bin"
    after_cut_check() {  # the file is there whole or gone
        if "$PYFW" fs cut get /data.bin got.bin >/dev/null 2>&1; then cmp got.bin old.bin; fi
    }
    cut_sweep torn rm /data.bin
}
scenario fs_power_cuts_at_every_write_of_put_mv_rm fs_power_cuts_at_every_write_of_put_mv_rm

fs_bad_input_gets_clear_errors() {
    "$PYFW" board create b --model lopy
    head -c 520192 /dev/urandom >noise.bin
    "$PYFW" flash b write $FS4 noise.bin >/dev/null
    expect_fail "no usable FAT volume" "$PYFW" fs b ls
    expect_fail "fs b format" "$PYFW" fs b ls
    output_has "FAT12" "$PYFW" fs b format
    long=$(printf 'n%.0s' $(seq 300))
    printf 'x' >x.txt
    expect_fail "ENAMETOOLONG" "$PYFW" fs b put x.txt "/$long"
    expect_fail "EINVAL" "$PYFW" fs b put x.txt "/a*b"
    head -c 5000 /dev/urandom >keep.bin
    head -c 600000 /dev/urandom >huge.bin
    "$PYFW" fs b put keep.bin /keep.bin
    expect_fail "ENOSPC" "$PYFW" fs b put huge.bin /huge.bin
    "$PYFW" fs b get /keep.bin back.bin
    cmp keep.bin back.bin
    output_has "clean" "$PYFW" fs b check
    "$PYFW" flash b read $FS4 $FS4_SIZE fs.img >/dev/null
    fat_clean fs.img
    expect_fail "EEXIST" "$PYFW" fs b mkdir /keep.bin
}
scenario fs_bad_input_gets_clear_errors fs_bad_input_gets_clear_errors
