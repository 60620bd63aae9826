# The LoRaWAN 1.0.2 certification test (port 224) as Pycom's certification script runs it: the
# board joins with the test identity, lets the network start the test, and answers every test
# command from Python. The LoRa module follows the commands and reports them through
# lora.compliance_test(); while the test runs, the socket's frames go to port 224, confirmed or
# not as the test asks.
from network import LoRa
import socket
import time
import ubinascii

# The test identity: the DevEUI of Pycom's script; keys of our own (register the same ones with
# the network server under test).
DEV_EUI = '1122334455667788'
APP_EUI = '70B3D57ED0001234'
APP_KEY = '8D7FFEF938589D95AAD928C2E2E7E48F'
DEV_ADDR = 0x2601ABCD
NWK_SKEY = '2B7E151628AED2A6ABF7158809CF4F3C'
APP_SKEY = '3C4FCF098815F7ABA6D2AE2816157E2B'

READY = b'READY'           # sent on the application's port while the test is off
TEST_PERIOD_S = 5          # between test uplinks (LoRaWAN test specification)
ECHO, LINK_CHECK, REJOIN = 4, 5, 6


def _key(text):
    return ubinascii.unhexlify(text)


class Compliance:
    def __init__(self, region=LoRa.EU868, activation=LoRa.OTAA):
        self.lora = LoRa(mode=LoRa.LORAWAN, region=region)
        self.lora.compliance_test(True, 0, False)   # the network may start the test
        self.activation = activation
        self.sock = None

    def join(self):
        if self.activation == LoRa.OTAA:
            auth = (_key(DEV_EUI), _key(APP_EUI), _key(APP_KEY))
            self.lora.join(activation=LoRa.OTAA, auth=auth, timeout=0)
        else:
            self.lora.join(activation=LoRa.ABP, auth=(DEV_ADDR, _key(NWK_SKEY), _key(APP_SKEY)))
        print('Joining', end='')
        while not self.lora.has_joined():
            time.sleep(0.5)
            print('.', end='')
        print('\nNetwork joined')
        if self.sock is None:
            self.sock = socket.socket(socket.AF_LORA, socket.SOCK_RAW)
            self.sock.setsockopt(socket.SOL_LORA, socket.SO_CONFIRMED, False)
        self.sock.setblocking(True)

    def send(self, payload):
        try:
            self.sock.send(payload)
        except OSError as e:   # a frame the network did not let through: the test asks again
            print('send failed', e)

    def wait_for_activation(self):
        print('Waiting for the test to start')
        while not self.lora.compliance_test().running:
            self.send(READY)
            time.sleep(1)
        print('Test running')

    def counter_payload(self):
        n = self.lora.compliance_test().downlink_counter
        return bytes([(n >> 8) & 0xFF, n & 0xFF])

    def echo_payload(self):
        # The request waits in the socket: its first byte stays, every other one goes up by one.
        self.sock.settimeout(0)
        request = self.sock.recv(255)
        self.sock.setblocking(True)
        if not request:
            return self.counter_payload()
        return bytes([request[0]] + [(b + 1) & 0xFF for b in request[1:]])

    def answer_test(self):
        """Answers the running test until the network ends it; True when it asked for a rejoin."""
        payload = self.counter_payload()
        while True:
            state = self.lora.compliance_test()
            if not state.running:
                return state.state == REJOIN
            self.send(payload)
            time.sleep(TEST_PERIOD_S)
            state = self.lora.compliance_test()
            if state.link_check:
                payload = bytes([LINK_CHECK, state.demod_margin, state.nbr_gateways])
                self.lora.compliance_test(True, 1, False)
            elif state.state == ECHO:
                payload = self.echo_payload()
                self.lora.compliance_test(True, 1)
            else:
                payload = self.counter_payload()

    def run(self, tests=None):
        """Answers the network's tests, `tests` of them (None: until the board is reset)."""
        self.join()
        done = 0
        while tests is None or done < tests:
            self.wait_for_activation()
            if self.answer_test():
                print('Rejoining')
                self.join()
            done += 1
            print('Test ended (%d)' % done)
            # Back on the application's port: the network sees the test has ended.
            self.send(READY)
        print('Certification done')
