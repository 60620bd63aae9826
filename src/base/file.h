// Whole-file reads and crash-safe writes: a write goes to a temporary file in the same folder, is
// flushed to disk, then renamed over the target, so a reader never sees a half-written file.
#pragma once

#include <filesystem>
#include <string>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::base {

Result<Bytes> readFile(const std::filesystem::path& path);

// Synced: flushed to disk before the rename, so the new content survives a power cut.
// Atomic: renamed without the flush: a reader still sees the old file or the whole new one, but a
// power cut may lose the new content; for outputs that can simply be made again.
enum class Durability { Synced, Atomic };

Status writeFileAtomically(const std::filesystem::path& path, ByteView data, Durability durability = Durability::Synced);
inline Status writeFileAtomically(const std::filesystem::path& path, const std::string& text,
                                  Durability durability = Durability::Synced) {
    return writeFileAtomically(path, view(text), durability);
}

}  // namespace pyfw::base
