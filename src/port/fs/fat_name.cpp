#include "port/fs/fat_name.h"

#include <cstring>

namespace pyfw::port::fs {
namespace {

bool forbiddenInLongName(char32_t c) {
    return c < 0x20 || c == 0x7F || (c < 0x80 && std::strchr("\"*/:<>?\\|", int(c)) != nullptr);
}

// Characters an 8.3 name may hold besides letters and digits.
bool shortNameSymbol(char c) { return c != 0 && std::strchr("!#$%&'()-@^_`{}~", c) != nullptr; }

bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
char toUpper(char c) { return isLower(c) ? char(c - 32) : c; }
char toLower(char c) { return isUpper(c) ? char(c + 32) : c; }

// Decodes one UTF-8 sequence at `at`; nothing for a malformed one.
std::optional<char32_t> decodeUtf8(std::string_view text, size_t& at) {
    uint8_t lead = uint8_t(text[at]);
    int length = lead < 0x80 ? 1 : (lead >> 5) == 6 ? 2 : (lead >> 4) == 14 ? 3 : (lead >> 3) == 30 ? 4 : 0;
    if (length == 0 || at + length > text.size()) return std::nullopt;
    char32_t c = length == 1 ? lead : lead & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
        uint8_t next = uint8_t(text[at + i]);
        if ((next & 0xC0) != 0x80) return std::nullopt;
        c = (c << 6) | (next & 0x3F);
    }
    static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < kSmallest[length] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return std::nullopt;
    at += length;
    return c;
}

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// Upper-cases one part of a short name into `out` (space padded); false when a character does not
// belong in a short name.
bool copyShortPart(std::string_view part, uint8_t* out, size_t width, bool& hasLower, bool& hasUpper) {
    if (part.size() > width) return false;
    for (size_t i = 0; i < part.size(); ++i) {
        char c = part[i];
        if (!(isLower(c) || isUpper(c) || (c >= '0' && c <= '9') || shortNameSymbol(c))) return false;
        hasLower |= isLower(c);
        hasUpper |= isUpper(c);
        out[i] = uint8_t(toUpper(c));
    }
    return true;
}

// Appends the short-name form of `part` (at most `width` characters) to `out`.
void basisPart(std::string_view part, std::string& out, size_t width, bool& lossy) {
    for (size_t i = 0; i < part.size(); ++i) {
        char c = part[i];
        if (c == ' ' || c == '.') {
            lossy = true;
            continue;
        }
        char mapped = toUpper(c);
        if (uint8_t(c) >= 0x80) {
            // One '_' per non-ASCII character, not per byte.
            while (i + 1 < part.size() && (uint8_t(part[i + 1]) & 0xC0) == 0x80) ++i;
            mapped = '_';
            lossy = true;
        } else if (!(isLower(c) || isUpper(c) || (c >= '0' && c <= '9') || shortNameSymbol(c))) {
            mapped = '_';
            lossy = true;
        }
        if (out.size() == width) {
            lossy = true;
            return;
        }
        out += mapped;
    }
}

}  // namespace

FsResult<std::string> normalizeName(std::string_view name) {
    while (!name.empty() && (name.back() == '.' || name.back() == ' ')) name.remove_suffix(1);
    if (name.empty()) return fsFail(Errno::Invalid, "a file name cannot be empty, \".\" or \"..\"");
    size_t units = 0;
    for (size_t at = 0; at < name.size();) {
        auto c = decodeUtf8(name, at);
        if (!c) return fsFail(Errno::Invalid, "a file name must be UTF-8 text");
        if (forbiddenInLongName(*c))
            return fsFail(Errno::Invalid, "a FAT file name cannot hold control characters or any of \" * / : < > ? \\ |");
        units += *c >= 0x10000 ? 2 : 1;
    }
    if (units > kMaxNameUnits)
        return fsFail(Errno::NameTooLong, "a FAT file name has at most 255 characters, not " + std::to_string(units));
    return std::string(name);
}

