# A tiny stack-based virtual machine with jumps, running a loop program.
def run(program, trace=False):
    stack = []
    pc = 0
    steps = 0
    vars_ = {}
    output = []
    while pc < len(program):
        op, *args = program[pc]
        pc += 1
        steps += 1
        if op == "push":
            stack.append(args[0])
        elif op == "load":
            stack.append(vars_[args[0]])
        elif op == "store":
            vars_[args[0]] = stack.pop()
        elif op in ("add", "sub", "mul", "lt"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "lt": int(a < b)}[op])
        elif op == "jz":
            if stack.pop() == 0:
                pc = args[0]
        elif op == "jmp":
            pc = args[0]
        elif op == "print":
            output.append(stack.pop())
        else:
            raise ValueError("unknown op " + op)
    return output, steps, vars_
factorial = [
    ("push", 1), ("store", "acc"), ("push", 1), ("store", "i"),
    ("load", "i"), ("push", 11), ("lt",), ("jz", 17),
    ("load", "acc"), ("load", "i"), ("mul",), ("store", "acc"),
    ("load", "i"), ("push", 1), ("add",), ("store", "i"), ("jmp", 4),
    ("load", "acc"), ("print",),
]
print(run(factorial))
countdown = [("push", 3), ("store", "n"), ("load", "n"), ("jz", 10), ("load", "n"), ("print",),
             ("load", "n"), ("push", 1), ("sub",), ("store", "n"), ("jmp", 2)]
countdown[3] = ("jz", 11)
print(run(countdown))
try:
    run([("push", 1), ("frobnicate",)])
except ValueError as e:
    print("ValueError", e)
try:
    run([("add",)])
except IndexError:
    print("IndexError stack underflow")
