# network.WLAN: scan, connect (good, wrong password, unknown SSID), ifconfig, modes, wifi_on_boot's AP.

HOME = {"ssid": "home", "auth": "WPA2", "password": "secret123", "rssi": -48, "channel": 6,
        "bssid": "11:22:33:44:55:66"}
CAFE = {"ssid": "cafe", "rssi": -80, "channel": 11}


@test
def wlan_scan_connect_and_failures():
    board = Board("wlan", [HOME, CAFE])
    board.put("/main.py", """
import network, utime
from network import WLAN
wlan = WLAN()
print('boot mode', wlan.mode() == WLAN.AP, wlan.ssid().startswith('lopy4-wlan-'), wlan.auth())
wlan = WLAN(mode=WLAN.STA)
for ap in sorted(wlan.scan()):
    print('scan', ap[0], ap[2], ap[3], ap[4], len(ap[1]))
print('connected?', wlan.isconnected(), wlan.ifconfig())
for ssid, key in (('home', 'wrong-key'), ('nowhere', 'x'*8)):
    t = utime.ticks_ms()
    try:
        wlan.connect(ssid, auth=(WLAN.WPA2, key), timeout=3000)
    except TimeoutError as e:
        print('failed', ssid, e, utime.ticks_diff(t, utime.ticks_ms()) >= 3000)
    print('after failure', wlan.isconnected())
wlan.connect('home', auth=(WLAN.WPA2, 'secret123'))
print('at once', wlan.isconnected())
while not wlan.isconnected():
    utime.sleep_ms(50)
print('linked', wlan.ssid(), wlan.bssid() == bytes([0x11,0x22,0x33,0x44,0x55,0x66]), wlan.channel())
ip = wlan.ifconfig()
print('ifconfig', ip)
wlan.disconnect()
print('down', wlan.isconnected())
wlan.connect('cafe', timeout=5000)
print('open ap', wlan.isconnected())
wlan.ifconfig(config=('10.0.0.149', '255.255.255.0', '10.0.0.240', '10.0.0.240'))
print('static', wlan.ifconfig())
for bad in ((1, 2), 'fixed', ('1.2.3', '255.0.0.0', '1.1.1.1', '1.1.1.1')):
    try:
        wlan.ifconfig(config=bad)
    except ValueError as e:
        print('bad config', e)
try:
    WLAN(mode=7)
except ValueError as e:
    print('bad mode', e)
wlan.deinit()
try:
    wlan.scan()
except OSError as e:
    print('scan off', e)
print(len(wlan.mac()), WLAN.STA, WLAN.AP, WLAN.STA_AP, WLAN.WPA2, WLAN.EXT_ANT)
""")
    out = board.boot()
    expect_in("boot mode True True (3, 'www.pycom.io')", out)
    expect_in("scan cafe 0 11 -80 6\nscan home 3 6 -48 6\n", out)
    expect_in("connected? False ('0.0.0.0', '0.0.0.0', '0.0.0.0', '0.0.0.0')", out)
    expect_in("failed home Connection to AP Timeout! (wrong password for 'home') True", out)
    expect_in("failed nowhere Connection to AP Timeout! (no access point named 'nowhere') True", out)
    expect_in("after failure False", out)
    expect_in("at once False\nlinked home True 6\n", out)
    expect_in("ifconfig ('%s', '255.0.0.0', '127.0.0.1', '127.0.0.1')" % board.address, out)
    expect_in("down False\nopen ap True\n", out)
    expect_in("static ('10.0.0.149', '255.255.255.0', '10.0.0.240', '10.0.0.240')", out)
    check(out.count("bad config") == 3, out)
    expect_in("bad mode invalid WLAN mode 7", out)
    expect_in("scan off scan() needs the WLAN in STA or STA_AP mode", out)
    expect_in("6 1 2 3 3 1", out)
    check("Traceback" not in out, out)


@test
def wlan_json_errors_are_clear():
    board = Board("wlanbad")
    with open(board.dir + "/wlan.json", "w") as f:
        f.write('{"access_points": [{"ssid": "x", "auth": "WPA9", "password": "p"}]}')
    board.put("/main.py", "import network\ntry:\n    network.WLAN()\nexcept OSError as e:\n    print('error:', e)\n")
    out = board.boot()
    expect_in("wlan.json: access_points[0]: unknown auth 'WPA9'", out)
