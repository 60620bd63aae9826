# Joins by ABP on the first start, then on every wake-up restores the session saved before the
# deep sleep, sends one frame, saves and sleeps again; a real reset ends the chain.
from network import LoRa
import machine, socket, ubinascii
lora = LoRa(mode=LoRa.LORAWAN, region=LoRa.EU868)
key = ubinascii.unhexlify('2B7E151628AED2A6ABF7158809CF4F3C')
if machine.reset_cause() == machine.DEEPSLEEP_RESET:
    lora.nvram_restore()
    print('restored', lora.has_joined())
else:
    lora.nvram_erase()
    lora.nvram_restore()
    print('fresh', lora.has_joined())
    lora.join(activation=LoRa.ABP, auth=(0x26011BDA, key, key))
s = socket.socket(socket.AF_LORA, socket.SOCK_RAW)
s.setblocking(True)
s.send(b'frame')
lora.nvram_save()
print('sent and saved')
machine.deepsleep(10000)
