# The firmware on the board, as a user meets it: their boot.py and main.py on /flash, the REPL on
# the console, soft reboots, resets, safe boot and deep sleep. Every board runs on virtual time;
# console input is typed at chosen board times with --input-at.

# new_board NAME MODEL: a board folder with the model's firmware flashed (the build is made once),
# booted once, so that /flash holds what the firmware creates on a first boot.
new_board() {
    local build="$work/firmware-builds/$2"
    mkdir -p "$work/firmware-builds"
    if [ ! -f "$build/$2.bin" ]; then
        "$PYFW" build --board "$2" --out "$build" >/dev/null
    fi
    "$PYFW" board create "$1" --model "$2" >/dev/null
    "$PYFW" flash "$1" write 0x1000 "$build/bootloader.bin" 0x8000 "$build/partitions.bin" 0x10000 "$build/$2.bin" >/dev/null
    "$PYFW" board boot "$1" --virtual-time </dev/null >/dev/null
}

# put BOARD FILE [PATH]: FILE onto the board's /flash (as /FILE unless PATH).
put() { "$PYFW" fs "$1" put "$2" "${3:-/$2}" >/dev/null; }

# boot_log BOARD OUTPUT [ARGS...]: boots the board, its console (without \r) into OUTPUT.
boot_log() {
    local board=$1 output=$2
    shift 2
    "$PYFW" board boot "$board" --virtual-time "$@" 2>&1 | tr -d '\r' >"$output"
}

# in_order FILE LINE...: the lines occur in FILE in this order.
in_order() {
    local file=$1 after=0 line at
    shift
    for line in "$@"; do
        at=$(grep -n -F -x -- "$line" "$file" | cut -d: -f1 | awk -v after="$after" '$1 > after { print; exit }')
        [ -n "$at" ] || { echo "'$line' not found after line $after of $file"; cat "$file"; return 1; }
        after=$at
    done
}

firmware_runs_boot_py_then_main_py_then_the_repl() {
    new_board b lopy4
    printf 'import sys\nprint("boot.py", sys.platform, sys.path)\n' >boot.py
    printf 'import os\nprint("main.py", os.uname().sysname, os.uname().lorawan)\n' >main.py
    put b boot.py
    put b main.py
    boot_log b log.txt --input-at '1=print("typed", 6 * 7)\r'
    in_order log.txt "boot.py esp32 ['', '/flash', '/flash/lib', '.frozen']" "main.py LoPy4 1.0.2" \
        'Type "help()" for more information.' '>>> print("typed", 6 * 7)' "typed 42"
    # _boot.py and _main.py are frozen into the image and importable by name (through '.frozen').
    boot_log b log2.txt --input-at '1=import _boot, _main\rprint(_boot.__name__)\r'
    in_order log2.txt ">>> print(_boot.__name__)" "_boot"
}
scenario firmware_runs_boot_py_then_main_py_then_the_repl firmware_runs_boot_py_then_main_py_then_the_repl

firmware_script_errors_print_a_traceback_and_the_board_goes_on() {
    new_board b lopy
    printf 'print("boot starts")\n1 / 0\n' >boot.py
    printf 'print("main runs"\n' >main.py
    put b boot.py
    put b main.py
    boot_log b log.txt
    in_order log.txt "boot starts" "Traceback (most recent call last):" '  File "boot.py", line 2, in <module>' \
        "ZeroDivisionError: division by zero"
    grep -q "^SyntaxError: " log.txt
    grep -q 'Type "help()" for more information.' log.txt
    ! grep -q "main runs" log.txt
}
scenario firmware_script_errors_print_a_traceback_and_the_board_goes_on firmware_script_errors_print_a_traceback_and_the_board_goes_on

firmware_soft_reboot_runs_everything_again_with_a_fresh_heap() {
    new_board b wipy
    printf 'import machine\nprint("cause", machine.reset_cause())\n' >boot.py
    printf 'x = [0] * 1000\nprint("main", len(x))\n' >main.py
    put b boot.py
    put b main.py
    boot_log b log.txt --input-at '1=y = 5\r\x04' --input-at '2=print(y)\r'
    in_order log.txt "cause 0" "main 1000" "PYB: soft reboot" "cause 4" "main 1000" ">>> print(y)" \
        "NameError: name 'y' is not defined"
}
scenario firmware_soft_reboot_runs_everything_again_with_a_fresh_heap firmware_soft_reboot_runs_everything_again_with_a_fresh_heap

