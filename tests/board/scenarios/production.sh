# Production hardening through the pyfw commands: release-mode provisioning against development
# mode, OTA images checked before the flash is touched, key files that are never overwritten, and
# builds that refuse bad input and write their folder as a whole.

secure_build() {  # secure_build OUT MODEL [pyfw build options...]
    local out=$1 model=$2
    shift 2
    "$PYFW" build --board "$model" --out "$out" --secure "$@" 2>/dev/null >/dev/null
}

production_release_mode_refuses_what_the_chip_refuses() {
    secure_build sec lopy4
    "$PYFW" board create dev --model lopy4
    "$PYFW" board create rel --model lopy4
    "$PYFW" provision dev --build sec >dev.txt
    grep -q "^Development mode: JTAG is still enabled" dev.txt
    # Without --yes the release burn asks; anything but BURN cancels with nothing burnt.
    expect_fail "not confirmed" bash -c "echo no | \"$PYFW\" provision rel --build sec --release"
    output_has "Flash encryption: off" "$PYFW" board info rel
    echo BURN | "$PYFW" provision rel --build sec --release >rel.txt
    grep -q "burn  DISABLE_DL_DECRYPT (the download mode cannot read flash decrypted" rel.txt
    grep -q "write-protect FLASH_CRYPT_CNT" rel.txt
    grep -q "Burnt JTAG_DISABLE 0x0 -> 0x1" rel.txt
    grep -q "Burnt FLASH_CRYPT_CNT write-protected" rel.txt
    if grep -q "Development mode" rel.txt; then echo "release board called development mode"; return 1; fi
    output_has "^Firmware: Pycom MicroPython" "$PYFW" board boot rel
    # Decrypted reads: development mode returns plaintext, release mode refuses.
    "$PYFW" flash dev read --decrypt 0x10000 64 dev_head.bin >/dev/null
    cmp dev_head.bin <(head -c 64 sec/lopy4.bin)
    expect_fail "DISABLE_DL_DECRYPT is burnt" "$PYFW" flash rel read --decrypt 0x10000 64 rel_head.bin
    [ ! -e rel_head.bin ]
    # Keys read back as ?? on both (burn_key protects them); no key byte in any listing.
    "$PYFW" efuse rel summary >summary.txt
    grep -A1 "^BLK1" summary.txt | grep -q "?? ?? ??"
    local key
    key=$(od -An -tx1 flash_encryption_key.bin | tr -d ' \n')
    if tr -d ' \n' <summary.txt | grep -qi "$key"; then echo "key bytes in the summary"; return 1; fi
    # Encrypted writes: development mode lets the chip encrypt a signed image, release refuses.
    cp -r dev dev2
    "$PYFW" flash dev2 write --encrypt 0x10000 sec/lopy4.bin >/dev/null
    output_has "signature verified" "$PYFW" board boot dev2
    expect_fail "DISABLE_DL_ENCRYPT is burnt" "$PYFW" flash rel write --encrypt 0x10000 sec/lopy4.bin
    # A plaintext image written raw over USB does not run on the release board.
    cp -r rel rel2
    "$PYFW" flash rel2 write 0x10000 sec/lopy4.bin >/dev/null
    local status=0
    "$PYFW" board boot rel2 >boot.txt 2>&1 || status=$?
    [ "$status" -eq 3 ]
    # Flash encryption cannot be turned off on the release board; it can on the development one.
    expect_fail "write-protected" "$PYFW" efuse rel burn_efuse FLASH_CRYPT_CNT
    "$PYFW" efuse dev2 burn_efuse FLASH_CRYPT_CNT >/dev/null
    # Release mode needs a secure build.
    "$PYFW" build --board lopy4 --out plain >/dev/null
    "$PYFW" board create p --model lopy4
    expect_fail "not a secure build" "$PYFW" provision p --build plain --release --yes
}
scenario production_release_mode_refuses_what_the_chip_refuses production_release_mode_refuses_what_the_chip_refuses

