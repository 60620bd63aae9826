// How much of MicroPython's GC heap one benchmark program touches, in the WebAssembly build under
// Node (the unix build cannot be made here). The program is set up as wasm_run.mjs sets it up, the
// interpreter's linear memory is copied just before the program runs and compared with it just
// after, a 4 KiB page at a time: a page that differs was written by the run. WebAssembly memory
// starts zeroed and the GC heap is fresh, so a page of the heap the run never wrote stays equal.
// A page written with zeros only (a zero-filled allocation never used) is missed.
//
// This build collects garbage only between top-level calls (its heap grows instead of collecting
// while a program runs), so the heap pages a run writes are what it allocates in all, in 32-bit
// objects, not its live peak. bench/engine/micropython/memory turns that into a range for the
// unix build, whose fixed heap collects when full.
//
// Prints one JSON line: heap_bytes (the pages written in the GC heap, its allocation tables with
// it, and the source text's buffer if it lands after the heap), grown_bytes (the part of them past
// the heap's end: areas the build added when the run outgrew the heap), pystack_bytes
// (MicroPython's Python stack, where this build keeps frames), other_bytes (the C stack, static
// data), status (1 when the program raised).
//
// Usage: node heap_pages.mjs NODE_MODULES PROGRAM.py [HEAP_BYTES]
import fs from 'node:fs';
import path from 'node:path';
import { loaders, prepare, MICROPYTHON_HEAP, MICROPYTHON_PYSTACK } from './wasm_run.mjs';

const PAGE = 4096;

// The GC pool's first address and size as micropython.mem_info(1) prints them ("GC: total: N",
// "GC memory layout; from HEX:"); the heap's block map lines that follow are not needed.
function poolOf(interpreter, out) {
    out.length = 0;
    interpreter.run('import micropython\nmicropython.mem_info(1)');
    const text = Buffer.concat(out).toString();
    out.length = 0;
    const total = /GC: total: (\d+)/.exec(text);
    const from = /GC memory layout; from ([0-9a-f]+):/.exec(text);
    if (!total || !from) throw new Error('mem_info(1) printed no GC layout');
    return { start: parseInt(from[1], 16), size: Number(total[1]) };
}

// Offsets of the pages of `after` that differ from `before` (memory past before's end was zero).
function writtenPages(before, after) {
    const pages = [];
    for (let page = 0; page < after.length; page += PAGE) {
        const end = Math.min(page + PAGE, after.length);
        for (let i = page; i < end; i++) {
            if (after[i] !== (i < before.length ? before[i] : 0)) {
                pages.push(page);
                break;
            }
        }
    }
    return pages;
}

async function main() {
    const [modules, program, heapArg] = process.argv.slice(2);
    if (!program) {
        process.stderr.write('usage: node heap_pages.mjs NODE_MODULES PROGRAM.py [HEAP_BYTES]\n');
        return 2;
    }
    const heapsize = heapArg ? Number(heapArg) : MICROPYTHON_HEAP;
    if (!Number.isInteger(heapsize) || heapsize < 65536) {
        process.stderr.write(`heap_pages.mjs: HEAP_BYTES must be a whole number of at least 65536, not ${heapArg}\n`);
        return 2;
    }
    const out = [], err = [];
    const interpreter = await loaders.micropython(path.resolve(modules), out, err, heapsize);
    prepare(interpreter, program);
    const pool = poolOf(interpreter, out);
    // The heap (allocation tables, then the pool) ends where the pool ends; MicroPython's Python
    // stack is the allocation made just before it.
    const heapStart = pool.start + pool.size - heapsize;
    const pystackStart = heapStart - MICROPYTHON_PYSTACK * 4;
    const source = fs.readFileSync(program, 'utf8');
    const before = Uint8Array.from(interpreter.memory());
    let status = 0;
    try {
        interpreter.run(source);
    } catch (error) {
        err.push(Buffer.from(String(error.message || error) + '\n'));
        status = 1;
    }
    const pages = writtenPages(before, interpreter.memory());
    // Areas the heap adds when a run outgrows it come later in memory, so they count as heap.
    const heapEnd = pool.start + pool.size;
    const heap = pages.filter((page) => page + PAGE > heapStart).length;
    const grown = pages.filter((page) => page >= heapEnd).length;
    const pystack = pages.filter((page) => page + PAGE > pystackStart && page < heapStart).length;
    process.stdout.write(JSON.stringify({
        heap_bytes: heap * PAGE, grown_bytes: grown * PAGE, pystack_bytes: pystack * PAGE,
        other_bytes: (pages.length - heap - pystack) * PAGE, status,
    }) + '\n');
    if (status) process.stderr.write(Buffer.concat(err).toString().slice(-800));
    return status;
}

process.exitCode = await main().catch((error) => {
    process.stderr.write(`heap_pages.mjs: ${error.message}\n`);
    return 1;
});
