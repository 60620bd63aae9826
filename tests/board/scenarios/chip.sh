# The chip: board folders, eFuses and download-mode flashing through the pyfw commands.

board_create_makes_model_sizes() {
    "$PYFW" board create b4 --model lopy --mac 24:0a:c4:00:00:04
    "$PYFW" board create b8 --model fipy
    [ "$(stat -c %s b4/flash.bin)" -eq 4194304 ]
    [ "$(stat -c %s b8/flash.bin)" -eq 8388608 ]
    [ "$(tr -d '\377' <b8/flash.bin | wc -c)" -eq 0 ]   # erased to 0xFF
    output_has "MAC:              24:0a:c4:00:00:04" "$PYFW" board info b4
    output_has '"chip_revision": 1' "$PYFW" board info b8 --json
    expect_fail "unknown model" "$PYFW" board create bx --model esp8266
    expect_fail "not empty" "$PYFW" board create b4 --model lopy
}
scenario board_create_makes_model_sizes board_create_makes_model_sizes

efuse_rules_hold_through_the_cli() {
    "$PYFW" board create b --model lopy4
    head -c 32 /dev/urandom >key.bin
    head -c 31 /dev/urandom >short.bin
    expect_fail "must be 32 bytes" "$PYFW" efuse b burn_key flash_encryption short.bin
    "$PYFW" efuse b burn_key flash_encryption key.bin
    expect_fail "write-protected" "$PYFW" efuse b burn_key flash_encryption key.bin
    "$PYFW" efuse b summary >summary.txt
    grep -A1 "^BLK1" summary.txt | grep -q "?? ?? ??"
    output_has "0x0 -> 0x1" "$PYFW" efuse b burn_efuse FLASH_CRYPT_CNT
    "$PYFW" efuse b burn_efuse FLASH_CRYPT_CONFIG 0xf
    "$PYFW" efuse b write_protect_efuse FLASH_CRYPT_CNT
    expect_fail "FLASH_CRYPT_CNT is write-protected" "$PYFW" efuse b burn_efuse FLASH_CRYPT_CNT
    expect_fail "too large" "$PYFW" efuse b burn_efuse FLASH_CRYPT_CONFIG 0x10
    expect_fail "no eFuse named" "$PYFW" efuse b burn_efuse NOT_A_FUSE 1
    expect_fail "factory" "$PYFW" efuse b burn_efuse MAC 1
    "$PYFW" efuse b burn_efuse ABS_DONE_0
    output_has "already burned" "$PYFW" efuse b burn_efuse ABS_DONE_0
    output_has "Flash encryption: on" "$PYFW" board info b
    output_has "Secure boot:      on" "$PYFW" board info b
}
scenario efuse_rules_hold_through_the_cli efuse_rules_hold_through_the_cli

efuse_key_twice_unprotected_is_refused() {
    "$PYFW" board create b --model wipy
    head -c 32 /dev/urandom >key.bin
    "$PYFW" efuse b burn-key secure_boot key.bin --no-protect-key
    expect_fail "already holds a key" "$PYFW" efuse b burn_key secure_boot key.bin
    "$PYFW" efuse b read_protect_efuse BLK2
    output_has "already read protected" "$PYFW" efuse b read_protect_efuse BLK2
}
scenario efuse_key_twice_unprotected_is_refused efuse_key_twice_unprotected_is_refused

flash_write_read_round_trip() {
    "$PYFW" board create b --model sipy
    head -c 70001 /dev/urandom >data.bin
    "$PYFW" flash b write 0x10000 data.bin 0x200000 data.bin
    "$PYFW" flash b read 0x10000 70001 back.bin
    cmp data.bin back.bin
    "$PYFW" flash b read_flash 0x200000 70001 back2.bin
    cmp data.bin back2.bin
    expect_fail "will not fit" "$PYFW" flash b write 0x3F0000 data.bin
    expect_fail "overlaps" "$PYFW" flash b write 0x10000 data.bin 0x11000 data.bin
    expect_fail "past the end" "$PYFW" flash b read 0x3FF000 0x2000 out.bin
    [ ! -e out.bin ]
    "$PYFW" flash b erase 0x10000 0x1000
    "$PYFW" flash b read 0x10000 16 erased.bin
    [ "$(tr -d '\377' <erased.bin | wc -c)" -eq 0 ]
}
scenario flash_write_read_round_trip flash_write_read_round_trip

flash_encrypted_write_and_download_mode_fuses() {
    "$PYFW" board create b --model lopy
    head -c 32 /dev/urandom >key.bin
    head -c 4096 /dev/urandom >data.bin
    "$PYFW" efuse b burn_key flash_encryption key.bin
    expect_fail "not enabled" "$PYFW" flash b write --encrypt 0x10000 data.bin
    "$PYFW" efuse b burn_efuse FLASH_CRYPT_CONFIG 0xf
    "$PYFW" efuse b burn_efuse FLASH_CRYPT_CNT
    "$PYFW" flash b write --encrypt 0x10000 data.bin
    "$PYFW" flash b read 0x10000 4096 raw.bin
    files_differ data.bin raw.bin
    "$PYFW" flash b read --decrypt 0x10000 4096 plain.bin
    cmp data.bin plain.bin
    "$PYFW" efuse b burn_efuse DISABLE_DL_ENCRYPT
    "$PYFW" efuse b burn_efuse DISABLE_DL_DECRYPT
    expect_fail "DISABLE_DL_ENCRYPT is burnt" "$PYFW" flash b write --encrypt 0x10000 data.bin
    expect_fail "DISABLE_DL_DECRYPT is burnt" "$PYFW" flash b read --decrypt 0x10000 4096 p2.bin
    [ ! -e p2.bin ]
}
scenario flash_encrypted_write_and_download_mode_fuses flash_encrypted_write_and_download_mode_fuses

efuse_three_quarter_coding_takes_24_byte_keys() {
    "$PYFW" board create b --model wipy
    output_has "CODING_SCHEME .*= 0 R/W" "$PYFW" efuse b summary
    "$PYFW" efuse b burn_efuse CODING_SCHEME 1
    head -c 32 /dev/urandom >k32.bin
    head -c 24 /dev/urandom >k24.bin
    expect_fail "with coding scheme 3/4 it must be 24 bytes" "$PYFW" efuse b burn_key flash_encryption k32.bin
    "$PYFW" efuse b burn_key flash_encryption k24.bin
    expect_fail "write-protected" "$PYFW" efuse b burn_key flash_encryption k24.bin
    output_has "CODING_SCHEME .*= 1 R/W" "$PYFW" efuse b summary
}
scenario efuse_three_quarter_coding_takes_24_byte_keys efuse_three_quarter_coding_takes_24_byte_keys
