// The engine's rooms include one another only down the stages (engine/README.md): a stage uses
// the stages below it and the shared base (objects, runtime, bytecode's code objects), never one
// above it. The one exception is import, which compiles and runs the modules it loads.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>

namespace {

namespace fs = std::filesystem;

// What each room may include besides itself. "." is the engine's front door (engine.h) and the
// native-module API (native.h).
const std::map<std::string, std::set<std::string>> kMayInclude = {
    {"bytecode", {"objects", "runtime"}},
    {"objects", {"runtime", "bytecode"}},
    {"runtime", {"objects", "bytecode"}},
    {"compile", {"bytecode", "objects", "runtime"}},
    {"vm", {"bytecode", "objects", "runtime"}},
    {"builtins", {"compile", "bytecode", "vm", "objects", "runtime"}},
    {"repl", {"compile", "bytecode", "vm", "objects", "runtime", "builtins", "."}},
};

// Files allowed one more room, and why.
const std::map<std::string, std::set<std::string>> kExceptions = {
    {"runtime/import.cpp", {"compile", "vm"}},   // compiles and runs the module it imports
    {"runtime/native.cpp", {"."}},               // defines what native.h declares
};

std::string roomOf(const std::string& included) {
    size_t slash = included.find('/');
    return slash == std::string::npos ? "." : included.substr(0, slash);
}

TEST(EngineRooms, IncludesRunDownTheStages) {
    fs::path engine = fs::path(PYFW_SOURCE_DIR) / "src" / "engine";
    size_t checked = 0;
    for (const auto& [room, allowed] : kMayInclude) {
        ASSERT_TRUE(fs::exists(engine / room / "README.md")) << room << " has no README";
        for (const auto& entry : fs::directory_iterator(engine / room)) {
            std::string name = entry.path().filename().string();
            std::string file = room + "/" + name;
            std::ifstream in(entry.path());
            const std::string prefix = "#include \"engine/";
            for (std::string line; std::getline(in, line);) {
                if (line.rfind(prefix, 0) != 0) continue;
                std::string target = roomOf(line.substr(prefix.size(), line.find('"', prefix.size()) - prefix.size()));
                ++checked;
                if (target == room || allowed.count(target)) continue;
                auto exception = kExceptions.find(file);
                EXPECT_TRUE(exception != kExceptions.end() && exception->second.count(target))
                    << file << " includes " << line.substr(prefix.size() - 8) << ", a room above its own";
            }
        }
    }
    EXPECT_GT(checked, 500u);   // the scan did find the engine's includes
}

}  // namespace
