# Raw LoRa between two boards: this one answers every PING n with PONG n.
from network import LoRa
import socket
lora = LoRa(mode=LoRa.LORA, region=LoRa.EU868, frequency=868100000, sf=9)
s = socket.socket(socket.AF_LORA, socket.SOCK_RAW)
for i in range(5):
    s.setblocking(True)
    data = s.recv(64)
    print('ping', data, 'rssi', lora.stats().rssi)
    s.send(b'PONG' + data[4:])
