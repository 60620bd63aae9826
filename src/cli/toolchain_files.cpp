#include "cli/toolchain_files.h"

#include <cstdio>
#include <filesystem>

#include "base/file.h"
#include "cli/command_registry.h"
#include "crypto/pem.h"

namespace pyfw::cli {

base::Bytes readFileOrFail(const std::string& path) {
    auto data = base::readFile(path);
    if (!data.ok()) throw CommandFailure(data.error().message, 2);
    return std::move(data).value();
}

void writeFileOrFail(const std::string& path, base::ByteView data, base::Durability durability) {
    auto status = base::writeFileAtomically(path, data, durability);
    if (!status.ok()) throw CommandFailure(status.error().message, 2);
}

void writeKeyFileOrFail(const std::string& path, base::ByteView data, bool force) {
    bool exists = std::filesystem::exists(path);
    if (exists && !force)
        throw CommandFailure(path + " already exists, and a key file is never overwritten (boards that have this key "
                             "burnt in accept nothing else); use --force to replace it", 2);
    if (exists)
        std::fprintf(stderr, "pyfw: warning: replacing the key file %s; boards that have the old key burnt in need "
                             "the old file for every future update\n", path.c_str());
    auto status = base::writeSecretFile(path, data, force);
    if (!status.ok()) throw CommandFailure(status.error().message + "; a key file is never overwritten (use --force to replace it)", 2);
}

void refuseSameFile(const std::string& input, const std::string& output) {
    std::error_code error;
    auto a = std::filesystem::weakly_canonical(input, error);
    auto b = std::filesystem::weakly_canonical(output, error);
    if (a == b) throw CommandFailure("the input \"" + input + "\" and the output \"" + output + "\" must differ", 2);
}

crypto::EcdsaPrivateKey readSigningKeyOrFail(const std::string& path) {
    auto key = crypto::parsePrivateKeyPem(readFileOrFail(path));
    if (!key.ok()) throw CommandFailure(path + ": " + key.error().message, 2);
    return *key;
}

}  // namespace pyfw::cli
