// Base64 (RFC 4648, standard alphabet, with padding), as JSON protocols carry binary data.
#pragma once

#include <string>
#include <string_view>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::base {

std::string toBase64(ByteView data);
// The value (0..63) of a character of the standard alphabet, or -1 for any other character.
int base64DigitValue(char c);
// Strict: the length must be a multiple of 4 and every character from the alphabet.
Result<Bytes> fromBase64(std::string_view text);

}  // namespace pyfw::base
