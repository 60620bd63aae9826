"""The share of a program's run under a WebAssembly interpreter spent outside its compiled C, in
the JavaScript that Emscripten generates around it, read from a V8 CPU profile (node --cpu-prof) of
bench/engine/micropython/wasm_run.mjs. A native build has no such glue: MicroPython's wasm build
does setjmp/longjmp (its nlr) in JavaScript, so every call out of a C function that sets a jump,
the bytecode loop among them, goes wasm -> JS invoke_* -> wasm.

Samples below the driver's runProgram frame count; those in wasm code (url wasm://, less the
wasm-to-js and js-to-wasm wrappers) are the C, the rest glue.
"""
import json


def glue_share(profile_path):
    with open(profile_path) as f:
        nodes = {node['id']: node for node in json.load(f)['nodes']}
    runs = [n for n in nodes.values() if n['callFrame']['functionName'] == 'runProgram']
    c_code = glue = 0
    pending = [child for run in runs for child in run.get('children', [])]
    while pending:
        node = nodes[pending.pop()]
        frame = node['callFrame']
        wrapper = frame['functionName'].startswith(('wasm-to-js', 'js-to-wasm'))
        if frame['url'].startswith('wasm://') and not wrapper:
            c_code += node['hitCount']
        else:
            glue += node['hitCount']
        pending += node.get('children', [])
    total = c_code + glue
    if total == 0:
        raise ValueError('%s: no samples below runProgram' % profile_path)
    return glue / total
