# Shell-style wildcard matching (*, ?, [set]) implemented by recursion with memoisation.
def match(pattern, name):
    memo = {}
    def m(i, j):
        key = (i, j)
        if key in memo:
            return memo[key]
        if i == len(pattern):
            result = j == len(name)
        elif pattern[i] == "*":
            result = m(i + 1, j) or (j < len(name) and m(i, j + 1))
        elif j == len(name):
            result = False
        elif pattern[i] == "?":
            result = m(i + 1, j + 1)
        elif pattern[i] == "[":
            end = pattern.index("]", i)
            chars = pattern[i + 1:end]
            negate = chars.startswith("!")
            if negate:
                chars = chars[1:]
            hit = name[j] in chars
            result = (hit != negate) and m(end + 1, j + 1)
        else:
            result = pattern[i] == name[j] and m(i + 1, j + 1)
        memo[key] = result
        return result
    return m(0, 0)
files = ["main.py", "boot.py", "lib/lora.py", "data.json", "img_001.bin", "img_010.bin", "README", "a.pyc"]
for pat in ["*.py", "*.py?", "img_0?1.bin", "*/*", "[mb]*.py", "[!m]*.py", "*", "README", "*.[jb]*"]:
    print(pat, [f for f in files if match(pat, f)])
print(match("a*b*c*d", "aXXbYYcZZd"), match("a*b*c*d", "aXXbYYcZZ"), match("", ""), match("*", ""))
