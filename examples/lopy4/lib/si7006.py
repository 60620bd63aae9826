# The Pysense's Si7006-A20 temperature and humidity sensor on I2C (address 0x40): a small driver
# that measures in no-hold mode and checks the CRC the sensor appends to every reading.
from machine import I2C

ADDRESS = 0x40
MEASURE_HUMIDITY = 0xF5
MEASURE_TEMPERATURE = 0xF3


def crc8(data):
    # The sensor's CRC-8: polynomial x^8 + x^5 + x^4 + 1 (0x31), initial value 0.
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x31) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


class SI7006:
    def __init__(self, i2c=None):
        self.i2c = i2c or I2C(0, mode=I2C.MASTER, pins=('P22', 'P21'))

    def _measure(self, command):
        self.i2c.writeto(ADDRESS, bytes([command]))
        data = self.i2c.readfrom(ADDRESS, 3)
        if crc8(data[:2]) != data[2]:
            raise OSError('Si7006: CRC mismatch')
        return (data[0] << 8) | data[1]

    def temperature(self):
        return 175.72 * self._measure(MEASURE_TEMPERATURE) / 65536 - 46.85

    def humidity(self):
        return 125 * self._measure(MEASURE_HUMIDITY) / 65536 - 6
