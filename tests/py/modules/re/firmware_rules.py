# Where the firmware's re and CPython's differ, pyfw follows the firmware for the syntax the
# firmware documents ('.' also matches a newline; '$' matches only at the very end) and refuses
# the constructs it would read differently from CPython (escaped letters such as \n or \b,
# counted repetition, (?...) groups). Expected output in firmware_rules.py.exp.
import ure
print(ure.match(".", "\n") is not None, ure.search("a.b", "a\nb").group(0) == "a\nb", ure.search("a$", "a\n"))
print(ure.search("^b", "a\nb"), ure.match("(.*)", "x\ny").group(1) == "x\ny")
for pattern in ("\\n", "\\t", "\\b", "\\B", "\\A", "\\Z", "\\1", "\\x41", "a{2}", "a{1,3}", "a{,3}", "(?:a)",
                "(?P<n>a)", "(?=a)", "(?i)a", "*", "a**", "a+*", "a??+", "(", ")", "(()", "[", "[a", "[b-a]", "\\"):
    try:
        ure.compile(pattern)
        print(repr(pattern), "compiled")
    except ValueError as e:
        print(repr(pattern), e)
