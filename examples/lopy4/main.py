# main.py: a LoPy4 on a Pysense as a field sensor node. At every wake-up it reads the temperature,
# the humidity and the battery, sends them over LoRaWAN and sleeps for ten minutes. It joins by
# OTAA once; the session is kept in NVS across deep sleeps (nvram_save/nvram_restore), so each
# wake-up sends at once with the next frame counter instead of joining again.
import machine
import socket
import struct
import ubinascii
import utime
from network import LoRa
from si7006 import SI7006

APP_EUI = ubinascii.unhexlify('70B3D57ED0001234')
APP_KEY = ubinascii.unhexlify('8D7FFEF938589D95AAD928C2E2E7E48F')
SLEEP_MS = 10 * 60 * 1000


def battery_millivolts():
    # The Pysense sees its battery on P16 through a 115k/56k divider.
    adc = machine.ADC()
    return adc.channel(pin='P16', attn=machine.ADC.ATTN_11DB).voltage() * 171 // 56


def joined_lora():
    lora = LoRa(mode=LoRa.LORAWAN, region=LoRa.EU868)
    if machine.reset_cause() == machine.DEEPSLEEP_RESET:
        lora.nvram_restore()
    if not lora.has_joined():
        lora.join(activation=LoRa.OTAA, auth=(APP_EUI, APP_KEY), timeout=0)
        while not lora.has_joined():
            utime.sleep(1)
        print('joined the network')
    return lora


lora = joined_lora()
sensor = SI7006()
celsius, humidity, millivolts = sensor.temperature(), sensor.humidity(), battery_millivolts()
s = socket.socket(socket.AF_LORA, socket.SOCK_RAW)
s.setsockopt(socket.SOL_LORA, socket.SO_DR, 5)
s.setblocking(True)
# 6 bytes: centidegrees (signed), humidity in 0.01 %, battery in mV, big-endian.
s.send(struct.pack('>hHH', round(celsius * 100), round(humidity * 100), millivolts))
lora.nvram_save()
print('sent %.2f C, %.1f %%RH, battery %d mV; sleeping 10 min' % (celsius, humidity, millivolts))
machine.deepsleep(SLEEP_MS)
