# Boot chain scenarios through the pyfw commands: plain boots, OTA, safe boot, provisioning, the
# security checks and power cuts.

boot_plain_board_runs_its_firmware() {
    "$PYFW" build --board gpy --out build >/dev/null
    "$PYFW" board create b --model gpy
    flash_plain b build gpy
    "$PYFW" board boot b | tr -d '\r' >log.txt
    grep -q "^rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)$" log.txt
    grep -q "I ([0-9]*) boot: Loading factory image from factory at 0x10000" log.txt
    grep -q "^Firmware: Pycom MicroPython 1.17.2.b1 \[GPy\]" log.txt
    grep -q "^Frozen modules: _boot.py" log.txt
    # The firmware formats /flash on its first boot, runs the image's _boot.py and the fresh
    # boot.py and main.py without a traceback, and ends at the REPL, whose input ends at once.
    grep -q "^/flash: .*; formatting$" log.txt
    grep -q "^Pycom MicroPython 1.17.2.b1 \[pyfw [^]]*\] on [0-9-]*; GPy with ESP32$" log.txt
    if grep -q "Traceback" log.txt; then cat log.txt; return 1; fi
    [ -f b/rtc.bin ]
    "$PYFW" board create empty --model gpy
    local status=0
    "$PYFW" board boot empty >empty.txt 2>&1 || status=$?
    [ "$status" -eq 3 ]
    grep -q "invalid header: 0xffffffff" empty.txt
    grep -q "the board did not start" empty.txt
}
scenario boot_plain_board_runs_its_firmware boot_plain_board_runs_its_firmware

boot_ota_ping_pong_and_rollback() {
    "$PYFW" build --board lopy --out v1 >/dev/null
    "$PYFW" board create b --model lopy
    flash_plain b v1 lopy
    "$PYFW" board boot b >/dev/null
    local slot version
    for version in 1.18.0.b1 1.18.0.b2 1.18.0.b3; do
        "$PYFW" build --board lopy --out "$version" --firmware-version "$version" >/dev/null
        "$PYFW" board ota b "$version/appimg.bin" --chunk 1357 >ota.txt
        grep -q "ota_verify: True" ota.txt
        "$PYFW" board boot b >boot.txt
        grep -q "New image verified" boot.txt
        grep -q "^Firmware: Pycom MicroPython $version " boot.txt
    done
    # b1 went to ota_0, b2 to the factory partition, b3 to ota_0 again.
    grep -q "^Image: ota_0 at 0x1a0000" boot.txt
    # A corrupt update (one flipped byte) is refused before the flash is touched; b3 stays.
    cp 1.18.0.b1/appimg.bin bad.bin
    printf '\x00' | dd of=bad.bin bs=1 seek=5000 conv=notrunc 2>/dev/null
    cp b/flash.bin before.bin
    expect_fail "refused bad.bin before touching the flash" "$PYFW" board ota b bad.bin
    cmp b/flash.bin before.bin
    "$PYFW" board boot b >boot.txt
    grep -q "^Firmware: Pycom MicroPython 1.18.0.b3 " boot.txt
}
scenario boot_ota_ping_pong_and_rollback boot_ota_ping_pong_and_rollback

boot_safe_boot_pin_and_software_flag() {
    "$PYFW" build --board wipy --out v1 >/dev/null
    "$PYFW" build --board wipy --out v2 --firmware-version 1.18.0 >/dev/null
    "$PYFW" board create b --model wipy
    flash_plain b v1 wipy
    "$PYFW" board boot b >/dev/null
    "$PYFW" board ota b v2/appimg.bin >/dev/null
    output_has "^Firmware: Pycom MicroPython 1.18.0 " "$PYFW" board boot b
    output_has "^Safe boot: no" "$PYFW" board boot b --safe-boot-pin 20
    "$PYFW" board boot b --safe-boot-pin 1000 >s1.txt
    grep -q "^Safe boot: yes" s1.txt
    grep -q "^Firmware: Pycom MicroPython 1.18.0 " s1.txt
    "$PYFW" board boot b --safe-boot-pin 4000 >s3.txt
    grep -q "previous image selected" s3.txt
    grep -q "^Firmware: Pycom MicroPython 1.17.2.b1 " s3.txt
    "$PYFW" board boot b --safe-boot-pin 7000 >s6.txt
    grep -q "factory image selected" s6.txt
    grep -q "^Image: factory at 0x10000" s6.txt
    output_has "^Safe boot: no" "$PYFW" board boot b
    "$PYFW" board safeboot b
    output_has "^Safe boot: yes" "$PYFW" board boot b
    output_has "^Safe boot: no" "$PYFW" board boot b
}
scenario boot_safe_boot_pin_and_software_flag boot_safe_boot_pin_and_software_flag

