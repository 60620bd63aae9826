// Whole-file reads and crash-safe writes: a write goes to a temporary file in the same folder, is
// flushed to disk, then renamed over the target, so a reader never sees a half-written file.
#pragma once

#include <filesystem>
#include <string>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::base {

Result<Bytes> readFile(const std::filesystem::path& path);
Status writeFileAtomically(const std::filesystem::path& path, ByteView data);
inline Status writeFileAtomically(const std::filesystem::path& path, const std::string& text) {
    return writeFileAtomically(path, view(text));
}

}  // namespace pyfw::base
