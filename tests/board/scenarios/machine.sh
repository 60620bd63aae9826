# The machine and pycom modules on a booted board, on virtual time, driven and observed from
# outside through the board folder's control channel: pins.in (what the outside does) and
# pins.log (output pins and the LED, with the board's time in microseconds).

# The busy loop users posted against 1.17.2 (it crashed the original), exactly as posted, for one
# hour of board time; then Ctrl-C. P10 must toggle every 2.5 s, as seen from outside in pins.log.
machine_posted_busy_loop_toggles_p10_for_an_hour() {
    machine_board b
    cat >main.py <<'PY'
import utime
from machine import Pin
pin = Pin("P10", Pin.OUT)
pin(0)
diff = const(2500000)
while(True):
    start = utime.ticks_us()
    pin(1)
    while utime.ticks_diff(start, utime.ticks_us()) < diff:
        pass
    start = utime.ticks_us()
    pin(0)
    while utime.ticks_diff(start, utime.ticks_us()) < diff:
        pass
PY
    "$PYFW" fs b put main.py /main.py 2>/dev/null
    mkfifo console
    "$PYFW" board boot b <console >out.raw &
    local board=$!
    exec 3>console
    # Ctrl-C once the log shows the board past one hour of its time.
    until awk '$2 == "P10" && $1 >= 3600000000 { found = 1 } END { exit !found }' b/pins.log 2>/dev/null; do
        kill -0 "$board" 2>/dev/null || { echo "the board stopped early"; cat out.raw; return 1; }
        sleep 0.2
    done
    printf '\x03' >&3
    sleep 0.5
    exec 3>&-
    wait "$board"
    tr -d '\r' <out.raw >out.txt
    grep -q "^KeyboardInterrupt" out.txt || { cat out.txt; return 1; }
    grep -q "^>>> " out.txt
    # Every toggle 2.5 s after the one before, high and low in turn. The board's CPU model turns
    # executed bytecode into time in batches of 1,024 counted instructions (10.24 ms), so a loop
    # that polls the clock ends within one batch past its deadline.
    awk '$2 == "P10" && $1 <= 3600000000 {
            if (n > 0) {
                gap = $1 - last
                if (gap < 2500000 || gap > 2511000) { print "gap " gap " at " $1; bad = 1 }
                if ($3 == level) { print "level " $3 " twice at " $1; bad = 1 }
            }
            last = $1; level = $3; n++
         }
         END { if (n < 1430) { print n " toggles in the hour"; bad = 1 } exit bad }' b/pins.log
}
scenario machine_posted_busy_loop_toggles_p10_for_an_hour machine_posted_busy_loop_toggles_p10_for_an_hour

# 1.17.2: "Pin hold via the IDF RTC API". A held RTC-domain pad keeps its level whatever the
# program writes and through deep sleep; a pin outside the RTC domain refuses with OSError.
machine_1_17_2_pin_hold() {
    machine_board b
    cat >main.py <<'PY'
import machine
from machine import Pin
if machine.reset_cause() != machine.DEEPSLEEP_RESET:
    p = Pin('P10', Pin.OUT, value=1)
    p.hold(True)
    p.value(0)
    print('held', p.hold(), p())
    Pin('P11', Pin.OUT, value=1)
    try:
        Pin('P0', Pin.OUT).hold(True)
    except OSError as e:
        print('P0 refused:', e)
    machine.deepsleep(2000)
else:
    p = Pin('P10')
    print('after deep sleep', p.hold(), p())
    p.hold(False)
    p.value(0)
    print('released', p())
PY
    boot_with_main b main.py
    no_traceback
    grep -q "^held True 1$" out.txt
    grep -q "^P0 refused: P0: pin hold is only available for GPIO pins in the RTC domain$" out.txt
    grep -q "^after deep sleep True 1$" out.txt
    grep -q "^released 0$" out.txt
    # P10 went high once and low only after the release; P11 (not held) floated in deep sleep.
    [ "$(awk '$2 == "P10" { printf "%s ", $3 }' b/pins.log)" = "1 0 z " ] || { cat b/pins.log; return 1; }
    [ "$(awk '$2 == "P11" { printf "%s ", $3 }' b/pins.log)" = "1 z " ] || { cat b/pins.log; return 1; }
}
scenario machine_1_17_2_pin_hold machine_1_17_2_pin_hold

