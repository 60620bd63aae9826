// network.Server (Pycom's modnetwork.c server): the board's FTP and Telnet servers, one pair per
// board. Making a Server (re)starts them with its login and timeout, as Pycom's does.
#include "port/board_host.h"
#include "port/board_servers.h"
#include "port/modules/network_classes.h"
#include "port/network_state.h"

namespace pyfw::port {

using namespace pyfw::engine;

namespace {

constexpr int64_t kMinTimeoutSeconds = 5;

struct ServerObject : Object {};

BoardServers& servers() { return networkState(runningApp()).servers(); }

void checkServer(Value self) {
    if (!isInstance(self, &serverType)) raiseTypeError("expected a Server");
}

int64_t requireTimeout(Value v) {
    int64_t seconds = requireInt64(v, "timeout");
    if (seconds < kMinTimeoutSeconds) raiseValueError("the timeout must be at least %lld seconds", (long long)kMinTimeoutSeconds);
    return seconds;
}

// init(*, login=('micro', 'python'), timeout=300)
void startWith(Value login, Value timeout) {
    ServerSettings settings = servers().settings();
    if (login && login != None()) {
        if (!isInstance(login, &tupleType) || login.as<TupleObject>()->size != 2)
            raiseTypeError("login must be a (user, password) tuple");
        auto* pair = login.as<TupleObject>();
        settings.user = std::string(requireStr(pair->items[0], "user")->view());
        settings.password = std::string(requireStr(pair->items[1], "password")->view());
        if (settings.user.empty() || settings.user.size() > 32 || settings.password.size() > 32)
            raiseValueError("user and password have 1 to 32 characters");
    }
    if (timeout && timeout != None()) settings.timeoutSeconds = requireTimeout(timeout);
    auto started = servers().start(settings);
    if (!started.ok()) raiseError(&exc::OSError, "%s", started.error().message.c_str());
}

Value serverMake(Type* type, const Value* args, size_t nargs, TupleObject* kw) {
    Value a[3];
    parseArgs("Server", args, nargs, kw, {"id", "login", "timeout"}, 0, a);
    if (a[0] && a[0] != None() && requireInt64(a[0], "id") != 0) raiseValueError("Server(%lld) does not exist", (long long)requireInt64(a[0]));
    startWith(a[1], a[2]);
    return Value(allocateObject<ServerObject>(type));
}

Value serverInit(const Value* args, size_t nargs, TupleObject* kw) {
    checkServer(args[0]);
    Value a[2];
    parseArgs("init", args + 1, nargs - 1, kw, {"login", "timeout"}, 0, a);
    startWith(a[0], a[1]);
    return None();
}

Value serverDeinit(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("deinit", nargs, kw, 1, 1);
    checkServer(args[0]);
    servers().stop();
    return None();
}

Value serverIsrunning(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("isrunning", nargs, kw, 1, 1);
    checkServer(args[0]);
    return boolValue(servers().running());
}

// timeout([seconds]): an idle client is disconnected after it.
Value serverTimeout(const Value* args, size_t nargs, TupleObject* kw) {
    checkArgs("timeout", nargs, kw, 1, 2);
    checkServer(args[0]);
    if (nargs == 1) return makeInt(servers().settings().timeoutSeconds);
    ServerSettings settings = servers().settings();
    settings.timeoutSeconds = requireTimeout(args[1]);
    if (!servers().running()) raiseError(&exc::OSError, "the servers are not running");
    auto started = servers().start(settings);
    if (!started.ok()) raiseError(&exc::OSError, "%s", started.error().message.c_str());
    return None();
}

void serverPrint(std::string& out, Value, PrintKind) { out += "<Server>"; }
void traceNothing(Object*, Tracer&) {}

const MethodDef serverMethods[] = {
    {"init", serverInit},
    {"deinit", serverDeinit},
    {"isrunning", serverIsrunning},
    {"timeout", serverTimeout},
    {nullptr, nullptr},
};

}  // namespace

Type serverType{TypeSpec{
    .name = "Server",
    .instanceSize = sizeof(ServerObject),
    .trace = traceNothing,
    .print = serverPrint,
    .make = serverMake,
    .methods = serverMethods,
    .module = "network",
}};

}  // namespace pyfw::port
