#include "security/firmware_package.h"

#include "crypto/hash.h"
#include "formats/partition_table.h"
#include "security/flash_encryption.h"
#include "security/secure_boot.h"

namespace pyfw::security {

namespace {

constexpr uint32_t kFactoryAddress = 0x10000;
constexpr uint32_t kOta0Address = 0x1A0000;

base::Bytes padForEncryption(base::Bytes data) {
    data.resize((data.size() + 15) / 16 * 16, 0xFF);
    return data;
}

void plainPackage(const PackageInputs& in, FirmwarePackage& out) {
    out.files.push_back({"bootloader.bin", 0x1000, FileRole::Flash, "Pycom bootloader", in.bootloaderImage});
    out.files.push_back({"partitions.bin", formats::kPartitionTableAddress, FileRole::Flash, "partition table", in.partitionTable});
    out.files.push_back({in.board + ".bin", kFactoryAddress, FileRole::Flash, "firmware (factory slot)", in.appImage});
    out.files.push_back({"appimg.bin", std::nullopt, FileRole::OtaImage, "OTA update image (either slot)", in.appImage});
}

}  // namespace

std::array<uint8_t, 128> deterministicDigestIv(base::ByteView secureBootKey, base::ByteView bootloaderImage) {
    std::array<uint8_t, 128> iv{};
    for (uint8_t half = 0; half < 2; ++half) {
        base::Bytes input{half};
        base::append(input, secureBootKey);
        base::append(input, bootloaderImage);
        auto digest = crypto::sha512(input);
        std::copy(digest.begin(), digest.end(), iv.begin() + 64 * half);
    }
    return iv;
}

base::Result<FirmwarePackage> buildFirmwarePackage(const PackageInputs& in) {
    FirmwarePackage out;
    if (in.partitionTable.size() != formats::kPartitionTableSize)
        return base::fail("the partition table must be 0xC00 bytes");
    if (!in.secure) {
        plainPackage(in, out);
        return out;
    }
    PYFW_ASSIGN(FlashKey flashKey, FlashEncryption::keyFromFile(in.encryptionKeyFile));
    PYFW_ASSIGN(crypto::EcdsaPublicKey publicKey, crypto::EcdsaP256::publicKeyOf(in.signingKey));
    PYFW_ASSIGN(base::Bytes secureBootKeyFile, digestPrivateKey(in.signingKey));
    PYFW_ASSIGN(SecureBootKey secureBootKey, secureBootKeyFromFile(secureBootKeyFile));

    auto iv = deterministicDigestIv(secureBootKeyFile, in.bootloaderImage);
    PYFW_ASSIGN(base::Bytes digestImage, digestSecureBootloader(secureBootKey, iv, in.bootloaderImage));
    PYFW_ASSIGN(base::Bytes signedTable, signData(in.signingKey, in.partitionTable));
    PYFW_ASSIGN(base::Bytes signedApp, signData(in.signingKey, in.appImage));
    auto encrypt = [&](const base::Bytes& data, uint32_t address) {
        return FlashEncryption::encrypt(flashKey, address, FlashEncryption::kDefaultConf, padForEncryption(data));
    };
    PYFW_ASSIGN(base::Bytes digestImageEnc, encrypt(digestImage, 0x0));
    PYFW_ASSIGN(base::Bytes tableEnc, encrypt(signedTable, formats::kPartitionTableAddress));
    PYFW_ASSIGN(base::Bytes appEncFactory, encrypt(signedApp, kFactoryAddress));
    PYFW_ASSIGN(base::Bytes appEncOta0, encrypt(signedApp, kOta0Address));

    std::string app = in.board + ".bin";
    out.files = {
        {"bootloader-reflash-digest.bin_enc", 0x0, FileRole::Flash, "secure boot digest + bootloader, encrypted for 0x0", digestImageEnc},
        {"partitions.bin_enc", formats::kPartitionTableAddress, FileRole::Flash, "signed partition table, encrypted for 0x8000", tableEnc},
        {app + "_enc_0x10000", kFactoryAddress, FileRole::Flash, "signed firmware, encrypted for the factory slot", appEncFactory},
        {app + "_enc_0x1A0000", kOta0Address, FileRole::OtaImage, "signed firmware, encrypted for ota_0 (OTA update image)", appEncOta0},
        {"bootloader.bin", std::nullopt, FileRole::Intermediate, "bootloader image (plaintext)", in.bootloaderImage},
        {"bootloader-reflash-digest.bin", std::nullopt, FileRole::Intermediate, "digest + bootloader (plaintext)", digestImage},
        {"partitions.bin", std::nullopt, FileRole::Intermediate, "signed partition table (plaintext)", signedTable},
        {app, std::nullopt, FileRole::Intermediate, "signed firmware (plaintext)", signedApp},
        {"secure-bootloader-key.bin", std::nullopt, FileRole::SecretKey, "secure boot key (digest_private_key), for eFuse BLK2", secureBootKeyFile},
        {"signature_verification_key.bin", std::nullopt, FileRole::Key, "public signing key X||Y (extract_public_key)",
         base::Bytes(publicKey.begin(), publicKey.end())},
    };
    out.efuseSteps = {
        {"burn_key flash_encryption " + in.encryptionKeyPath, "flash encryption key into BLK1"},
        {"burn_key secure_boot secure-bootloader-key.bin", "secure boot key into BLK2"},
        {"burn_efuse FLASH_CRYPT_CNT", "turn flash encryption on (the count becomes odd)"},
        {"burn_efuse FLASH_CRYPT_CONFIG 0x0F", "tweak every key bit with the flash address"},
        {"burn_efuse ABS_DONE_0", "make the ROM check the bootloader digest at 0x0"},
    };
    return out;
}

}  // namespace pyfw::security