# The seed's first crash report: 10,000 soft reboots in a row, with empty scripts and with a boot.py
# that opens files (one left open) and imports from /flash/lib. Heap and process memory stay flat:
# the same free heap after 100 and after 10,000, and the same peak memory give or take 1 MiB.
firmware_ten_thousand_soft_reboots_leak_nothing() {
    new_board b lopy4
    : >empty.py
    put b empty.py /boot.py
    put b empty.py /main.py
    reboots_then_heap b 100 few.txt
    reboots_then_heap b 10000 many.txt
    [ "$(grep "^free " few.txt)" = "$(grep "^free " many.txt)" ]
    [ "$(cat many.rss)" -le $(($(cat few.rss) + 1024)) ] || { echo "peak memory $(cat few.rss) KiB -> $(cat many.rss) KiB"; return 1; }
    printf 'def answer():\n    return 42\n' >helper.py
    printf 'import helper\nf = open("/flash/lib/helper.py")\nsource = f.read()\nwith open("/flash/boot.py") as g:\n    g.read()\nassert helper.answer() == 42\n' >boot.py
    put b helper.py /lib/helper.py
    put b boot.py
    reboots_then_heap b 100 few.txt
    reboots_then_heap b 10000 many.txt
    ! grep -q "Traceback" many.txt
    [ "$(grep "^free " few.txt)" = "$(grep "^free " many.txt)" ]
    [ "$(cat many.rss)" -le $(($(cat few.rss) + 1024)) ] || { echo "peak memory $(cat few.rss) KiB -> $(cat many.rss) KiB"; return 1; }
}
scenario firmware_ten_thousand_soft_reboots_leak_nothing firmware_ten_thousand_soft_reboots_leak_nothing