boot_provisioned_board_keeps_no_plaintext() {
    "$PYFW" build --board lopy4 --out sec --secure 2>/dev/null >/dev/null
    "$PYFW" board create b --model lopy4
    "$PYFW" provision b --build sec >prov.txt
    grep -q "Burnt BLK1 flash encryption key (read- and write-protected)" prov.txt
    grep -q "Burnt BLK2 secure boot key (read- and write-protected)" prov.txt
    grep -q "Burnt FLASH_CRYPT_CNT 0x0 -> 0x1" prov.txt
    grep -q "Burnt FLASH_CRYPT_CONFIG 0x0 -> 0xf" prov.txt
    grep -q "Burnt ABS_DONE_0 0x0 -> 0x1" prov.txt
    "$PYFW" board boot b >boot.txt
    grep -q "Verifying partition table signature" boot.txt
    grep -q "^Image: factory at 0x10000, [0-9]* bytes, signature verified" boot.txt
    # The plaintext app carries these strings; the flash must not.
    grep -q "_boot.py" sec/lopy4.bin
    grep -q "Pycom MicroPython" sec/lopy4.bin
    if grep -q "_boot.py" b/flash.bin || grep -q "Pycom MicroPython" b/flash.bin || grep -q "pyfw bootloader" b/flash.bin; then
        echo "plaintext found in flash.bin"
        return 1
    fi
    local size
    size=$(stat -c %s sec/lopy4.bin_enc_0x10000)
    "$PYFW" flash b read 0x10000 "$size" cipher.bin
    "$PYFW" secure decrypt_flash_data --keyfile flash_encryption_key.bin --address 0x10000 --output plain.bin cipher.bin
    head -c "$(stat -c %s sec/lopy4.bin)" plain.bin >app.bin
    cmp app.bin sec/lopy4.bin
    expect_fail "write-protected" "$PYFW" provision b --build sec
    # The Pycom flow leaves download-mode decryption allowed (it burns no DISABLE_DL_* fuse).
    "$PYFW" flash b read --decrypt 0x10000 64 head.bin >/dev/null
    cmp head.bin <(head -c 64 sec/lopy4.bin)
}
scenario boot_provisioned_board_keeps_no_plaintext boot_provisioned_board_keeps_no_plaintext

boot_provision_refuses_the_wrong_key() {
    "$PYFW" build --board lopy --out sec --secure 2>/dev/null >/dev/null
    "$PYFW" board create b --model lopy
    head -c 32 /dev/urandom >other_key.bin
    sed "s#burn_key flash_encryption [^\"]*\"#burn_key flash_encryption $PWD/other_key.bin\"#" sec/flash.json >sec/flash.json.new
    mv sec/flash.json.new sec/flash.json
    expect_fail "refusing to burn the keys" "$PYFW" provision b --build sec
    output_has "Flash encryption: off" "$PYFW" board info b
    output_has "key blank" "$PYFW" board info b
    "$PYFW" board create other --model wipy
    expect_fail "the build is for a LoPy, the board is a WiPy" "$PYFW" provision other --build sec
}
scenario boot_provision_refuses_the_wrong_key boot_provision_refuses_the_wrong_key

boot_flipped_bits_stop_the_secure_boot() {
    "$PYFW" build --board lopy --out sec --secure 2>/dev/null >/dev/null
    local where
    for where in 0x10400:image 0x8010:partition 0x1800:bootloader; do
        rm -rf b
        "$PYFW" board create b --model lopy
        "$PYFW" provision b --build sec >/dev/null
        local offset=$((${where%%:*}))
        # Flip one bit of the stored (encrypted) byte.
        local byte
        byte=$(od -An -tu1 -j "$offset" -N1 b/flash.bin | tr -d ' ')
        printf "\\$(printf '%03o' $((byte ^ 4)))" | dd of=b/flash.bin bs=1 seek="$offset" conv=notrunc 2>/dev/null
        local status=0
        "$PYFW" board boot b >boot.txt 2>&1 || status=$?
        [ "$status" -eq 3 ] || { echo "$where: boot did not stop"; return 1; }
        case ${where#*:} in
        image) grep -q "E ([0-9]*) esp_image: image at 0x10000" boot.txt ;;
        partition) grep -q "Failed to verify partition table signature" boot.txt ;;
        bootloader) grep -q "secure boot check fail" boot.txt ;;
        esac
    done
}
scenario boot_flipped_bits_stop_the_secure_boot boot_flipped_bits_stop_the_secure_boot

