# ucrypto on the board: AES in every mode against Python's `cryptography` and the openssl command on
# random keys, IVs and data (fed in pieces of odd sizes, as the state carries from call to call),
# NIST SP 800-38A's CBC example, Pycom's CFB example, getrandbits and bad arguments.
import binascii
import os
import subprocess
import warnings

warnings.filterwarnings("ignore", message=".*has been moved to cryptography.hazmat.decrepit")
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes as cmodes


def host_cipher(mode, key, iv, data):
    make = {"ECB": lambda: cmodes.ECB(), "CBC": lambda: cmodes.CBC(iv), "CFB8": lambda: cmodes.CFB8(iv),
            "CFB128": lambda: cmodes.CFB(iv), "CTR": lambda: cmodes.CTR(iv)}[mode]
    encryptor = Cipher(algorithms.AES(key), make()).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def openssl_cipher(mode, key, iv, data):
    name = {"ECB": "ecb", "CBC": "cbc", "CFB8": "cfb8", "CFB128": "cfb", "CTR": "ctr"}[mode]
    args = ["openssl", "enc", "-aes-%d-%s" % (len(key) * 8, name), "-K", key.hex(), "-nopad"]
    if mode != "ECB":
        args += ["-iv", iv.hex()]
    return subprocess.run(args, input=data, capture_output=True, check=True).stdout


@test
def ucrypto_aes_matches_python_and_openssl():
    board = Board("crypto")
    cases = []
    for mode in ("ECB", "CBC", "CFB8", "CFB128", "CTR"):
        for key_size in (16, 24, 32):
            key, iv = os.urandom(key_size), os.urandom(16)
            size = 16 * 9 if mode in ("ECB", "CBC") else 16 * 9 + 7
            cases.append((mode, key, iv, os.urandom(size)))
    lines = []
    for mode, key, iv, data in cases:
        lines.append("check(%r, %r, %r, %r)" % (mode, key.hex(), iv.hex(), data.hex()))
    board.put("/main.py", """
import ucrypto, ubinascii
from crypto import AES
MODES = {'ECB': (AES.MODE_ECB, None), 'CBC': (AES.MODE_CBC, None), 'CFB8': (AES.MODE_CFB, AES.SEGMENT_8),
         'CFB128': (AES.MODE_CFB, AES.SEGMENT_128), 'CTR': (AES.MODE_CTR, None)}
def make(name, key, iv):
    mode, segment = MODES[name]
    if name == 'CTR':
        return AES(key, mode, counter=iv)
    if segment:
        return AES(key, mode, iv, segment_size=segment)
    return AES(key, mode, iv)
def check(name, key, iv, data):
    key, iv, data = ubinascii.unhexlify(key), ubinascii.unhexlify(iv), ubinascii.unhexlify(data)
    step = 16 if name in ('ECB', 'CBC') else 7
    enc = make(name, key, iv)
    cipher = b''.join(enc.encrypt(data[i:i + step]) for i in range(0, len(data), step))
    dec = make(name, key, iv)
    back = dec.decrypt(cipher[:32]) + dec.decrypt(cipher[32:])
    print('case', name, len(key), ubinascii.hexlify(cipher).decode(), back == data)
%s
# NIST SP 800-38A F.2.1 (CBC-AES128, encryption)
k = ubinascii.unhexlify('2b7e151628aed2a6abf7158809cf4f3c')
iv = ubinascii.unhexlify('000102030405060708090a0b0c0d0e0f')
p = ubinascii.unhexlify('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51')
print('nist', ubinascii.hexlify(AES(k, AES.MODE_CBC, iv).encrypt(p)))
# Pycom's example: CFB with a hardware-random IV sent before the message
key = b'notsuchsecretkey'
iv = ucrypto.getrandbits(128)
msg = iv + AES(key, AES.MODE_CFB, iv).encrypt(b'Attack at dawn')
print('example', AES(key, AES.MODE_CFB, msg[:16]).decrypt(msg[16:]))
print('bits', [len(ucrypto.getrandbits(n)) for n in (0, 1, 32, 33, 128, 1000)])
print('random', ucrypto.getrandbits(128) != ucrypto.getrandbits(128))
def bad(label, make):
    try:
        make()
        print(label, 'accepted')
    except Exception as e:
        print(label, type(e).__name__, e)
bad('key', lambda: AES(b'x' * 15))
bad('mode', lambda: AES(key, 4))
bad('iv size', lambda: AES(key, AES.MODE_CBC, b'x' * 15))
bad('no iv', lambda: AES(key, AES.MODE_CBC))
bad('counter in cbc', lambda: AES(key, AES.MODE_CBC, iv, counter=iv))
bad('no counter', lambda: AES(key, AES.MODE_CTR))
bad('segment', lambda: AES(key, AES.MODE_CFB, iv, segment_size=16))
bad('partial block', lambda: AES(key).encrypt(b'x' * 15))
bad('not bytes', lambda: AES(key).encrypt('text'))
bad('negative bits', lambda: ucrypto.getrandbits(-1))
bad('huge bits', lambda: ucrypto.getrandbits(2 ** 62))
bad('bits type', lambda: ucrypto.getrandbits('8'))
print('empty', AES(key).encrypt(b''), AES(key, AES.MODE_CTR, counter=iv).decrypt(bytearray()))
""" % "\n".join(lines))
    out = board.boot()
    check("Traceback" not in out, out)
    for mode, key, iv, data in cases:
        expected = host_cipher(mode, key, iv, data)
        check(openssl_cipher(mode, key, iv, data) == expected, "openssl and cryptography disagree on " + mode)
        expect_in("case %s %d %s True" % (mode, len(key), expected.hex()), out)
    expect_in("nist b'7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2'", out)
    expect_in("example b'Attack at dawn'", out)
    expect_in("bits [0, 4, 4, 8, 16, 128]", out)
    expect_in("random True", out)
    for line in ("key ValueError AES key must be either 16, 24, or 32 bytes long",
                 "mode ValueError Unknown cipher feedback mode 4",
                 "iv size ValueError IV must be 16 bytes long",
                 "no iv ValueError MODE_CBC and MODE_CFB need an IV of 16 bytes",
                 "counter in cbc ValueError 'counter' parameter only useful with CTR mode",
                 "no counter ValueError MODE_CTR needs the initial counter: counter=<16 bytes>",
                 "segment ValueError segment_size must be 8 or 128",
                 "partial block ValueError the data must be a multiple of 16 bytes long in ECB and CBC modes, not 15",
                 "not bytes TypeError",
                 "negative bits ValueError bits must not be negative",
                 "huge bits MemoryError",
                 "bits type TypeError",
                 "empty b'' b''"):
        expect_in(line, out)
