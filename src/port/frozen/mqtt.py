# MQTT 3.1.1 client for the board, with the interface of the mqtt.py of Pycom's libraries:
#   client = MQTTClient("id", "broker", port=1883, user=None, password=None, keepalive=0, ssl=False)
#   client.set_callback(lambda topic, msg: ...); client.connect(); client.subscribe(b"t/#")
#   client.publish(b"t/x", b"21.5"); client.check_msg() (non-blocking) or client.wait_msg()
# QoS 0 and 1 for publish and subscribe; one packet at a time, over usocket (and ussl).
import usocket
import ustruct

CONNECT = 0x10
CONNACK = 0x20
PUBLISH = 0x30
PUBACK = 0x40
SUBSCRIBE = 0x82
SUBACK = 0x90
PINGREQ = 0xC0
PINGRESP = 0xD0
DISCONNECT = 0xE0

CONNACK_REASONS = {
    1: "unacceptable protocol version",
    2: "identifier rejected",
    3: "server unavailable",
    4: "bad user name or password",
    5: "not authorised",
}


class MQTTException(Exception):
    pass


def _length(n):
    # The remaining length: 7 bits a byte, the high bit says more follow.
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | 0x80 if n else byte)
        if not n:
            return bytes(out)


def _string(s):
    if isinstance(s, str):
        s = s.encode()
    return ustruct.pack("!H", len(s)) + s


class MQTTClient:
    def __init__(self, client_id, server, port=0, user=None, password=None, keepalive=0, ssl=False, ssl_params={}):
        if not port:
            port = 8883 if ssl else 1883
        self.client_id = client_id
        self.server = server
        self.port = port
        self.user = user
        self.pswd = password
        self.keepalive = keepalive
        self.ssl = ssl
        self.ssl_params = ssl_params
        self.sock = None
        self.cb = None
        self.pid = 0
        self.lw_topic = None
        self.lw_msg = None
        self.lw_qos = 0
        self.lw_retain = False

    def set_callback(self, f):
        self.cb = f

    def set_last_will(self, topic, msg, retain=False, qos=0):
        if not 0 <= qos <= 2 or not topic:
            raise ValueError("invalid last will")
        self.lw_topic = topic
        self.lw_msg = msg
        self.lw_qos = qos
        self.lw_retain = retain

    def _read(self, n):
        data = b""
        while len(data) < n:
            chunk = self.sock.read(n - len(data))
            if not chunk:
                raise OSError(-1)
            data += chunk
        return data

    def _read_length(self):
        n = 0
        shift = 0
        while True:
            byte = self._read(1)[0]
            n |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return n
            shift += 7
            if shift > 21:
                raise MQTTException("malformed remaining length")

    def _send(self, kind, body):
        self.sock.write(bytes([kind]) + _length(len(body)) + body)

    def _next_pid(self):
        self.pid = self.pid % 65535 + 1
        return self.pid

    def connect(self, clean_session=True):
        address = usocket.getaddrinfo(self.server, self.port)[0][-1]
        self.sock = usocket.socket()
        self.sock.connect(address)
        if self.ssl:
            import ussl
            self.sock = ussl.wrap_socket(self.sock, **self.ssl_params)
        flags = 0x02 if clean_session else 0
        payload = _string(self.client_id)
        if self.lw_topic:
            flags |= 0x04 | self.lw_qos << 3 | (0x20 if self.lw_retain else 0)
            payload += _string(self.lw_topic) + _string(self.lw_msg)
        if self.user is not None:
            flags |= 0x80
            payload += _string(self.user)
            if self.pswd is not None:
                flags |= 0x40
                payload += _string(self.pswd)
        header = _string(b"MQTT") + bytes([4, flags]) + ustruct.pack("!H", self.keepalive)
        self._send(CONNECT, header + payload)
        reply = self._read(4)
        if reply[0] != CONNACK or reply[1] != 2:
            raise MQTTException("no CONNACK from the broker")
        if reply[3]:
            raise MQTTException("connection refused: " + CONNACK_REASONS.get(reply[3], str(reply[3])))
        return reply[2] & 1

    def disconnect(self):
        try:
            self.sock.write(bytes([DISCONNECT, 0]))
        finally:
            self.sock.close()
            self.sock = None

    def ping(self):
        self.sock.write(bytes([PINGREQ, 0]))

    def publish(self, topic, msg, retain=False, qos=0):
        if qos not in (0, 1):
            raise ValueError("qos 0 or 1")
        if isinstance(msg, str):
            msg = msg.encode()
        body = _string(topic)
        pid = 0
        if qos:
            pid = self._next_pid()
            body += ustruct.pack("!H", pid)
        self._send(PUBLISH | qos << 1 | (1 if retain else 0), body + msg)
        if qos:
            while True:
                kind = self.wait_msg()
                if kind == PUBACK:
                    got = ustruct.unpack("!H", self._read(2))[0]
                    if got == pid:
                        return

    def subscribe(self, topic, qos=0):
        if self.cb is None:
            raise MQTTException("set_callback() first: subscribed messages need somewhere to go")
        pid = self._next_pid()
        self._send(SUBSCRIBE, ustruct.pack("!H", pid) + _string(topic) + bytes([qos]))
        while True:
            kind = self.wait_msg()
            if kind == SUBACK:
                body = self._read(3)
                if ustruct.unpack("!H", body[:2])[0] == pid:
                    if body[2] == 0x80:
                        raise MQTTException("subscription refused")
                    return

    def wait_msg(self):
        # Reads one packet. A PUBLISH goes to the callback; for PUBACK and SUBACK the packet type is
        # returned with the rest unread (publish/subscribe read it); PINGRESP and others return None.
        first = self.sock.read(1)
        if first is None or first == b"":
            if first == b"":
                raise OSError(-1)
            return None
        kind = first[0]
        if kind == PINGRESP:
            self._read(1)
            return None
        if kind == PUBACK or kind == SUBACK:
            length = self._read_length()
            if length != (2 if kind == PUBACK else 3):
                raise MQTTException("malformed acknowledgement")
            return kind
        if kind & 0xF0 != PUBLISH:
            length = self._read_length()
            self._read(length)
            return None
        length = self._read_length()
        topic_length = ustruct.unpack("!H", self._read(2))[0]
        topic = self._read(topic_length)
        length -= topic_length + 2
        qos = (kind >> 1) & 3
        if qos:
            pid = ustruct.unpack("!H", self._read(2))[0]
            length -= 2
        msg = self._read(length)
        if self.cb:
            self.cb(topic, msg)
        if qos == 1:
            self.sock.write(bytes([PUBACK, 2]) + ustruct.pack("!H", pid))
        return None

    def check_msg(self):
        # One packet if one is waiting, without blocking.
        self.sock.setblocking(False)
        try:
            return self.wait_msg()
        except OSError as e:
            if e.args and e.args[0] == 11:
                return None
            raise
        finally:
            if self.sock:
                self.sock.setblocking(True)
