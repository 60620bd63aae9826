#include "cli/toolchain_files.h"

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