production_board_ota_checks_before_touching_flash() {
    "$PYFW" build --board lopy4 --out v1 >/dev/null
    "$PYFW" build --board lopy4 --out v2 --firmware-version 1.18.0 >/dev/null
    "$PYFW" build --board fipy --out fipy >/dev/null
    "$PYFW" board create b --model lopy4
    "$PYFW" flash b write 0x1000 v1/bootloader.bin 0x8000 v1/partitions.bin 0x10000 v1/lopy4.bin >/dev/null
    "$PYFW" board boot b >/dev/null
    head -c 20000 v2/appimg.bin >truncated.bin
    : >empty.bin
    cp b/flash.bin before.bin
    expect_fail "before touching the flash" "$PYFW" board ota b truncated.bin
    expect_fail "the image is empty" "$PYFW" board ota b empty.bin
    expect_fail "is built for a FiPy" "$PYFW" board ota b fipy/appimg.bin
    cmp b/flash.bin before.bin
    "$PYFW" board ota b v2/appimg.bin >ota.txt
    grep -q "ota_verify: True" ota.txt
    output_has "^Firmware: Pycom MicroPython 1.18.0 " "$PYFW" board boot b
    # A secure board: an unsigned image, and an image encrypted for the other slot, are refused.
    secure_build sec lopy4
    secure_build sec2 lopy4 --firmware-version 1.18.1
    "$PYFW" board create s --model lopy4
    "$PYFW" provision s --build sec >/dev/null
    "$PYFW" board boot s >/dev/null
    cp s/flash.bin before.bin
    "$PYFW" secure encrypt_flash_data --keyfile flash_encryption_key.bin --address 0x1a0000 --output unsigned.bin v2/lopy4.bin >/dev/null
    expect_fail "signature" "$PYFW" board ota s unsigned.bin
    expect_fail "encrypted with its key for the slot it goes to, 0x1a0000" "$PYFW" board ota s sec2/lopy4.bin_enc_0x10000
    cmp s/flash.bin before.bin
    "$PYFW" board ota s sec2/lopy4.bin_enc_0x1A0000 >ota.txt
    grep -q "ota_verify: True" ota.txt
    output_has "^Firmware: Pycom MicroPython 1.18.1 " "$PYFW" board boot s
}
scenario production_board_ota_checks_before_touching_flash production_board_ota_checks_before_touching_flash

production_key_files_are_never_overwritten() {
    "$PYFW" secure generate_flash_encryption_key k.bin >/dev/null
    [ "$(stat -c %a k.bin)" = 600 ]
    cp k.bin k.orig
    expect_fail "already exists" "$PYFW" secure generate_flash_encryption_key k.bin
    cmp k.bin k.orig
    "$PYFW" secure generate_flash_encryption_key --force k.bin >out.txt 2>err.txt
    grep -q "warning: replacing the key file k.bin" err.txt
    files_differ k.bin k.orig
    [ "$(stat -c %a k.bin)" = 600 ]
    "$PYFW" secure generate_signing_key --version 1 s.pem >/dev/null
    [ "$(stat -c %a s.pem)" = 600 ]
    cp s.pem s.orig
    expect_fail "already exists" "$PYFW" secure generate_signing_key --version 1 s.pem
    cmp s.pem s.orig
    "$PYFW" secure generate-signing-key --version 1 --force s.pem >/dev/null 2>&1
    files_differ s.pem s.orig
    # Keys a secure build generates, and the secure boot key it writes, are private too.
    secure_build sec lopy
    [ "$(stat -c %a secure_boot_signing_key.pem)" = 600 ]
    [ "$(stat -c %a flash_encryption_key.bin)" = 600 ]
    [ "$(stat -c %a sec/secure-bootloader-key.bin)" = 600 ]
}
scenario production_key_files_are_never_overwritten production_key_files_are_never_overwritten

production_build_refuses_bad_input_and_writes_its_folder_whole() {
    printf 'def broken(:\n    pass\n' >broken.py
    expect_fail "frozen module broken.py does not compile" "$PYFW" build --board lopy --out out --frozen broken.py
    expect_fail "--firmware-version is empty" "$PYFW" build --board lopy --out out --firmware-version ""
    expect_fail "--secure-version 17 is above 16" "$PYFW" build --board lopy --out out --secure --secure-version 17
    [ ! -e out ]
    printf 'print("fine")\n' >good.py
    "$PYFW" build --board lopy --out out --frozen good.py >/dev/null
    [ -f out/flash.json ]
    # A full disk (here a file size limit) leaves no output folder and no temporary one.
    local status=0
    (ulimit -f 64 && "$PYFW" build --board lopy --out full >full.txt 2>&1) || status=$?
    [ "$status" -ne 0 ]
    [ ! -e full ]
    if ls -a | grep -q '\.full\.tmp'; then echo "temporary folder left behind"; return 1; fi
    # Building again over an earlier build replaces it; a folder holding other files is refused.
    "$PYFW" build --board lopy --out out --firmware-version 1.18.0 >/dev/null
    grep -q '"version": "1.18.0"' out/flash.json
    mkdir mine && echo precious >mine/notes.txt
    expect_fail "not part of an earlier pyfw build" "$PYFW" build --board lopy --out mine
    grep -q precious mine/notes.txt
}
scenario production_build_refuses_bad_input_and_writes_its_folder_whole production_build_refuses_bad_input_and_writes_its_folder_whole