std::optional<ShortName> exactShortName(std::string_view name) {
    size_t dot = name.find('.');
    std::string_view base = name.substr(0, dot), ext = dot == std::string_view::npos ? "" : name.substr(dot + 1);
    if (base.empty() || ext.find('.') != std::string_view::npos) return std::nullopt;
    ShortName out;
    out.bytes.fill(' ');
    bool baseLower = false, baseUpper = false, extLower = false, extUpper = false;
    if (!copyShortPart(base, out.bytes.data(), 8, baseLower, baseUpper)) return std::nullopt;
    if (!copyShortPart(ext, out.bytes.data() + 8, 3, extLower, extUpper)) return std::nullopt;
    if ((baseLower && baseUpper) || (extLower && extUpper)) return std::nullopt;
    out.caseFlags = uint8_t((baseLower ? kLowerBase : 0) | (extLower ? kLowerExt : 0));
    return out;
}

ShortName shortNameBasis(std::string_view name, bool& lossy) {
    lossy = false;
    size_t start = name.find_first_not_of('.');
    if (start != 0) lossy = true;
    std::string_view rest = start == std::string_view::npos ? "" : name.substr(start);
    size_t dot = rest.rfind('.');
    std::string_view base = rest.substr(0, dot), ext = dot == std::string_view::npos ? "" : rest.substr(dot + 1);
    std::string baseOut, extOut;
    basisPart(base, baseOut, 8, lossy);
    basisPart(ext, extOut, 3, lossy);
    if (baseOut.empty()) {
        baseOut = "_";
        lossy = true;
    }
    ShortName out;
    out.bytes.fill(' ');
    std::memcpy(out.bytes.data(), baseOut.data(), baseOut.size());
    std::memcpy(out.bytes.data() + 8, extOut.data(), extOut.size());
    return out;
}

ShortName withNumericTail(const ShortName& basis, uint32_t n) {
    std::string tail = "~" + std::to_string(n);
    size_t baseLength = 8;
    while (baseLength > 0 && basis.bytes[baseLength - 1] == ' ') --baseLength;
    size_t keep = std::min(baseLength, 8 - tail.size());
    ShortName out = basis;
    out.caseFlags = 0;
    std::memcpy(out.bytes.data() + keep, tail.data(), tail.size());
    for (size_t i = keep + tail.size(); i < 8; ++i) out.bytes[i] = ' ';
    return out;
}

uint8_t longNameChecksum(const std::array<uint8_t, 11>& shortName) {
    uint8_t sum = 0;
    for (uint8_t c : shortName) sum = uint8_t(((sum & 1) << 7) + (sum >> 1) + c);
    return sum;
}

std::string displayShortName(const std::array<uint8_t, 11>& shortName, uint8_t caseFlags) {
    auto part = [&](size_t from, size_t width, bool lower) {
        std::string out;
        size_t length = width;
        while (length > 0 && shortName[from + length - 1] == ' ') --length;
        for (size_t i = 0; i < length; ++i) {
            uint8_t c = shortName[from + i];
            if (from == 0 && i == 0 && c == 0x05) c = 0xE5;   // 0x05 stands for a leading 0xE5
            if (c >= 0x80)
                appendUtf8(out, c);   // an OEM byte: read as Latin-1
            else
                out += lower ? toLower(char(c)) : char(c);
        }
        return out;
    };
    std::string base = part(0, 8, caseFlags & kLowerBase), ext = part(8, 3, caseFlags & kLowerExt);
    return ext.empty() ? base : base + "." + ext;
}

std::u16string utf8ToUtf16(std::string_view utf8) {
    std::u16string out;
    for (size_t at = 0; at < utf8.size();) {
        auto c = decodeUtf8(utf8, at);
        if (!c) {
            out += u'\uFFFD';
            ++at;
            continue;
        }
        if (*c >= 0x10000) {
            out += char16_t(0xD800 + ((*c - 0x10000) >> 10));
            out += char16_t(0xDC00 + ((*c - 0x10000) & 0x3FF));
        } else {
            out += char16_t(*c);
        }
    }
    return out;
}

std::string utf16ToUtf8(std::u16string_view utf16) {
    std::string out;
    for (size_t i = 0; i < utf16.size(); ++i) {
        char32_t c = utf16[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < utf16.size() && utf16[i + 1] >= 0xDC00 && utf16[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (utf16[i + 1] - 0xDC00);
            ++i;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            c = 0xFFFD;
        }
        appendUtf8(out, c);
    }
    return out;
}

bool sameName(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (toUpper(a[i]) != toUpper(b[i])) return false;
    return true;
}

}  // namespace pyfw::port::fs
