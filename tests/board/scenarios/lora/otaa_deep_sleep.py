# Joins by OTAA on the first start; on every wake-up restores the session saved before the deep
# sleep and sends the next frame, as a battery-powered node does.
from network import LoRa
import machine, socket, time, ubinascii
lora = LoRa(mode=LoRa.LORAWAN, region=LoRa.EU868)
if machine.reset_cause() == machine.DEEPSLEEP_RESET:
    lora.nvram_restore()
if not lora.has_joined():
    lora.join(activation=LoRa.OTAA, auth=(ubinascii.unhexlify('70B3D57ED0001234'),
              ubinascii.unhexlify('8D7FFEF938589D95AAD928C2E2E7E48F')), timeout=0)
    while not lora.has_joined():
        time.sleep(1)
    print('joined')
s = socket.socket(socket.AF_LORA, socket.SOCK_RAW)
s.setsockopt(socket.SOL_LORA, socket.SO_DR, 5)
s.setblocking(True)
s.send(b'wake')
lora.nvram_save()
print('sent, sleeping')
machine.deepsleep(60000)
