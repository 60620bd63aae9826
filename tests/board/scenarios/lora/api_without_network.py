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
try:
    s.recv(64)
except OSError as e:
    print('recv nonblocking', e.args[0])
s.settimeout(2)
try:
    s.recv(64)
except TimeoutError as e:
    print('recv timeout', e)
lora.callback(LoRa.TX_PACKET_EVENT | LoRa.TX_FAILED_EVENT, lambda l: print('event', l.events()))
s.setblocking(True)
s.send(b'again')
utime.sleep(1)
lora.nvram_save()
print('saved')
