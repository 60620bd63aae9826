// File handling shared by the toolchain commands (secure, image, partitions, build): reading
// inputs and key files, and writing outputs atomically, each failing with one clear sentence.
#pragma once

#include <string>

#include "base/bytes.h"
#include "base/file.h"
#include "crypto/ecdsa_p256.h"

namespace pyfw::cli {

base::Bytes readFileOrFail(const std::string& path);
// Written to a temporary file and renamed, so a failed command leaves no partial output. Derived
// outputs are not flushed to disk (they can be made again, and espsecure does not flush either);
// key files, which cannot, are.
void writeFileOrFail(const std::string& path, base::ByteView data,
                     base::Durability durability = base::Durability::Atomic);
// A key file: mode 0600, flushed, and never written over an existing file unless `force` (then with
// a warning on stderr): a key burnt into boards that is lost or replaced means those boards can
// never be updated again.
void writeKeyFileOrFail(const std::string& path, base::ByteView data, bool force);
// espsecure refuses to overwrite an input with an output; so do we.
void refuseSameFile(const std::string& input, const std::string& output);
// A PEM P-256 private key file; the message names the file and what is wrong with it.
crypto::EcdsaPrivateKey readSigningKeyOrFail(const std::string& path);

}  // namespace pyfw::cli
