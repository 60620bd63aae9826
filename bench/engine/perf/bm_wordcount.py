# Word frequencies of a generated text: str.split, lower, strip, dict counting and a sort.
import _clock

WORDS = ("the quick brown fox jumps over a lazy dog while lora radios send small frames "
         "to gateways, and the network server answers; devices sleep, wake, measure and "
         "report. Batteries last years when firmware is careful.").split()


def make_text(lines):
    out = []
    state = 7
    for _ in range(lines):
        parts = []
        for _ in range(12):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            parts.append(WORDS[state % len(WORDS)])
        out.append(" ".join(parts))
    return "\n".join(out)


def count(text):
    freq = {}
    for line in text.split("\n"):
        for word in line.split():
            w = word.strip(".,;").lower()
            freq[w] = freq.get(w, 0) + 1
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))


text = make_text(3000)
start = _clock.now()
for _ in range(3):
    top = count(text)
_clock.report(start)
print(top[:3], len(top))
