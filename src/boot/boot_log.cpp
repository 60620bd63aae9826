#include "boot/boot_log.h"

#include <cstdarg>
#include <cstdio>

namespace pyfw::boot {

void BootLog::idf(char level, std::string_view tag, const std::string& text) {
    add(format("%c (%llu) %.*s: %s", level, static_cast<unsigned long long>((clock_.nowUs() - epochUs_) / 1000), int(tag.size()),
               tag.data(), text.c_str()));
}

void BootLog::add(std::string line) {
    if (sink_) sink_(line);
    lines_.push_back(std::move(line));
}

std::string BootLog::text() const {
    std::string out;
    for (const auto& line : lines_) out += line + "\n";
    return out;
}

bool BootLog::contains(std::string_view fragment) const {
    for (const auto& line : lines_)
        if (line.find(fragment) != std::string::npos) return true;
    return false;
}

std::string format(const char* pattern, ...) {
    va_list args;
    va_start(args, pattern);
    va_list copy;
    va_copy(copy, args);
    int size = std::vsnprintf(nullptr, 0, pattern, copy);
    va_end(copy);
    std::string out(size_t(size > 0 ? size : 0), '\0');
    std::vsnprintf(out.data(), out.size() + 1, pattern, args);
    va_end(args);
    return out;
}

}  // namespace pyfw::boot
