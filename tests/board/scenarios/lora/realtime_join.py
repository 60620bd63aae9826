# A board in a world on real time: an OTAA join (the accept comes 5 s after the request) and a
# confirmed uplink acknowledged in its first receive window, timed on the board's own clock.
from network import LoRa
import socket, time, ubinascii
lora = LoRa(mode=LoRa.LORAWAN, region=LoRa.EU868)
start = time.ticks_ms()
lora.join(activation=LoRa.OTAA, auth=(ubinascii.unhexlify('70B3D57ED0001234'),
          ubinascii.unhexlify('8D7FFEF938589D95AAD928C2E2E7E48F')), timeout=60000)
print('joined in', time.ticks_diff(start, time.ticks_ms()) // 1000, 's')
s = socket.socket(socket.AF_LORA, socket.SOCK_RAW)
s.setsockopt(socket.SOL_LORA, socket.SO_CONFIRMED, True)
s.setblocking(True)
lora.events()
start = time.ticks_ms()
s.send(b'real')
print('sent in', time.ticks_diff(start, time.ticks_ms()) // 1000, 's, events', lora.events(),
      'trials', lora.stats().tx_trials)
