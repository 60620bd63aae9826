# Pycom's LoRaWAN OTAA example (docs: LoRaWAN with OTAA), as a user runs it.
from network import LoRa
import socket
import time
import ubinascii

lora = LoRa(mode=LoRa.LORAWAN, region=LoRa.EU868)
app_eui = ubinascii.unhexlify('70B3D57ED0001234')
app_key = ubinascii.unhexlify('8D7FFEF938589D95AAD928C2E2E7E48F')
lora.join(activation=LoRa.OTAA, auth=(app_eui, app_key), timeout=0)
while not lora.has_joined():
    time.sleep(2.5)
    print('Not yet joined...')
print('Joined')
s = socket.socket(socket.AF_LORA, socket.SOCK_RAW)
s.setsockopt(socket.SOL_LORA, socket.SO_DR, 5)
for i in range(3):
    s.setblocking(True)
    s.send(bytes([0x01, 0x02, 0x03, i]))
    s.setblocking(False)
    data = s.recv(64)
    print('sent', i, 'received', data)
    time.sleep(30)
print(lora.stats())
