// Base64 (RFC 4648, standard alphabet, with padding), as JSON protocols carry binary data.
#pragma once

#include <string>
#include <string_view>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::base {

std::string toBase64(ByteView data);
// Strict: the length must be a multiple of 4 and every character from the alphabet.
Result<Bytes> fromBase64(std::string_view text);

}  // namespace pyfw::base
