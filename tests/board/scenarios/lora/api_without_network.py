from network import LoRa
import socket, ubinascii, utime
lora = LoRa(mode=LoRa.LORAWAN, region=LoRa.EU868)
print(lora)
print('mac', ubinascii.hexlify(lora.mac()))
s = socket.socket(socket.AF_LORA, socket.SOCK_RAW)
try:
    s.send(b'x')
except OSError as e:
    print('send before join', e.args[0])
app_eui = ubinascii.unhexlify('70B3D57ED0000001')
app_key = ubinascii.unhexlify('11223344556677881122334455667788')
lora.join(activation=LoRa.OTAA, auth=(app_eui, app_key), timeout=0)
print('joined', lora.has_joined())
t0 = utime.ticks_ms()
try:
    lora.join(activation=LoRa.OTAA, auth=(app_eui, app_key), timeout=3000)
except TimeoutError:
    print('timeout after', utime.ticks_diff(t0, utime.ticks_ms()))
print(lora.stats())
lora.join(activation=LoRa.ABP, auth=(0x26011234, app_key, app_key))
print('joined', lora.has_joined())
s.setsockopt(socket.SOL_LORA, socket.SO_DR, 5)
s.setblocking(True)
t0 = utime.ticks_ms()
print('sent', s.send(b'hello'), utime.ticks_diff(t0, utime.ticks_ms()))
print(lora.stats())
try:
    s.send(b'x' * 243)
except OSError as e:
    print('243 bytes', e.args[0])
s.setblocking(False)
print('recv nonblocking', s.recv(64))
s.settimeout(2)
t0 = utime.ticks_ms()
print('recv timeout', s.recvfrom(64), utime.ticks_diff(t0, utime.ticks_ms()))
lora.callback(LoRa.TX_PACKET_EVENT | LoRa.TX_FAILED_EVENT, lambda l: print('event', l.events()))
s.setblocking(True)
s.send(b'again')
utime.sleep(1)
lora.nvram_save()
print('saved')
# Hostile arguments get clear errors, never a crash.
def attempt(name, f):
    try:
        f()
        print(name, 'accepted')
    except Exception as e:
        print(name, type(e).__name__)
attempt('region 99', lambda: LoRa(mode=LoRa.LORAWAN, region=99))
attempt('sf 13', lambda: lora.sf(13))
attempt('bind 0', lambda: s.bind(0))
attempt('bind 224', lambda: s.bind(224))
attempt('dr 7', lambda: s.setsockopt(socket.SOL_LORA, socket.SO_DR, 7))
attempt('dr 2**63', lambda: s.setsockopt(socket.SOL_LORA, socket.SO_DR, 2**63))
attempt('short key', lambda: lora.join(activation=LoRa.ABP, auth=(1, b'x', app_key)))
attempt('dev_addr -1', lambda: lora.join(activation=LoRa.ABP, auth=(-1, app_key, app_key)))
attempt('send int', lambda: s.send(123))
attempt('timeout -1', lambda: s.settimeout(-1))
attempt('join dr 9', lambda: lora.join(activation=LoRa.OTAA, auth=(app_eui, app_key), dr=9, timeout=0))
attempt('callback not callable', lambda: lora.callback(LoRa.RX_PACKET_EVENT, 5))
s.close()
attempt('send closed', lambda: s.send(b'x'))
print('same object', LoRa() is lora)
