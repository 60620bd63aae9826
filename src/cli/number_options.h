// Numbers and durations given on the command line, checked as the user typed them: a count must
// be a whole number in range, a probability in [0, 1], a duration positive and finite with an
// optional unit. A bad value is a CommandFailure naming the option and the rule.
#pragma once

#include <cstdint>
#include <string>

namespace pyfw::cli {

// "90", "90s", "1500ms", "10m", "24h", "7d", "1.5h" in microseconds; seconds without a unit.
int64_t durationUsOrFail(const std::string& option, const std::string& text, bool allowZero = false);
uint64_t countOrFail(const std::string& option, const std::string& text, uint64_t min, uint64_t max);
double probabilityOrFail(const std::string& option, const std::string& text);
double numberOrFail(const std::string& option, const std::string& text, double min, double max);

}  // namespace pyfw::cli
