#include "net/ftp_commands.h"

#include <ctime>
#include <vector>

namespace pyfw::net {

std::optional<FtpCommand> parseFtpCommand(std::string_view line) {
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    if (line.empty() || line.size() > kFtpMaxLine) return std::nullopt;
    for (char c : line)
        if (uint8_t(c) < 0x20 && c != '\t') return std::nullopt;
    size_t space = line.find(' ');
    std::string_view verb = line.substr(0, space);
    if (verb.empty() || verb.size() > 8) return std::nullopt;
    FtpCommand command;
    for (char c : verb) {
        if (!std::isalpha(uint8_t(c))) return std::nullopt;
        command.verb += char(std::toupper(uint8_t(c)));
    }
    if (space != std::string_view::npos) {
        std::string_view rest = line.substr(space + 1);
        // Clients put one space after the verb; a name may itself start with spaces, so only one goes.
        command.argument = std::string(rest);
    }
    return command;
}

std::optional<std::string> resolveFtpPath(std::string_view cwd, std::string_view argument) {
    std::string joined = argument.starts_with('/') ? std::string(argument) : std::string(cwd) + "/" + std::string(argument);
    std::vector<std::string> parts;
    size_t at = 0;
    while (at <= joined.size()) {
        size_t slash = joined.find('/', at);
        if (slash == std::string::npos) slash = joined.size();
        std::string part = joined.substr(at, slash - at);
        at = slash + 1;
        if (part.empty() || part == ".") continue;
        if (part == "..") {
            if (!parts.empty()) parts.pop_back();
            continue;
        }
        if (part.size() > kFtpMaxName) return std::nullopt;
        for (char c : part)
            if (uint8_t(c) < 0x20 || c == '\\') return std::nullopt;
        parts.push_back(std::move(part));
    }
    std::string path;
    for (const std::string& part : parts) path += "/" + part;
    return path.empty() ? "/" : path;
}

std::string ftpListLine(const FtpEntry& entry, int64_t nowSeconds) {
    static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    time_t when = time_t(entry.modifiedSeconds);
    tm parts{};
    gmtime_r(&when, &parts);
    char date[32];
    // ls shows the time for files of the last six months, else the year.
    if (nowSeconds - entry.modifiedSeconds < 180LL * 86400 && entry.modifiedSeconds <= nowSeconds)
        std::snprintf(date, sizeof date, "%s %2d %02d:%02d", kMonths[parts.tm_mon], parts.tm_mday, parts.tm_hour, parts.tm_min);
    else
        std::snprintf(date, sizeof date, "%s %2d  %4d", kMonths[parts.tm_mon], parts.tm_mday, parts.tm_year + 1900);
    return std::string(entry.isDirectory ? "drwxrwxrwx" : "-rw-rw-rw-") + " 1 root root " +
           std::to_string(entry.size) + " " + date + " " + entry.name + "\r\n";
}

std::string ftpTimestamp(int64_t seconds) {
    time_t when = time_t(seconds);
    tm parts{};
    gmtime_r(&when, &parts);
    char text[40];
    std::snprintf(text, sizeof text, "%04d%02d%02d%02d%02d%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                  parts.tm_hour, parts.tm_min, parts.tm_sec);
    return text;
}

}  // namespace pyfw::net
