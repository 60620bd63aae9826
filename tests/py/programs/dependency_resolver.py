# Resolving install order for packages with dependencies, detecting cycles.
class CycleError(Exception):
    pass
def resolve(deps, target):
    order = []
    state = {}
    def visit(name, stack):
        if state.get(name) == "done":
            return
        if state.get(name) == "visiting":
            raise CycleError(" -> ".join(stack + [name]))
        state[name] = "visiting"
        for d in deps.get(name, []):
            visit(d, stack + [name])
        state[name] = "done"
        order.append(name)
    visit(target, [])
    return order
deps = {
    "app": ["lora", "json", "logging"],
    "lora": ["crypto", "struct"],
    "logging": ["time"],
    "crypto": ["struct"],
    "json": [],
}
print(resolve(deps, "app"))
print(resolve(deps, "crypto"), resolve(deps, "unknown"))
deps["struct"] = ["app"]
try:
    resolve(deps, "app")
except CycleError as e:
    print("CycleError", e)
