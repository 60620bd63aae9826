# A two-pass assembler for a toy instruction set: labels, immediates and encoding to bytes.
OPCODES = {"nop": 0x00, "ldi": 0x10, "add": 0x20, "sub": 0x21, "jmp": 0x30, "jz": 0x31, "out": 0x40, "halt": 0xFF}
SIZES = {"nop": 1, "ldi": 3, "add": 2, "sub": 2, "jmp": 3, "jz": 3, "out": 2, "halt": 1}
source = """
start:  ldi r0, 5
        ldi r1, 1
loop:   out r0
        sub r0, r1
        jz done
        jmp loop
done:   halt
"""
def parse(src):
    lines = []
    for raw in src.strip().splitlines():
        label, _, rest = raw.rpartition(":") if ":" in raw else ("", "", raw)
        parts = rest.replace(",", " ").split()
        lines.append((label.strip(), parts[0], parts[1:]))
    return lines
def assemble(src):
    lines = parse(src)
    labels, addr = {}, 0
    for label, op, _ in lines:
        if label:
            labels[label] = addr
        addr += SIZES[op]
    out = bytearray()
    for _, op, args in lines:
        out.append(OPCODES[op])
        if op == "ldi":
            out += bytes([int(args[0][1:]), int(args[1])])
        elif op in ("add", "sub"):
            out.append(int(args[0][1:]) << 4 | int(args[1][1:]))
        elif op in ("jmp", "jz"):
            out += labels[args[0]].to_bytes(2, "little")
        elif op == "out":
            out.append(int(args[0][1:]))
    return bytes(out), labels
code, labels = assemble(source)
print(code.hex(), len(code), sorted(labels.items()))
try:
    assemble("jmp nowhere")
except KeyError as e:
    print("KeyError undefined label", e.args)
