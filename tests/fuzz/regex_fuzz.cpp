// Feeds arbitrary bytes to ure's pattern compiler and, when a pattern compiles, runs it over the
// rest of the input (after the first NUL) as bytes, and as text when that is valid UTF-8. Every
// input must end in a program or a CompileError, and every match must lie inside the subject:
// never a crash, a sanitizer report or a hang (the VM is linear in the subject).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/objects/unicode.h"
#include "lib/regex.h"

namespace {

using namespace pyfw::lib::regex;

void checkSlots(const std::vector<size_t>& slots, size_t begin, size_t end) {
    if (slots[0] == kNoPosition || slots[0] < begin || slots[1] > end || slots[0] > slots[1]) std::abort();
    for (size_t i = 2; i < slots.size(); i += 2) {
        if ((slots[i] == kNoPosition) != (slots[i + 1] == kNoPosition)) std::abort();
        if (slots[i] != kNoPosition && (slots[i] > slots[i + 1] || slots[i + 1] > end)) std::abort();
    }
}

void run(const Program& program, Subject subject) {
    size_t size = subject.data.size();
    for (bool anchored : {false, true}) {
        if (auto slots = execute(program, subject, 0, size, anchored)) {
            checkSlots(*slots, 0, size);
            if (anchored && (*slots)[0] != 0) std::abort();
        }
    }
    if (!subject.utf8 && size > 2) {
        if (auto slots = execute(program, subject, 1, size - 1, false, 1)) checkSlots(*slots, 1, size - 1);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    size_t split = input.find('\0');
    std::string_view pattern = input.substr(0, split);
    std::string_view subject = split == std::string_view::npos ? std::string_view() : input.substr(split + 1);
    std::vector<uint32_t> codePoints(pattern.begin(), pattern.end());
    for (uint32_t& c : codePoints) c &= 0xFF;
    auto compiled = compile(codePoints);
    if (auto* error = std::get_if<CompileError>(&compiled)) {
        if (error->offset > codePoints.size() || error->message.empty()) std::abort();
        return 0;
    }
    const Program& program = std::get<Program>(compiled);
    run(program, {subject, false});
    if (pyfw::engine::utf8::isValid(subject)) run(program, {subject, true});
    return 0;
}
