# MQTT as Pycom's examples do it: the frozen mqtt.py against Debian's mosquitto on a free port.
import os
import subprocess
import time


def start_broker(workdir, port):
    conf = os.path.join(workdir, "mosquitto-%d.conf" % port)
    with open(conf, "w") as f:
        f.write("listener %d 127.0.0.1\nallow_anonymous true\npersistence false\n" % port)
    broker = subprocess.Popen(["mosquitto", "-c", conf], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import socket
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return broker
        except OSError:
            time.sleep(0.05)
    broker.kill()
    raise AssertionError("mosquitto did not start")


@test
def mqtt_publishes_to_mosquitto_and_receives_what_it_sends():
    board = Board("mqtt")
    port = free_port()
    broker = start_broker(os.path.dirname(board.dir), port)
    sub = None
    try:
        sub = subprocess.Popen(["mosquitto_sub", "-h", "127.0.0.1", "-p", str(port), "-t", "sensors/#", "-v", "-C", "3"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(0.3)
        board.put("/main.py", """
from mqtt import MQTTClient
import utime
got = []
def on_message(topic, msg):
    got.append((topic, msg))
client = MQTTClient('lopy4-test', '127.0.0.1', port=%d, keepalive=60)
client.set_callback(on_message)
print('session', client.connect())
client.subscribe(b'commands/led')
for i, reading in enumerate((21.5, 22.0)):
    client.publish(b'sensors/temperature', str(reading))
client.publish(b'sensors/humidity', b'40', qos=1)
print('published')
print('nothing yet', client.check_msg(), got)
# On virtual time a polling loop's sleeps pass at once; a blocking read waits for the broker.
while not got:
    client.wait_msg()
print('received', got)
client.disconnect()
""" % port)
        board.start()
        board.wait_for("published", timeout=30)
        out, _ = sub.communicate(timeout=20)
        lines = out.decode().splitlines()
        check(lines == ["sensors/temperature 21.5", "sensors/temperature 22.0", "sensors/humidity 40"], lines)
        subprocess.run(["mosquitto_pub", "-h", "127.0.0.1", "-p", str(port), "-t", "commands/led", "-m", "on"], check=True)
        board.wait_for("received [(b'commands/led', b'on')]", timeout=30)
        expect_in("nothing yet None []", board.console())
    finally:
        board.stop()
        if sub and sub.poll() is None:
            sub.kill()
        broker.kill()
        broker.wait()
    check("Traceback" not in board.console(), board.console())