# Inputs driven from outside: levels, pulls and IRQ callbacks at the moments pins.in gives.
machine_pin_inputs_and_callbacks() {
    machine_board b
    # Board time counts from power-on, so the presses come after the boot.
    printf '# a button on P9\n3000ms P9 1\n4s P9 0\n5.5s P9 1\n6s P9 z\n' >b/pins.in
    cat >main.py <<'PY'
import utime
from machine import Pin
print('pull up', Pin('P8', Pin.IN, Pin.PULL_UP)(), 'pull down', Pin('P7', Pin.IN, Pin.PULL_DOWN)())
def pressed(pin):
    print('irq', pin.id(), pin(), utime.ticks_ms() // 100)
p = Pin('P9', mode=Pin.IN, pull=Pin.PULL_DOWN)
p.callback(Pin.IRQ_RISING | Pin.IRQ_FALLING, pressed)
utime.sleep(8)
print('after', p())
p.callback(Pin.IRQ_RISING, None)
out = Pin('P19', Pin.OUT)
out.toggle(); out.toggle(); out.toggle()
print(out, Pin.exp_board.G17, Pin.module.P10.id())
PY
    boot_with_main b main.py
    no_traceback
    grep -q "^pull up 1 pull down 0$" out.txt
    [ "$(grep '^irq' out.txt | tr '\n' '|')" = "irq P9 1 30|irq P9 0 40|irq P9 1 55|irq P9 0 60|" ] || { cat out.txt; return 1; }
    grep -q "^after 0$" out.txt
    grep -q "^Pin('P19', mode=Pin.OUT, pull=None, alt=-1) Pin('P10', mode=Pin.IN, pull=None, alt=-1) P10$" out.txt
    [ "$(awk '$2 == "P19" { printf "%s ", $3 }' b/pins.log)" = "1 0 1 z " ] || { cat b/pins.log; return 1; }
}
scenario machine_pin_inputs_and_callbacks machine_pin_inputs_and_callbacks

# Timer.Alarm (one-shot, periodic, cancel, arg), Timer.Chrono and Timer.sleep_us on board time.
machine_timer_alarms_and_chrono() {
    machine_board b
    cat >main.py <<'PY'
import utime
from machine import Timer
t0 = utime.ticks_ms()
def tick(alarm):
    print('tick', utime.ticks_diff(t0, utime.ticks_ms()) // 100)
def once(arg):
    print('once', arg, utime.ticks_diff(t0, utime.ticks_ms()) // 100)
periodic = Timer.Alarm(tick, 1.5, periodic=True)
Timer.Alarm(once, ms=2200, arg='hello')
cancelled = Timer.Alarm(once, 1)
cancelled.cancel()
chrono = Timer.Chrono()
chrono.start()
utime.sleep(5)
periodic.cancel()
chrono.stop()
utime.sleep(2)
print('chrono', round(chrono.read(), 3), int(chrono.read_ms()), int(chrono.read_us()) // 1000)
chrono.reset()
chrono.start()
Timer.sleep_us(2500)
print('sleep_us', int(chrono.read_us()))
def bad(alarm):
    raise ValueError('from the handler')
Timer.Alarm(bad, ms=10)
utime.sleep_ms(20)
print('goes on')
PY
    boot_with_main b main.py
    [ "$(grep -E '^(tick|once)' out.txt | tr '\n' '|')" = "tick 15|once hello 22|tick 30|tick 45|" ] || { cat out.txt; return 1; }
    grep -q "^chrono 5.0 5000 5000$" out.txt
    grep -q "^sleep_us 25[0-9][0-9]$" out.txt
    grep -q "^Uncaught exception in callback handler$" out.txt
    grep -q "^ValueError: from the handler$" out.txt
    grep -q "^goes on$" out.txt
}
scenario machine_timer_alarms_and_chrono machine_timer_alarms_and_chrono

# machine.WDT: fed, the board runs on; not fed, it resets with WDT_RESET.
machine_wdt_resets_an_unfed_board() {
    machine_board b
    cat >main.py <<'PY'
import machine, utime
from machine import WDT
print('cause', machine.reset_cause())
if machine.reset_cause() != machine.WDT_RESET:
    wdt = WDT(timeout=2000)
    for i in range(10):
        utime.sleep(1)
        wdt.feed()
    print('fed for 10 s')
    t0 = utime.ticks_ms()
    while True:
        print('starving', utime.ticks_diff(t0, utime.ticks_ms()) // 1000)
        utime.sleep(1)
PY
    boot_with_main b main.py --cycles 2
    grep -q "^fed for 10 s$" out.txt
    grep -q "^starving 1$" out.txt
    ! grep -q "^starving 2$" out.txt
    grep -q "^cause 2$" out.txt   # WDT_RESET
}
scenario machine_wdt_resets_an_unfed_board machine_wdt_resets_an_unfed_board

# 1.17.2: "WDT on boot". Set in the config block, the WDT starts before boot.py on each hard boot
# and resets a main.py that never feeds it.
machine_1_17_2_wdt_on_boot() {
    machine_board b
    cat >main.py <<'PY'
import machine, pycom, utime
print('cause', machine.reset_cause(), 'wdt_on_boot', pycom.wdt_on_boot(), pycom.wdt_on_boot_timeout())
if pycom.wdt_on_boot_timeout() != 10000:
    try:
        pycom.wdt_on_boot_timeout(4999)
    except ValueError as e:
        print('refused', e)
    pycom.wdt_on_boot(True)
    pycom.wdt_on_boot_timeout(10000)
    machine.reset()
t0 = utime.ticks_ms()
while True:
    print('alive', utime.ticks_diff(t0, utime.ticks_ms()) // 1000)
    utime.sleep(1)
PY
    boot_with_main b main.py --cycles 3
    grep -q "^cause 0 wdt_on_boot True 4294967295$" out.txt
    grep -q "^refused WDT on boot timeout must be at least 5000 ms$" out.txt
    [ "$(grep -c '^Starting the WDT on boot$' out.txt)" -eq 2 ] || { cat out.txt; return 1; }
    grep -q "^cause 2 wdt_on_boot True 10000$" out.txt
    grep -q "^alive 9$" out.txt
    ! grep -q "^alive 10$" out.txt
}
scenario machine_1_17_2_wdt_on_boot machine_1_17_2_wdt_on_boot

# 1.17.2: "heartbeat(False) completes before rgbled". The heartbeat blinks 0x000050 for 80 ms every
# 4 s; heartbeat(False) returns with the LED dark, and rgbled right after it sticks.
machine_1_17_2_heartbeat_false_then_rgbled() {
    machine_board b
    cat >main.py <<'PY'
import pycom, utime
try:
    pycom.rgbled(0xff0000)
except OSError as e:
    print('heartbeat on:', e)
utime.sleep_ms(8040)   # the second blink is lit
pycom.heartbeat(False)
pycom.rgbled(0x00ff00)
print('heartbeat', pycom.heartbeat())
utime.sleep(10)
PY
    boot_with_main b main.py
    no_traceback
    grep -q "^heartbeat on: the requested operation is not possible (the heartbeat is on)$" out.txt
    grep -q "^heartbeat False$" out.txt
    # Blue on, off 80 ms later, on again 4 s after the first; heartbeat(False) while it is lit turns
    # it off, then green stays (until the power goes).
    awk '$2 == "LED" { printf "%s ", $3 }' b/pins.log >colors.txt
    [ "$(cat colors.txt)" = "0x000050 0x000000 0x000050 0x000000 0x00ff00 0x000000 " ] || { cat colors.txt; return 1; }
    awk '$2 == "LED" { t[n++] = $1 } END { exit !(t[1] - t[0] == 80000 && t[2] - t[0] == 4000000 && t[3] - t[2] < 80000 && t[4] - t[3] < 1000) }' b/pins.log \
        || { cat b/pins.log; return 1; }
}
scenario machine_1_17_2_heartbeat_false_then_rgbled machine_1_17_2_heartbeat_false_then_rgbled

# The config block's settings survive a reset; the heartbeat follows heartbeat_on_boot.
machine_pycom_config_block_settings() {
    machine_board b
    cat >main.py <<'PY'
import pycom, machine
if pycom.wifi_ssid() == '':
    pycom.wifi_ssid('fleet-ap')
    pycom.wifi_pwd('s3cret-pass')
    pycom.wifi_on_boot(False)
    pycom.heartbeat_on_boot(False)
    machine.reset()
print(pycom.wifi_ssid(), pycom.wifi_pwd(), pycom.wifi_on_boot(), pycom.heartbeat_on_boot(), pycom.heartbeat())
try:
    pycom.wifi_ssid('x' * 33)
except ValueError as e:
    print('refused', e)
PY
    boot_with_main b main.py --cycles 2
    no_traceback
    grep -q "^fleet-ap s3cret-pass False False False$" out.txt
    grep -q "^refused wifi_ssid: at most 32 bytes$" out.txt
    "$PYFW" flash b read 0x3ff000 768 config.bin >/dev/null
    grep -q "fleet-ap" config.bin
}
scenario machine_pycom_config_block_settings machine_pycom_config_block_settings

# The RTC keeps counting through deep sleep; ntp_sync says why it cannot work without a network.
machine_rtc_across_deep_sleep() {
    machine_board b
    cat >main.py <<'PY'
import machine
from machine import RTC
rtc = RTC()
if machine.reset_cause() != machine.DEEPSLEEP_RESET:
    # As Pycom's documentation writes it: microseconds and a tzinfo of 0 (ignored).
    rtc.init((2024, 2, 28, 23, 59, 30, 0, 0))
    try:
        rtc.ntp_sync('pool.ntp.org')
    except OSError as e:
        print('ntp:', e)
    print('synced', rtc.synced())
    machine.deepsleep(60000)
print('now', rtc.now()[:6])
PY
    boot_with_main b main.py
    grep -q "^ntp: ntp_sync: no network connection is up (connect WLAN or LTE first)$" out.txt
    grep -q "^synced False$" out.txt
    grep -q "^now (2024, 2, 29, 0, 0, 3[0-9])$" out.txt || { cat out.txt; return 1; }
}
scenario machine_rtc_across_deep_sleep machine_rtc_across_deep_sleep

# The Pysense devices: the Si7006 on I2C (P22/P21) and the battery on P16, set from outside.
machine_pysense_sensor_and_battery() {
    machine_board b
    printf '0 si7006 21.5C 40%%\n0 battery 3.7V\n5s si7006 30C 55.5%%\n' >b/pins.in
    cat >main.py <<'PY'
import utime
from machine import I2C, ADC
i2c = I2C(0, mode=I2C.MASTER, pins=('P22', 'P21'))
print('scan', i2c.scan(), I2C(0).scan())
def measure(command):
    i2c.writeto(0x40, bytes([command]))
    data = i2c.readfrom(0x40, 3)
    return (data[0] << 8) | data[1]
def climate():
    t = 175.72 * measure(0xF3) / 65536 - 46.85
    rh = 125 * measure(0xF5) / 65536 - 6
    return round(t, 1), round(rh, 1)
print('climate', climate())
utime.sleep(6)
print('climate', climate())
adc = ADC()
battery = adc.channel(pin='P16', attn=ADC.ATTN_11DB)
mv = battery.voltage() * 171 // 56
print('battery', mv // 100)
try:
    i2c.readfrom(0x41, 1)
except OSError as e:
    print('0x41:', e)
PY
    boot_with_main b main.py
    no_traceback
    grep -q "^scan \[64\] \[\]$" out.txt
    grep -q "^climate (21.5, 40.0)$" out.txt
    grep -q "^climate (30.0, 55.5)$" out.txt
    grep -q "^battery 36$" out.txt || grep -q "^battery 37$" out.txt
    grep -q "^0x41: I2C bus error: no device acknowledged address 0x41$" out.txt
}
scenario machine_pysense_sensor_and_battery machine_pysense_sensor_and_battery

# Bad input gets clear errors, and the board goes on.
machine_bad_input() {
    machine_board b
    printf '1s P10 2\nsoon P9 1\n2s P99 1\n1s P9\n' >b/pins.in
    cat >main.py <<'PY'
import machine, pycom
from machine import Pin, Timer, WDT, ADC
def attempt(what, f):
    try:
        f()
        print(what, 'accepted')
    except Exception as e:
        print(what, type(e).__name__, e)
attempt('pin name', lambda: Pin('P99'))
attempt('pin type', lambda: Pin(10))
attempt('input-only out', lambda: Pin('P13', Pin.OUT))
attempt('pin mode', lambda: Pin('P9', 99))
attempt('trigger', lambda: Pin('P9').callback(9, print))
attempt('handler', lambda: Pin('P9').callback(Pin.IRQ_RISING, 5))
attempt('alarm zero', lambda: Timer.Alarm(print, 0))
attempt('alarm huge', lambda: Timer.Alarm(print, 2**63))
attempt('alarm negative', lambda: Timer.Alarm(print, ms=-1))
attempt('wdt zero', lambda: WDT(timeout=0))
attempt('wdt huge', lambda: WDT(timeout=2**63))
attempt('rgbled huge', lambda: pycom.rgbled(2**63))
attempt('adc bits', lambda: ADC(bits=13))
attempt('spi', lambda: machine.SPI(0))
attempt('rmt', lambda: machine.RMT(0))
attempt('timer', lambda: Timer(0))
print('done')
PY
    boot_with_main b main.py
    no_traceback
    grep -q "^pins.in:1: invalid level (0, 1, z or a voltage such as 1.35V) '2'$" out.txt
    grep -q "^pins.in:2: invalid time (e.g. 2500ms, 1.5s, 300us, now) 'soon'$" out.txt
    grep -q "^pins.in:3: unknown pin or device (P0..P23, battery, si7006) 'P99'$" out.txt
    grep -q "^pins.in:4: expected TIME WHAT VALUE" out.txt
    grep -q "^pin name ValueError invalid pin: P99$" out.txt
    grep -q "^pin type TypeError" out.txt
    grep -q "^input-only out ValueError P13 is an input-only pin$" out.txt
    grep -q "^pin mode ValueError invalid pin mode 99$" out.txt
    grep -q "^trigger ValueError invalid trigger 9$" out.txt
    grep -q "^handler TypeError handler must be callable$" out.txt
    grep -q "^alarm zero ValueError" out.txt
    grep -q "^alarm huge \(ValueError\|OverflowError\)" out.txt
    grep -q "^alarm negative ValueError" out.txt
    grep -q "^wdt zero ValueError" out.txt
    grep -q "^wdt huge \(ValueError\|OverflowError\)" out.txt
    grep -q "^rgbled huge \(ValueError\|OverflowError\)" out.txt
    grep -q "^adc bits ValueError ADC bits must be 9..12$" out.txt
    grep -q "^spi NotImplementedError machine.SPI is not modelled on the virtual board yet$" out.txt
    grep -q "^rmt NotImplementedError machine.RMT is not modelled on the virtual board yet$" out.txt
    grep -q "^timer NotImplementedError" out.txt
    grep -q "^done$" out.txt
}
scenario machine_bad_input machine_bad_input

# machine.info() prints Pycom's whole report, closing line included, whatever the figures' widths.
machine_info_prints_the_whole_report() {
    machine_board b
    printf 'import machine\nmachine.info()\nprint("after")\n' >main.py
    boot_with_main b main.py
    no_traceback
    grep -q "^MicroPython heap: [0-9]* total, [0-9]* used, [0-9]* free$" out.txt
    grep -A1 "^MicroPython heap: " out.txt | tail -1 | grep -qx -- "-\{45\}"
    grep -q "^after$" out.txt
}
scenario machine_info_prints_the_whole_report machine_info_prints_the_whole_report
