// The boot log: the ROM's plain lines ("rst:0x1 (POWERON_RESET),boot:0x13 ...") and the
// bootloader's ESP-IDF style lines ("I (29) boot: ..."), stamped with the board clock in
// milliseconds since power-on. Each decision the chain takes gets one line.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"

namespace pyfw::boot {

class BootLog {
public:
    explicit BootLog(const base::Clock& clock) : clock_(clock) {}

    // Called with every line as it is produced (e.g. to print live); may be empty.
    void setSink(std::function<void(const std::string&)> sink) { sink_ = std::move(sink); }

    // The IDF timestamps count from the latest reset, not from power-on.
    void restartTimestamps() { epochUs_ = clock_.nowUs(); }
    void rom(std::string line) { add(std::move(line)); }
    void info(std::string_view tag, const std::string& text) { idf('I', tag, text); }
    void warn(std::string_view tag, const std::string& text) { idf('W', tag, text); }
    void error(std::string_view tag, const std::string& text) { idf('E', tag, text); }

    const std::vector<std::string>& lines() const { return lines_; }
    std::string text() const;
    bool contains(std::string_view fragment) const;

private:
    void idf(char level, std::string_view tag, const std::string& text);
    void add(std::string line);

    const base::Clock& clock_;
    int64_t epochUs_ = 0;
    std::vector<std::string> lines_;
    std::function<void(const std::string&)> sink_;
};

// printf-style formatting for log lines.
std::string format(const char* pattern, ...) __attribute__((format(printf, 1, 2)));

}  // namespace pyfw::boot
