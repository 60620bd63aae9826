# Raw LoRa between two boards: this one sends PING n and waits for the other's PONG n.
from network import LoRa
import socket
lora = LoRa(mode=LoRa.LORA, region=LoRa.EU868, frequency=868100000, sf=9)
s = socket.socket(socket.AF_LORA, socket.SOCK_RAW)
s.settimeout(5)
for i in range(5):
    s.setblocking(True)
    s.send('PING %d' % i)
    s.settimeout(5)
    print('pong', i, s.recv(64))
