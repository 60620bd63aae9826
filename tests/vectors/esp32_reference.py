"""An independent Python model of the ESP32 formats and algorithms the toolchain implements,
written from the text of reference/esp32-security.md (not from pyfw's C++), used to cross-check
pyfw over cases the shared vectors do not cover. AES and SHA come from the `cryptography` module
(OpenSSL), ECDSA from python-ecdsa (the library espsecure itself used)."""

import hashlib
import struct

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

GROUP_STARTS = (0, 67, 132, 195)
GROUP_TAILS = (10, 8, 6, 4)


def _group_of(bit):
    return max(g for g in range(4) if bit >= GROUP_STARTS[g])


def tweak_pattern(bit):
    """The flash address bit that key bit `bit` is XORed with (spec: P[n])."""
    g = _group_of(bit)
    m = bit - GROUP_STARTS[g]
    if m < 57:
        return 23 - (m % 19)
    return (4 + GROUP_TAILS[g]) - (m - 57)


def tweak_key_table(key, address, conf):
    out = bytearray(key)
    for n in range(256):
        if (conf >> _group_of(n)) & 1 and (address >> tweak_pattern(n)) & 1:
            out[n // 8] ^= 0x80 >> (n % 8)
    return bytes(out)


MUL1 = 0x0000200004000080000004000080001000000200004000080000040000800010
MUL2 = 0x0000000000000000200000000000000010000000000000002000000000000001
MUL2_MASK = 0x000000000000007FE00000000000000FF000000000000007E00000000000000F
def _range(conf):
    # b0: top 67 bits, b1: next 65, b2: next 63, b3: low 61.
    widths = (67, 65, 63, 61)
    result, shift = 0, 256
    for g, width in enumerate(widths):
        shift -= width
        if (conf >> g) & 1:
            result |= ((1 << width) - 1) << shift
    return result


def tweak_key_closed(key, address, conf):
    t = address >> 5
    k = int.from_bytes(key, "big") ^ (((MUL1 * t) | ((MUL2 * t) & MUL2_MASK)) & _range(conf))
    return k.to_bytes(32, "big")


def expand_key(key_file):
    if len(key_file) == 24:
        return key_file + key_file[8:16]
    assert len(key_file) == 32
    return key_file


def _aes(key, data, encrypt):
    cipher = Cipher(algorithms.AES(key), modes.ECB())
    op = cipher.encryptor() if encrypt else cipher.decryptor()
    return op.update(data) + op.finalize()


def flash_transform(key_file, address, conf, data, encrypt, tweak=tweak_key_table):
    """encrypt=True is a flash write (AES decryption), False a flash read."""
    key = expand_key(key_file)
    assert address % 16 == 0 and len(data) % 16 == 0
    out = bytearray()
    for i in range(0, len(data), 16):
        block_key = tweak(key, (address + i) & ~31, conf)
        out += _aes(block_key, data[i:i + 16][::-1], not encrypt)[::-1]
    return bytes(out)


def image_bytes(segments, entry=0x40080400, hash_appended=True, flash_mode=2, size_freq=0x20):
    """An ESP32 image: header, segments, checksum at the end of a 16-byte line, SHA-256."""
    out = bytearray(struct.pack("<BBBBI", 0xE9, len(segments), flash_mode, size_freq, entry))
    out += bytes([0xEE, 0, 0, 0]) + bytes(11) + bytes([1 if hash_appended else 0])
    checksum = 0xEF
    for address, data in segments:
        out += struct.pack("<II", address, len(data)) + data
        for b in data:
            checksum ^= b
    out += bytes(15 - len(out) % 16) + bytes([checksum])
    if hash_appended:
        out += hashlib.sha256(out).digest()
    return bytes(out)


def secure_boot_digest_file(key_file, iv, image, hash_appended, truncate=True):
    key = expand_key(key_file)
    img = image
    if truncate and hash_appended and len(img) % 128 <= 32:
        img = img[:len(img) - len(img) % 128]
    img += b"\xff" * (-len(img) % 128)
    message = iv + img
    sha = hashlib.sha512()
    for i in range(0, len(message) - len(message) % 16, 16):
        c = _aes(key, message[i:i + 16][::-1], True)
        sha.update(c[12:16] + c[8:12] + c[4:8] + c[0:4])
    digest = sha.digest()
    stored = b"".join(digest[i:i + 4][::-1] for i in range(0, 64, 4))
    out = iv + stored
    out += b"\xff" * (0x1000 - len(out))
    return out + img
