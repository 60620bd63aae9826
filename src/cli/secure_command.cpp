// pyfw secure <command>: espsecure.py's ESP32 (secure boot V1, flash encryption V1) commands with
// the same names and options, in snake_case or kebab-case. Each is a thin wrapper over a library
// function; the same command line as espsecure's gives the same bytes.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>

#include "base/file.h"
#include "cli/board_access.h"
#include "cli/command_registry.h"
#include "cli/flash_stream.h"
#include "cli/toolchain_files.h"
#include "crypto/pem.h"
#include "crypto/random.h"
#include "security/flash_encryption.h"
#include "security/secure_boot.h"

namespace pyfw::cli {
namespace {

CLI::App* addCommand(CLI::App* parent, const std::string& name, const std::string& help) {
    auto* command = parent->add_subcommand(name, help);
    std::string kebab = name;
    std::replace(kebab.begin(), kebab.end(), '_', '-');
    command->alias(kebab);
    return command;
}

void requireVersion1(const std::string& version) {
    if (version != "1")
        throw CommandFailure("secure boot V2 (RSA/ECDSA signature sectors) is not supported; ESP32 (2018) uses --version 1", 2);
}

struct FlashDataArgs {
    std::string keyfile, output, address, conf = "0xf", input;
    bool aesXts = false;
};

void flashData(const FlashDataArgs& args, security::FlashCipherDirection direction) {
    if (args.aesXts) throw CommandFailure("--aes_xts is for the ESP32-S2/C3 family; the ESP32 uses the V1 scheme", 2);
    refuseSameFile(args.keyfile, args.output);
    refuseSameFile(args.input, args.output);
    base::Bytes keyFile = readFileOrFail(args.keyfile);
    auto key = security::FlashEncryption::keyFromFile(keyFile);
    if (!key.ok()) throw CommandFailure(args.keyfile + ": " + key.error().message, 2);
    std::printf("Using %d-bit key\n", keyFile.size() == 24 ? 192 : 256);
    uint64_t address = parseNumberOrFail(args.address, "address");
    uint64_t conf = parseNumberOrFail(args.conf, "flash_crypt_conf");
    if (address % 16 != 0) throw CommandFailure("Starting flash address " + args.address + " must be a multiple of 16", 2);
    if (conf > 0xF) throw CommandFailure("flash_crypt_conf " + args.conf + " is not a 4-bit value (0x0..0xf)", 2);
    if (conf == 0) std::printf("WARNING: Setting FLASH_CRYPT_CONF to zero is not recommended\n");
    transformFlashFile({args.input, args.output, *key, address, uint8_t(conf), direction});
}

void addFlashDataCommand(CLI::App* secure, const char* name, const char* help, security::FlashCipherDirection direction) {
    auto args = std::make_shared<FlashDataArgs>();
    auto* cmd = addCommand(secure, name, help);
    cmd->add_option("--keyfile,-k", args->keyfile, "32-byte key (24 bytes for the 3/4 coding scheme)")->required();
    cmd->add_option("--output,-o", args->output, "Output file")->required();
    cmd->add_option("--address,-a", args->address, "Flash address the data lives at (a multiple of 16)")->required();
    cmd->add_option("--flash_crypt_conf,--flash-crypt-conf", args->conf, "FLASH_CRYPT_CONFIG eFuse value")->capture_default_str();
    cmd->add_flag("--aes_xts,--aes-xts,-x", args->aesXts, "AES-XTS (other chips; refused)");
    cmd->add_option("input", args->input, "Input file")->required();
    cmd->callback([args, direction] { flashData(*args, direction); });
}

void addDigestSecureBootloader(CLI::App* secure) {
    struct Args { std::string keyfile, output, iv, image, esptoolVersion = "4.8.1"; };
    auto args = std::make_shared<Args>();
    auto* cmd = addCommand(secure, "digest_secure_bootloader",
                           "Bootloader image + secure boot key -> IV, digest and image to flash at 0x0");
    cmd->add_option("--keyfile,-k", args->keyfile, "256-bit secure boot key")->required();
    cmd->add_option("--output,-o", args->output, "Output file (default IMAGE-digest-0x0000.bin)");
    cmd->add_option("--iv", args->iv, "128-byte IV file, for testing (default: random)");
    cmd->add_option("--esptool-version", args->esptoolVersion,
                    "Behave as this espsecure release: before 2.5 the appended SHA-256 was not truncated")
        ->capture_default_str();
    cmd->add_option("image", args->image, "Bootloader image")->required();
    cmd->callback([args] {
        int major = 0, minor = 0;
        if (std::sscanf(args->esptoolVersion.c_str(), "%d.%d", &major, &minor) != 2)
            throw CommandFailure("--esptool-version \"" + args->esptoolVersion + "\" is not a version like 2.1 or 4.8.1", 2);
        bool truncate = major > 2 || (major == 2 && minor >= 5);
        if (args->output.empty())
            args->output = (std::filesystem::path(args->image).parent_path() /
                            std::filesystem::path(args->image).stem()).string() + "-digest-0x0000.bin";
        for (const auto& input : {args->keyfile, args->image, args->iv})
            if (!input.empty()) refuseSameFile(input, args->output);
        base::Bytes iv;
        if (!args->iv.empty()) {
            std::printf("WARNING: --iv argument is for TESTING PURPOSES ONLY\n");
            iv = readFileOrFail(args->iv);
            if (iv.size() > security::kDigestIvSize) iv.resize(security::kDigestIvSize);
        } else {
            iv = crypto::randomBytes(security::kDigestIvSize);
        }
        auto key = security::secureBootKeyFromFile(readFileOrFail(args->keyfile));
        if (!key.ok()) throw CommandFailure(args->keyfile + ": " + key.error().message, 2);
        auto out = security::digestSecureBootloader(*key, iv, readFileOrFail(args->image), truncate);
        if (!out.ok()) throw CommandFailure(args->image + ": " + out.error().message, 2);
        writeFileOrFail(args->output, *out);
        std::printf("digest+image written to %s\n", args->output.c_str());
    });
}

void addGenerateSigningKey(CLI::App* secure) {
    struct Args { std::string version = "1", scheme, keyfile; bool force = false; };
    auto args = std::make_shared<Args>();
    auto* cmd = addCommand(secure, "generate_signing_key", "Generate an ECDSA P-256 signing key (PEM)");
    cmd->add_option("--version,-v", args->version, "Secure boot version")->capture_default_str();
    cmd->add_option("--scheme,-s", args->scheme, "Signing scheme (V1: ecdsa256 only)");
    cmd->add_option("keyfile", args->keyfile, "Output PEM file")->required();
    cmd->add_flag("--force", args->force, "Replace an existing key file (boards with the old key then need the old file)");
    cmd->callback([args] {
        requireVersion1(args->version);
        if (!args->scheme.empty() && args->scheme != "ecdsa256") throw CommandFailure("V1 only supports ECDSA256", 2);
        auto pem = crypto::privateKeyToPem(crypto::EcdsaP256::generatePrivateKey());
        if (!pem.ok()) failWith(pem.error());
        writeKeyFileOrFail(args->keyfile, base::view(*pem), args->force);
        std::printf("ECDSA NIST256p private key in PEM format written to %s\n", args->keyfile.c_str());
    });
}

void addSignData(CLI::App* secure) {
    struct Args { std::string version, keyfile, output, datafile; };
    auto args = std::make_shared<Args>();
    auto* cmd = addCommand(secure, "sign_data", "Append a signature block (deterministic ECDSA) to a file");
    cmd->add_option("--version,-v", args->version, "Secure boot version (1)")->required();
    cmd->add_option("--keyfile,-k", args->keyfile, "PEM private key")->required();
    cmd->add_option("--output,-o", args->output, "Output file (default: sign the input in place)");
    cmd->add_option("datafile", args->datafile, "File to sign")->required();
    cmd->callback([args] {
        requireVersion1(args->version);
        if (!args->output.empty()) {
            refuseSameFile(args->keyfile, args->output);
            refuseSameFile(args->datafile, args->output);
        }
        auto privateKey = readSigningKeyOrFail(args->keyfile);
        auto signedData = security::signData(privateKey, readFileOrFail(args->datafile));
        if (!signedData.ok()) failWith(signedData.error());
        std::string output = args->output.empty() ? args->datafile : args->output;
        writeFileOrFail(output, *signedData);
        std::printf("Signed %zu bytes of data from %s with key %s\n", signedData->size() - 68, args->datafile.c_str(),
                    args->keyfile.c_str());
    });
}

void addVerifySignature(CLI::App* secure) {
    struct Args { std::string version, keyfile, datafile; };
    auto args = std::make_shared<Args>();
    auto* cmd = addCommand(secure, "verify_signature", "Check a file signed by sign_data");
    cmd->add_option("--version,-v", args->version, "Secure boot version (1)")->required();
    cmd->add_option("--keyfile,-k", args->keyfile, "PEM private key, PEM public key, or raw 64-byte public key")->required();
    cmd->add_option("datafile", args->datafile, "Signed file")->required();
    cmd->callback([args] {
        requireVersion1(args->version);
        auto publicKey = crypto::parseVerificationKey(readFileOrFail(args->keyfile));
        if (!publicKey.ok()) throw CommandFailure(args->keyfile + ": " + publicKey.error().message, 2);
        auto status = security::verifySignedData(*publicKey, readFileOrFail(args->datafile));
        if (!status.ok()) throw CommandFailure(args->datafile + ": " + status.error().message, 2);
        std::printf("Signature is valid\n");
    });
}

void addExtractPublicKey(CLI::App* secure) {
    struct Args { std::string version = "1", keyfile, output; };
    auto args = std::make_shared<Args>();
    auto* cmd = addCommand(secure, "extract_public_key", "Write the 64-byte X||Y public key of a signing key");
    cmd->add_option("--version,-v", args->version, "Secure boot version")->capture_default_str();
    cmd->add_option("--keyfile,-k", args->keyfile, "PEM private key")->required();
    cmd->add_option("public_keyfile", args->output, "Output file")->required();
    cmd->callback([args] {
        requireVersion1(args->version);
        refuseSameFile(args->keyfile, args->output);
        auto publicKey = crypto::EcdsaP256::publicKeyOf(readSigningKeyOrFail(args->keyfile));
        if (!publicKey.ok()) failWith(publicKey.error());
        writeFileOrFail(args->output, *publicKey);
        std::printf("%s public key extracted to %s\n", args->keyfile.c_str(), args->output.c_str());
    });
}

void addDigestPrivateKey(CLI::App* secure) {
    struct Args { std::string keyfile, output; int keylen = 256; };
    auto args = std::make_shared<Args>();
    auto* cmd = addCommand(secure, "digest_private_key", "SHA-256 of the private key: the reflashable secure boot key");
    cmd->add_option("--keyfile,-k", args->keyfile, "PEM private key")->required();
    cmd->add_option("--keylen,-l", args->keylen, "256, or 192 for the 3/4 coding scheme")->capture_default_str();
    cmd->add_option("digest_file", args->output, "Output file")->required();
    cmd->callback([args] {
        refuseSameFile(args->keyfile, args->output);
        auto digest = security::digestPrivateKey(readSigningKeyOrFail(args->keyfile), args->keylen);
        if (!digest.ok()) failWith(digest.error());
        writeFileOrFail(args->output, *digest);
        std::printf("SHA-256 digest of private key %s written to %s\n", args->keyfile.c_str(), args->output.c_str());
    });
}

void addGenerateFlashEncryptionKey(CLI::App* secure) {
    struct Args { std::string output; int keylen = 256; bool force = false; };
    auto args = std::make_shared<Args>();
    auto* cmd = addCommand(secure, "generate_flash_encryption_key", "Write random bits for a flash encryption key");
    cmd->add_option("--keylen,-l", args->keylen, "256, or 192 for the 3/4 coding scheme")->capture_default_str();
    cmd->add_option("key_file", args->output, "Output file")->required();
    cmd->add_flag("--force", args->force, "Replace an existing key file (boards with the old key then need the old file)");
    cmd->callback([args] {
        if (args->keylen != 256 && args->keylen != 192) throw CommandFailure("--keylen must be 256 or 192", 2);
        writeKeyFileOrFail(args->output, crypto::randomBytes(size_t(args->keylen / 8)), args->force);
        std::printf("Writing %d random bits to key file %s\n", args->keylen, args->output.c_str());
    });
}

CommandRegistration registration{"secure", [](CLI::App& app) {
    auto* secure = app.add_subcommand("secure", "espsecure.py: secure boot V1 and flash encryption (ESP32)");
    secure->require_subcommand(1);
    addDigestSecureBootloader(secure);
    addGenerateSigningKey(secure);
    addSignData(secure);
    addVerifySignature(secure);
    addExtractPublicKey(secure);
    addDigestPrivateKey(secure);
    addGenerateFlashEncryptionKey(secure);
    addFlashDataCommand(secure, "decrypt_flash_data", "Decrypt data read from encrypted flash",
                        security::FlashCipherDirection::Decrypt);
    addFlashDataCommand(secure, "encrypt_flash_data", "Encrypt data for flashing at an address",
                        security::FlashCipherDirection::Encrypt);
}};

}  // namespace
}  // namespace pyfw::cli
