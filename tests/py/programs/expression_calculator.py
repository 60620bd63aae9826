# A tokenizer and recursive-descent parser that evaluates arithmetic expressions.
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            s = text[i:j]
            tokens.append(("num", float(s) if "." in s else int(s)))
            i = j
        elif c in "+-*/()%^":
            tokens.append(("op", c))
            i += 1
        else:
            raise ValueError("bad character %r" % c)
    return tokens
class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)
    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok
    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            rhs = self.factor()
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value
    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        kind, val = self.take()
        if kind == "num":
            return val
        if (kind, val) == ("op", "("):
            v = self.expr()
            if self.take() != ("op", ")"):
                raise ValueError("missing )")
            return v
        raise ValueError("unexpected %r" % (val,))
def calc(text):
    try:
        return Parser(tokenize(text)).expr()
    except (ValueError, ZeroDivisionError) as e:
        return "error: " + type(e).__name__
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-3 ^ 2", "10 / 4", "10 % 4 + 7", "1.5 * 4", "((2))",
          "2 * (3 + 4) - -1", "1 / 0", "1 +", "(1", "2 $ 3", "100 - 10 - 1"]:
    print(repr(e), calc(e))
