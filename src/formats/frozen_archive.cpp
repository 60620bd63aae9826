#include "formats/frozen_archive.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>

namespace pyfw::formats {

namespace {

constexpr char kMagic[9] = "pyfwfrz1";
constexpr size_t kMaxName = 64;

bool validName(const std::string& name) {
    if (name.empty() || name.size() > kMaxName) return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '/' || c == '-';
    });
}

}  // namespace

base::Result<base::Bytes> serializeFrozenArchive(const std::vector<FrozenModule>& modules) {
    base::Bytes out(kMagic, kMagic + 8);
    base::appendLe32(out, uint32_t(modules.size()));
    std::set<std::string> seen;
    for (const auto& module : modules) {
        if (!validName(module.name)) return base::fail("'" + module.name + "' is not a valid frozen module name");
        if (!seen.insert(module.name).second) return base::fail("frozen module '" + module.name + "' appears twice");
        base::appendLe16(out, uint16_t(module.name.size()));
        base::append(out, base::view(module.name));
        base::appendLe32(out, uint32_t(module.source.size()));
        base::append(out, base::view(module.source));
    }
    out.resize((out.size() + 3) & ~size_t(3), 0);
    return out;
}

base::Result<std::vector<FrozenModule>> parseFrozenArchive(base::ByteView archive) {
    if (archive.size() < 12 || std::memcmp(archive.data(), kMagic, 8) != 0)
        return base::fail("not a pyfw frozen-module archive");
    uint32_t count = base::readLe32(archive.data() + 8);
    size_t position = 12;
    std::vector<FrozenModule> modules;
    std::set<std::string> seen;
    for (uint32_t i = 0; i < count; ++i) {
        if (archive.size() - position < 2) return base::fail("frozen module " + std::to_string(i) + " is truncated");
        size_t nameSize = base::readLe16(archive.data() + position);
        position += 2;
        if (archive.size() - position < nameSize + 4) return base::fail("frozen module " + std::to_string(i) + " is truncated");
        FrozenModule module;
        module.name.assign(archive.begin() + position, archive.begin() + position + nameSize);
        position += nameSize;
        if (!validName(module.name)) return base::fail("frozen module " + std::to_string(i) + " has an invalid name");
        if (!seen.insert(module.name).second) return base::fail("frozen module '" + module.name + "' appears twice");
        size_t size = base::readLe32(archive.data() + position);
        position += 4;
        if (archive.size() - position < size) return base::fail("frozen module '" + module.name + "' is truncated");
        module.source.assign(archive.begin() + position, archive.begin() + position + size);
        position += size;
        modules.push_back(std::move(module));
    }
    return modules;
}

}  // namespace pyfw::formats
