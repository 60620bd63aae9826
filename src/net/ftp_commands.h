// The FTP control channel's text, as pure functions (the fuzz target calls these): a command line
// split into verb and argument, a path resolved against the working directory, and the lines of a
// directory listing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "net/ftp_storage.h"

namespace pyfw::net {

inline constexpr size_t kFtpMaxLine = 1024;   // a longer command line is refused (500)
inline constexpr size_t kFtpMaxName = 255;    // FAT's longest name

struct FtpCommand {
    std::string verb;       // upper case: "RETR"
    std::string argument;   // the rest of the line, as sent
};

// "retr  foo bar.txt\r\n" -> {"RETR", "foo bar.txt"}; nullopt for an empty or non-text line.
std::optional<FtpCommand> parseFtpCommand(std::string_view line);

// The absolute, normalised path of `argument` from `cwd` ("/flash"): "." and ".." are resolved
// without leaving the root, repeated slashes fold. nullopt when a name is too long or holds a
// control character.
std::optional<std::string> resolveFtpPath(std::string_view cwd, std::string_view argument);

// A LIST line in the Unix `ls -l` form that curl, lftp and FileZilla parse.
std::string ftpListLine(const FtpEntry& entry, int64_t nowSeconds);

// "20260405123000" for MDTM.
std::string ftpTimestamp(int64_t seconds);

}  // namespace pyfw::net
