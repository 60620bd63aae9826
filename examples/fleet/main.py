# main.py for every board of a fleet: one file for all, each board's LoRaWAN identity read from
# /flash/lorawan.json (the key file `pyfw fleet provision` wrote for that board, put on its /flash
# with `pyfw fs --keyfile`). Joins by OTAA and sends one confirmed uplink: boards that power up
# together collide on the air, so a board whose uplink was not acknowledged waits a random time and
# sends again.
import json
import machine
import socket
import ubinascii
import utime
from network import LoRa

with open('/flash/lorawan.json') as f:
    keys = json.load(f)
lora = LoRa(mode=LoRa.LORAWAN, region=LoRa.EU868)
lora.join(activation=LoRa.OTAA, auth=(ubinascii.unhexlify(keys['app_eui']), ubinascii.unhexlify(keys['app_key'])),
          timeout=0)
while not lora.has_joined():
    utime.sleep(1)
print('joined as', keys['dev_eui'])
s = socket.socket(socket.AF_LORA, socket.SOCK_RAW)
s.setsockopt(socket.SOL_LORA, socket.SO_CONFIRMED, True)
s.setblocking(True)
for attempt in range(5):
    s.send(b'hello')
    if lora.events() & LoRa.TX_PACKET_EVENT:
        print('sent')
        break
    utime.sleep_ms(1000 + machine.rng() % 20000)
else:
    print('not acknowledged')
