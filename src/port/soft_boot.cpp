#include "port/soft_boot.h"

#include "engine/engine.h"
#include "engine/runtime/interpreter.h"
#include "lib/standard_library.h"
#include "port/board_host.h"
#include "port/modules/board_library.h"

namespace pyfw::port {

namespace {

// How a boot script ended, for the round.
enum class ScriptEnd { Continue, SoftReset, HostExit };

struct ScriptOutcome {
    ScriptEnd end = ScriptEnd::Continue;
    engine::HostExit exit;
};

// Runs a program with Ctrl-C armed. An uncaught exception has printed its traceback and the
// sequence goes on (the real board flashes its LED red); SystemExit soft-resets (PYEXEC_FORCED_EXIT).
ScriptOutcome runScript(RunningApp& app, engine::Interpreter& in, const std::string& source, const std::string& name) {
    app.console().in->armInterrupt(in);
    engine::RunResult result = engine::runMain(in, source, name);
    app.console().in->disarmInterrupt();
    in.pendingSignals.fetch_and(~engine::kSignalInterrupt);
    if (result.hostExit) return {ScriptEnd::HostExit, *result.hostExit};
    if (result.systemExit) return {ScriptEnd::SoftReset, {}};
    return {};
}

// The text of a file on the board, or nothing when it is missing (the stage is skipped, as
// MicroPython does when main.py is absent) or cannot be read.
std::optional<std::string> readBoardFile(RunningApp& app, const std::string& path) {
    engine::OpenMode mode;
    mode.read = true;
    int error = 0;
    auto file = app.files().open(path, mode, error);
    if (!file) return std::nullopt;
    std::string text;
    uint8_t buffer[4096];
    for (int64_t got; (got = file->read(buffer, sizeof buffer)) > 0;)
        text.append(reinterpret_cast<const char*>(buffer), size_t(got));
    file->close();
    return text;
}

const std::string* frozenSource(RunningApp& app, std::string_view name) {
    for (const auto& module : app.frozen())
        if (module.name == name) return &module.source;
    return nullptr;
}

// The boot scripts in order; stops early when one ends the round.
ScriptOutcome runBootScripts(RunningApp& app, engine::Interpreter& in, bool friendlyRepl) {
    ScriptOutcome outcome;
    if (const std::string* boot = frozenSource(app, "_boot")) {
        outcome = runScript(app, in, *boot, "_boot.py");
        if (outcome.end != ScriptEnd::Continue) return outcome;
    }
    if (app.facts().safeBoot) return outcome;
    if (auto bootPy = readBoardFile(app, "/flash/boot.py")) {
        outcome = runScript(app, in, *bootPy, "boot.py");
        if (outcome.end != ScriptEnd::Continue) return outcome;
    }
    if (const std::string* main = frozenSource(app, "_main")) {
        outcome = runScript(app, in, *main, "_main.py");
        if (outcome.end != ScriptEnd::Continue) return outcome;
    }
    if (!friendlyRepl) return outcome;
    std::string script = app.mainScript;
    std::string path = script.starts_with("/") ? script : "/flash/" + script;
    if (auto mainPy = readBoardFile(app, path)) outcome = runScript(app, in, *mainPy, script);
    return outcome;
}

engine::InterpreterConfig roundConfig(RunningApp& app, BoardHost& host) {
    engine::InterpreterConfig config;
    config.heapBytes = app.heapBytes();
    config.host = &host;
    config.files = &app.files();
    config.libraries = {&lib::standardLibrary(), &boardLibrary()};
    config.frozen = &app.frozen();
    // Frozen modules (mqtt, ...) come last, so a copy in /flash or /flash/lib takes their place.
    config.path = {"", "/flash", "/flash/lib", ".frozen"};
    return config;
}

}  // namespace

RoundEnd runRound(RunningApp& app, BoardHost& host, engine::repl::Repl& repl) {
    engine::Interpreter in(roundConfig(app, host));
    in.wakeHook = [&app] {
        app.time().wake();
        app.console().in->notify();
    };
    app.setInterpreter(&in);
    app.beginRound(in);
    struct Forget {
        RunningApp& app;
        ~Forget() {
            app.endRound();
            app.setInterpreter(nullptr);
        }
    } forget{app};
    app.mainScript = "main.py";
    if (app.files().isMounted("/flash")) app.files().changeDir("/flash");

    ScriptOutcome scripts = runBootScripts(app, in, repl.mode() == engine::repl::ReplMode::Friendly);
    RoundEnd end;
    if (scripts.end == ScriptEnd::SoftReset) return end;
    if (scripts.end == ScriptEnd::HostExit) {
        end.kind = RoundEnd::Kind::HostExit;
        end.exit = scripts.exit;
        return end;
    }
    switch (repl.run(in)) {
    case engine::repl::ReplExit::SoftReset:
        break;
    case engine::repl::ReplExit::EndOfInput:
        end.kind = RoundEnd::Kind::PowerOff;
        break;
    case engine::repl::ReplExit::HostExit:
        end.kind = RoundEnd::Kind::HostExit;
        end.exit = repl.hostExit();
        break;
    }
    return end;
}

}  // namespace pyfw::port
