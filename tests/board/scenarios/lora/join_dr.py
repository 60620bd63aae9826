# The 1.17.2 join notes: a join asked at a data rate retries at that rate every time (the network
# refuses the first join's key), the data rate is kept after the join accept (ADR on, so the socket
# does not choose it), and Rx timestamps are the board's ticks_us() in microseconds. The test fills
# in REGION and DR.
from network import LoRa
import socket, time, ubinascii

REGION = LoRa.@REGION@
DR = @DR@
dev_eui = ubinascii.unhexlify('0011223344556677')
app_eui = ubinascii.unhexlify('70B3D57ED0001234')
lora = LoRa(mode=LoRa.LORAWAN, region=REGION, adr=True)
try:
    lora.join(activation=LoRa.OTAA, auth=(dev_eui, app_eui, ubinascii.unhexlify('00' * 16)), dr=DR,
              timeout=600000)
except TimeoutError:
    print('wrong key: not joined', lora.has_joined())
print('retries at SF', lora.stats().sftx)
before = time.ticks_us()
lora.join(activation=LoRa.OTAA, auth=(dev_eui, app_eui, ubinascii.unhexlify('8D7FFEF938589D95AAD928C2E2E7E48F')),
          dr=DR)
after = time.ticks_us()
rx = lora.stats().rx_timestamp
# The join accept came 5 s after the request (RX1 of a join), between the two readings.
print('join accept timestamp in order', time.ticks_diff(before, rx) >= 5000000, time.ticks_diff(rx, after) >= 0)
s = socket.socket(socket.AF_LORA, socket.SOCK_RAW)
s.setsockopt(socket.SOL_LORA, socket.SO_CONFIRMED, True)
s.setblocking(True)
sent = time.ticks_us()
s.send(b'kept')
done = time.ticks_us()
st = lora.stats()
print('first uplink at SF', st.sftx)
# The ACK came in RX1, one second after the uplink's end: a microsecond count of about 1e6.
gap = time.ticks_diff(sent, st.rx_timestamp)
print('ack timestamp in order', 1000000 <= gap <= 4000000, time.ticks_diff(st.rx_timestamp, done) >= 0)
print('rx_timestamp', st.rx_timestamp, 'gap', gap)
