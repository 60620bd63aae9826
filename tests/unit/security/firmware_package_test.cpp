#include "security/firmware_package.h"

#include <gtest/gtest.h>

#include "formats/app_image.h"
#include "formats/partition_table.h"
#include "formats/pycom_layout.h"
#include "formats/pyfw_images.h"
#include "security/flash_encryption.h"
#include "security/secure_boot.h"

using namespace pyfw;
using namespace pyfw::security;

namespace {

PackageInputs inputs(bool secure) {
    PackageInputs in;
    in.board = "lopy";
    in.bootloaderImage = *formats::synthesizeBootloaderImage({});
    in.appImage = *formats::synthesizeAppImage({formats::kFirmwareVersion, "LoPy", {{"_boot.py", "x = 1\n"}}});
    in.partitionTable = *formats::serializePartitionTable(*formats::pycomPartitionTable(4 << 20));
    in.secure = secure;
    in.signingKey = crypto::EcdsaP256::generatePrivateKey();
    in.encryptionKeyFile = base::Bytes(32, 0x5C);
    return in;
}

const PackageFile& file(const FirmwarePackage& package, const std::string& name) {
    for (const auto& f : package.files)
        if (f.name == name) return f;
    throw std::runtime_error("no file " + name);
}

}  // namespace

TEST(FirmwarePackage, PlainBuildFlashesTheThreeImages) {
    auto package = buildFirmwarePackage(inputs(false));
    ASSERT_TRUE(package.ok());
    EXPECT_EQ(*file(*package, "bootloader.bin").address, 0x1000u);
    EXPECT_EQ(*file(*package, "partitions.bin").address, 0x8000u);
    EXPECT_EQ(*file(*package, "lopy.bin").address, 0x10000u);
    EXPECT_TRUE(package->efuseSteps.empty());
}

TEST(FirmwarePackage, SecureBuildDecryptsToSignedImagesAndAValidDigest) {
    auto in = inputs(true);
    auto package = buildFirmwarePackage(in);
    ASSERT_TRUE(package.ok()) << package.error().message;
    FlashKey key = *FlashEncryption::keyFromFile(in.encryptionKeyFile);
    auto publicKey = *crypto::EcdsaP256::publicKeyOf(in.signingKey);
    auto decrypt = [&](const std::string& name) {
        const auto& f = file(*package, name);
        return *FlashEncryption::decrypt(key, *f.address, 0xF, f.data);
    };
    auto table = decrypt("partitions.bin_enc");
    EXPECT_TRUE(verifySignatureAt(publicKey, table, formats::kPartitionTableSize).ok());
    EXPECT_EQ(base::Bytes(table.begin(), table.begin() + formats::kPartitionTableSize), in.partitionTable);
    for (const char* name : {"lopy.bin_enc_0x10000", "lopy.bin_enc_0x1A0000"}) {
        auto app = decrypt(name);
        auto image = formats::verifyAppImage(app);
        ASSERT_TRUE(image.ok()) << name;
        EXPECT_TRUE(verifySignatureAt(publicKey, app, image->imageLength).ok()) << name;
    }
    EXPECT_NE(file(*package, "lopy.bin_enc_0x10000").data, file(*package, "lopy.bin_enc_0x1A0000").data);
    // The ROM's check: the digest at 0x80 equals a recomputation with the burned key.
    auto digestFile = decrypt("bootloader-reflash-digest.bin_enc");
    auto sbKey = *secureBootKeyFromFile(file(*package, "secure-bootloader-key.bin").data);
    auto recomputed = *bootloaderDigest(sbKey, base::ByteView(digestFile).first(128), base::ByteView(digestFile).subspan(0x1000));
    EXPECT_TRUE(std::equal(recomputed.begin(), recomputed.end(), digestFile.begin() + 128));
    EXPECT_EQ(package->efuseSteps.size(), 5u);
    // Reproducible: the same inputs give the same files.
    auto again = buildFirmwarePackage(in);
    for (size_t i = 0; i < package->files.size(); ++i) EXPECT_EQ(package->files[i].data, again->files[i].data);
}

TEST(FirmwarePackage, RejectsBadKeysAndTables) {
    auto in = inputs(true);
    in.encryptionKeyFile.resize(20);
    EXPECT_FALSE(buildFirmwarePackage(in).ok());
    in = inputs(false);
    in.partitionTable.resize(100);
    EXPECT_FALSE(buildFirmwarePackage(in).ok());
}
