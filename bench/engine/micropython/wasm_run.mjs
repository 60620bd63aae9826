// Runs one benchmark program under an interpreter compiled to WebAssembly, in this Node process,
// the way `python3 bm_X.py` runs it natively: the program and its `_clock.py` are copied into the
// interpreter's in-memory file system (it cannot see the host's), the program runs as __main__,
// and what it wrote to stdout and stderr is passed through afterwards, so the timed work does no
// host I/O. Exit status 1 when the program raised.
//
// Usage: node wasm_run.mjs NODE_MODULES (micropython|pyodide) PROGRAM.py
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// MicroPython gets the heap pyfw gets from bench/engine/perf/run (--heap 64M) and a Python stack
// (in words) deep enough for the recursive programs; its defaults are 1 MiB and 2048.
export const MICROPYTHON_HEAP = 64 * 1024 * 1024;
export const MICROPYTHON_PYSTACK = 256 * 1024;

// Each loader returns the interpreter's file system and a function that runs source text.
export const loaders = {
    async micropython(modules, out, err, heapsize = MICROPYTHON_HEAP) {
        const file = path.join(modules, '@micropython/micropython-webassembly-pyscript/micropython.mjs');
        const { loadMicroPython } = await import(file);
        const mp = await loadMicroPython({
            heapsize, pystack: MICROPYTHON_PYSTACK, linebuffer: false,
            stdout: (bytes) => out.push(Buffer.from(bytes)), stderr: (bytes) => err.push(Buffer.from(bytes)),
        });
        // memory() is the linear memory's current view (it is replaced when the memory grows).
        return { FS: mp.FS, run: (source) => mp.runPython(source), memory: () => mp._module.HEAPU8 };
    },
    async pyodide(modules, out, err) {
        const { loadPyodide } = await import(path.join(modules, 'pyodide/pyodide.mjs'));
        const py = await loadPyodide();
        const writer = (chunks) => ({ write: (bytes) => { chunks.push(Buffer.from(bytes)); return bytes.length; } });
        py.setStdout(writer(out));
        py.setStderr(writer(err));
        return { FS: py.FS, run: (source) => py.runPython(source) };
    },
};

// The program's own folder, under the same name, becomes the working directory and sys.path[0],
// with the program and its _clock.py in it.
export function prepare(interpreter, program) {
    const folder = path.dirname(path.resolve(program));
    interpreter.FS.mkdirTree(folder);
    for (const name of [path.basename(program), '_clock.py']) {
        interpreter.FS.writeFile(path.join(folder, name), fs.readFileSync(path.join(folder, name)));
    }
    interpreter.FS.chdir(folder);
    interpreter.run(`__import__("sys").path.insert(0, ${JSON.stringify(folder)})`);
}

// Named so that a CPU profile of this process can find the program's run (see glue.py).
function runProgram(interpreter, source) {
    interpreter.run(source);
}

async function main() {
    const [modules, engine, program] = process.argv.slice(2);
    if (!loaders[engine] || !program) {
        process.stderr.write('usage: node wasm_run.mjs NODE_MODULES (micropython|pyodide) PROGRAM.py\n');
        return 2;
    }
    const out = [], err = [];
    const interpreter = await loaders[engine](path.resolve(modules), out, err);
    let status = 0;
    try {
        prepare(interpreter, program);
        runProgram(interpreter, fs.readFileSync(program, 'utf8'));
    } catch (error) {
        err.push(Buffer.from(String(error.message || error) + '\n'));
        status = 1;
    }
    fs.writeSync(1, Buffer.concat(out));
    fs.writeSync(2, Buffer.concat(err));
    return status;
}

// Run as a script, not when another driver imports the loaders (heap_pages.mjs).
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    process.exitCode = await main().catch((error) => {
        process.stderr.write(`wasm_run.mjs: ${error.message}\n`);
        return 1;
    });
}
