# The 1.17.2 deep-sleep fix: between every pair of frames the session is saved, the board deep
# sleeps and restores it (SLEEP = True), or it just waits as long (False). Both runs must leave
# the network and the board with the same session. The test fills in REGION and SLEEP.
from network import LoRa
import machine, pycom, socket, time, ubinascii

REGION = LoRa.@REGION@
SLEEP = @SLEEP@
FRAMES = 12
GAP_MS = 30000

lora = LoRa(mode=LoRa.LORAWAN, region=REGION, adr=True)
if machine.reset_cause() == machine.DEEPSLEEP_RESET:
    lora.nvram_restore()
    frame = pycom.nvs_get('frame')
    print('restored', frame, lora.has_joined())
else:
    lora.nvram_erase()
    auth = (ubinascii.unhexlify('0011223344556677'), ubinascii.unhexlify('70B3D57ED0001234'),
            ubinascii.unhexlify('8D7FFEF938589D95AAD928C2E2E7E48F'))
    lora.join(activation=LoRa.OTAA, auth=auth, timeout=0)
    while not lora.has_joined():
        time.sleep(1)
    print('joined')
    if REGION in (LoRa.EU868, LoRa.AS923):
        # A channel mask of the board's own: two of the join accept's channels off.
        lora.remove_channel(4)
        lora.remove_channel(6)
    frame = 0
s = socket.socket(socket.AF_LORA, socket.SOCK_RAW)
s.setblocking(True)
while True:
    s.send(bytes([frame]) + b'frame')
    frame += 1
    if frame == FRAMES:
        break
    if SLEEP:
        lora.nvram_save()
        pycom.nvs_set('frame', frame)
        machine.deepsleep(GAP_MS)
    time.sleep_ms(GAP_MS)
lora.nvram_save()
print('done', frame)