# The µs busy loop of the crash reports (utime only) for one hour of board time, then Ctrl-C.
firmware_microsecond_busy_loop_runs_an_hour_and_stops_on_ctrl_c() {
    new_board b lopy4
    cat >main.py <<'EOF'
import utime
start = utime.ticks_ms()
periods = 0
try:
    while True:
        t = utime.ticks_us()
        while utime.ticks_diff(t, utime.ticks_us()) < 2500000:
            pass
        periods += 1
except KeyboardInterrupt:
    print("stopped after", periods, "periods,", utime.ticks_diff(start, utime.ticks_ms()) // 1000, "s")
EOF
    put b main.py
    boot_log b log.txt --input-at '3600=\x03'
    # 3600 s at 2.5 s a period, less the time to boot and what each period overruns its 2.5 s by.
    grep -q "^stopped after 143[89] periods, 3599 s$" log.txt || { grep stopped log.txt; return 1; }
}
scenario firmware_microsecond_busy_loop_runs_an_hour_and_stops_on_ctrl_c firmware_microsecond_busy_loop_runs_an_hour_and_stops_on_ctrl_c

firmware_safe_boot_by_ctrl_f_and_by_the_pin() {
    new_board b lopy4
    printf 'print("boot.py ran")\n' >boot.py
    printf 'import machine\nprint("main.py ran", machine.reset_cause())\n' >main.py
    put b boot.py
    put b main.py
    # Ctrl-F: a reset into safe boot; boot.py and main.py skipped once, then machine.reset().
    boot_log b log.txt --input-at '1=\x06' --input-at '2=import machine\rmachine.reset()\r'
    in_order log.txt "boot.py ran" "main.py ran 0" "Safe boot: yes (boot.py and main.py skipped)" \
        ">>> machine.reset()" "Safe boot: no" "boot.py ran" "main.py ran 2"
    [ "$(grep -c "ran" log.txt)" -eq 4 ]
    # The safe-boot pin held 1 s at power-on.
    boot_log b pin.txt --safe-boot-pin 1000
    grep -q "^Safe boot: yes" pin.txt
    ! grep -q "ran" pin.txt
}
scenario firmware_safe_boot_by_ctrl_f_and_by_the_pin firmware_safe_boot_by_ctrl_f_and_by_the_pin

firmware_machine_main_chooses_the_next_script() {
    new_board b sipy
    printf 'import machine\nmachine.main("other.py")\n' >boot.py
    printf 'print("main.py ran")\n' >main.py
    printf 'print("other.py ran")\n' >other.py
    put b boot.py
    put b main.py
    put b other.py
    boot_log b log.txt
    grep -q "^other.py ran$" log.txt
    ! grep -q "main.py ran" log.txt
}
scenario firmware_machine_main_chooses_the_next_script firmware_machine_main_chooses_the_next_script

firmware_reset_causes_after_each_kind_of_reset() {
    new_board b lopy4
    cat >main.py <<'EOF'
import machine
names = {machine.PWRON_RESET: "PWRON_RESET", machine.WDT_RESET: "WDT_RESET", machine.SOFT_RESET: "SOFT_RESET",
         machine.DEEPSLEEP_RESET: "DEEPSLEEP_RESET"}
print("cause", names[machine.reset_cause()], machine.wake_reason())
EOF
    put b main.py
    boot_log b log.txt --input-at '1=import machine\rmachine.reset()\r' --input-at '2=\x04' \
        --input-at '3=machine.deepsleep(5000)\r' --input-at '9=\r'
    in_order log.txt "cause PWRON_RESET (0, None)" "rst:0x7 (TG0WDT_SYS_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)" \
        "cause WDT_RESET (0, None)" "PYB: soft reboot" "cause SOFT_RESET (0, None)" \
        "rst:0x5 (DEEPSLEEP_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)" "cause DEEPSLEEP_RESET (2, None)"
}
scenario firmware_reset_causes_after_each_kind_of_reset firmware_reset_causes_after_each_kind_of_reset

# A thousand deep-sleep cycles: each wake is a DEEPSLEEP_RESET by the RTC timer, the RTC keeps
# counting through the sleeps, and the board folder stays usable.
firmware_a_thousand_deep_sleep_cycles() {
    new_board b lopy
    printf 'import machine, utime\nprint("wake", machine.reset_cause(), machine.wake_reason()[0], utime.time())\nmachine.deepsleep(60000)\n' >main.py
    put b main.py
    boot_log b log.txt --cycles 1001
    [ "$(grep -c "^wake 3 2 " log.txt)" -eq 1000 ]
    grep -q "^wake 0 0 0$" log.txt
    grep -q "^wake 3 2 60000$" log.txt
    # Booted again, the board that was left asleep wakes from it.
    boot_log b again.txt --cycles 1
    grep -q "^wake 3 2 60060$" again.txt
}
scenario firmware_a_thousand_deep_sleep_cycles firmware_a_thousand_deep_sleep_cycles

firmware_corrupt_flash_file_system_is_reformatted() {
    new_board b lopy
    boot_log b first.txt
    head -c $((0x7f000)) /dev/urandom >noise.bin
    "$PYFW" flash b write 0x380000 noise.bin >/dev/null
    boot_log b log.txt --input-at '1=import os\rprint(sorted(os.listdir("/flash")))\r'
    grep -q "^/flash: .*; formatting$" log.txt
    grep -q "^\['boot.py', 'cert', 'lib', 'main.py', 'sys'\]$" log.txt
    ! grep -q "Traceback" log.txt
}
scenario firmware_corrupt_flash_file_system_is_reformatted firmware_corrupt_flash_file_system_is_reformatted

firmware_hostile_scripts_get_clear_errors() {
    new_board b lopy4
    # A 1 MiB main.py does not fit the heap once compiled: a MemoryError naming the request that
    # failed (as MicroPython words it), and the REPL still comes.
    python3 -c "import sys; sys.stdout.write(''.join('x%d = %d\n' % (i, i) for i in range(70000)))" >main.py
    put b main.py
    boot_log b big.txt --input-at '1=print("still here")\r'
    grep -q "^MemoryError: memory allocation failed, compiling [0-9]* bytes of source (heap [0-9]* bytes)$" big.txt
    grep -q "^still here$" big.txt
    # A 300-character file name: FAT's limit is 255.
    python3 -c "print('try:\n    open(\"/flash/' + 'n' * 300 + '\", \"w\")\nexcept OSError as e:\n    print(\"refused\", e.args[0])')" >main.py
    put b main.py
    boot_log b long.txt
    grep -q "^refused 36$" long.txt
    expect_fail "ENAMETOOLONG" "$PYFW" fs b put main.py "/$(printf 'n%.0s' $(seq 300)).py"
}
scenario firmware_hostile_scripts_get_clear_errors firmware_hostile_scripts_get_clear_errors

# MicroPython's host tools over the --pty console, through pyserial (Debian's python3-serial): a
# raw-REPL session with raw-paste exec, fs ls/cp/cat/rm and soft resets, as mpremote does it; what
# it wrote is on /flash afterwards.
firmware_host_tools_work_over_the_pty() {
    new_board b lopy4
    local python=python3
    [ -x /usr/bin/python3 ] && python=/usr/bin/python3   # the interpreter Debian's python3-serial is for
    "$python" "$root/tests/board/support/serial_tools_client.py" "$PYFW" b
    [ "$("$PYFW" fs b cat /lib/greeting.py | head -1)" = "def hello():" ]
}
scenario firmware_host_tools_work_over_the_pty firmware_host_tools_work_over_the_pty

# The README's first command: the example LoPy4 reads its Pysense, joins `pyfw ns serve` over the
# air and sends a reading at each of four wake-ups; the server receives each with the next frame
# counter, and the readings follow what the board's pins.in says the sensor sensed.
firmware_readme_example_sends_its_readings_to_the_network_server() {
    EXAMPLE_OUT=$PWD/example "$root/examples/lopy4/run" >out.txt 2>&1 || { cat out.txt; return 1; }
    no_traceback out.txt
    [ "$(grep -c "^joined the network$" out.txt)" -eq 1 ]
    [ "$(grep -c "^sent .*; sleeping 10 min$" out.txt)" -eq 4 ]
    [ "$(grep -c "^join lopy4 " out.txt)" -eq 1 ]
    grep -q "^FCnt 0: 18.39 C, 62.00 %RH, battery 4094 mV$" out.txt
    grep -q "^FCnt 1: 19.10 C, 59.99 %RH, battery 4076 mV$" out.txt
    grep -q "^FCnt 2: 20.30 C, 57.00 %RH, battery 4076 mV$" out.txt
    grep -q "^FCnt 3: 21.69 C, 55.00 %RH, battery 4045 mV$" out.txt
}
scenario firmware_readme_example_sends_its_readings_to_the_network_server firmware_readme_example_sends_its_readings_to_the_network_server