boot_first_boot_encrypts_a_plaintext_secure_build() {
    "$PYFW" build --board lopy --out sec --secure 2>/dev/null >/dev/null
    "$PYFW" board create b --model lopy
    "$PYFW" flash b write 0x1000 sec/bootloader.bin 0x8000 sec/partitions.bin 0x10000 sec/lopy.bin >/dev/null
    grep -q "_boot.py" b/flash.bin
    "$PYFW" board boot b >boot.txt
    grep -q "Generating new flash encryption key" boot.txt
    grep -q "FLASH_CRYPT_CNT 0x0 -> 0x1" boot.txt
    grep -q "^rst:0x3 (SW_RESET)" boot.txt
    grep -q "^Firmware: Pycom MicroPython 1.17.2.b1 \[LoPy\]" boot.txt
    if grep -q "_boot.py" b/flash.bin; then echo "plaintext left"; return 1; fi
    output_has "Secure boot:      on" "$PYFW" board info b
    output_has "^Image: factory at 0x10000, [0-9]* bytes, signature verified" "$PYFW" board boot b
}
scenario boot_first_boot_encrypts_a_plaintext_secure_build boot_first_boot_encrypts_a_plaintext_secure_build

boot_power_cut_during_an_ota_keeps_the_old_image() {
    "$PYFW" build --board lopy --out v1 >/dev/null
    "$PYFW" build --board lopy --out v2 --firmware-version 1.18.0 >/dev/null
    "$PYFW" board create b --model lopy
    flash_plain b v1 lopy
    "$PYFW" board boot b >/dev/null
    local n status
    for n in 1 5 23; do
        status=0
        "$PYFW" board ota b v2/appimg.bin --power-cut-at "$n" --pending torn --seed "$n" >/dev/null 2>&1 || status=$?
        [ "$status" -eq 4 ]
        output_has "^Firmware: Pycom MicroPython 1.17.2.b1 " "$PYFW" board boot b
    done
    "$PYFW" board ota b v2/appimg.bin >/dev/null
    status=0
    "$PYFW" board boot b --power-cut-at 1 --pending torn >/dev/null 2>&1 || status=$?
    [ "$status" -eq 4 ]
    "$PYFW" board boot b >boot.txt
    grep -q "^Firmware: Pycom MicroPython 1.1[78]" boot.txt
}
scenario boot_power_cut_during_an_ota_keeps_the_old_image boot_power_cut_during_an_ota_keeps_the_old_image

boot_cut_in_the_bootloader_window_is_recovered_over_the_download_mode() {
    "$PYFW" build --board lopy --out sec --secure 2>/dev/null >/dev/null
    "$PYFW" board create b --model lopy
    "$PYFW" flash b write 0x1000 sec/bootloader.bin 0x8000 sec/partitions.bin 0x10000 sec/lopy.bin >/dev/null
    # How many persistent writes the first boot makes, from a copy cut past its end.
    cp -r b count
    local note total burn first
    note=$("$PYFW" board boot count --power-cut-at 1000000 2>&1 >/dev/null)
    # The firmware's own writes (formatting /flash) come after the boot chain's: count those before.
    total=$(sed -n 's/.*(\([0-9]*\) of them before the firmware started).*/\1/p' <<<"$note")
    [ -n "$total" ] || { echo "no write count in: $note"; return 1; }
    # The window (src/boot/README.md): the boot after the reset erases the staging copy and the
    # journal; before them the counter burn; before it an erase and a program per sector of the
    # bootloader and of the digest sector.
    burn=$((total - 2))
    first=$((burn - 2 * (($(stat -c %s sec/bootloader.bin) + 4095) / 4096) - 2))
    local n status
    for n in "$first" $((first + 3)) $((burn - 1)); do
        rm -rf c
        cp -r b c
        status=0
        "$PYFW" board boot c --power-cut-at "$n" --pending kept >/dev/null 2>&1 || status=$?
        [ "$status" -eq 4 ]
        status=0
        "$PYFW" board boot c >dead.txt 2>&1 || status=$?
        [ "$status" -eq 3 ] || { echo "cut $n: the ROM started the board"; return 1; }
        grep -q "ets_main.c" dead.txt
        "$PYFW" flash c read 0x193000 4096 digest_sector.bin >/dev/null
        "$PYFW" flash c write 0x0 digest_sector.bin 0x1000 sec/bootloader.bin >/dev/null
        "$PYFW" board boot c >boot.txt
        grep -q "resuming from the journal" boot.txt
        grep -q "^Firmware: Pycom MicroPython 1.17.2.b1 \[LoPy\]" boot.txt
        if grep -q "_boot.py" c/flash.bin; then echo "cut $n: plaintext left"; return 1; fi
    done
    # One write before the window the board still finishes by itself.
    rm -rf c
    cp -r b c
    "$PYFW" board boot c --power-cut-at $((first - 1)) --pending kept >/dev/null 2>&1 || true
    output_has "^Firmware: Pycom MicroPython 1.17.2.b1 " "$PYFW" board boot c
}
scenario boot_cut_in_the_bootloader_window_is_recovered_over_the_download_mode boot_cut_in_the_bootloader_window_is_recovered_over_the_download_mode
