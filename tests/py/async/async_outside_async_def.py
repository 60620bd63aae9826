# async for, async with and await outside an async function are syntax errors when compiled,
# before anything runs.
for source in ["async for x in y: pass", "def f():\n    async for x in y: pass\n", "def f():\n    async with y: pass\n",
               "def f():\n    await y\n", "async def f():\n    def g():\n        await y\n"]:
    try:
        compile(source, "s", "exec")
        print("compiled")
    except SyntaxError:
        print("SyntaxError")
compile("async def f():\n    async for x in y:\n        await x\n    async with y: pass\n", "s", "exec")
print("async def compiles")
