#include "boot/app_verifier.h"

#include "boot/boot_log.h"
#include "formats/signature_block.h"
#include "security/secure_boot.h"

namespace pyfw::boot {

base::Result<uint32_t> imageLengthAt(const chip::FlashAccess& flash, uint32_t offset, uint32_t maxLength) {
    if (maxLength < formats::kImageHeaderSize) return base::fail("the partition is too small for an image header");
    PYFW_ASSIGN(auto header, flash.read(offset, formats::kImageHeaderSize));
    if (header[0] != formats::kImageMagic)
        return base::fail(format("image at 0x%x has invalid magic byte 0x%02x", offset, header[0]));
    uint8_t segments = header[1];
    if (segments > formats::kMaxSegments)
        return base::fail(format("image at 0x%x has %u segments, more than 16", offset, segments));
    uint64_t position = formats::kImageHeaderSize;
    for (int i = 0; i < segments; ++i) {
        if (position + formats::kSegmentHeaderSize > maxLength)
            return base::fail(format("image at 0x%x: segment %d runs past the end of its partition", offset, i));
        PYFW_ASSIGN(auto segmentHeader, flash.read(offset + uint32_t(position), formats::kSegmentHeaderSize));
        position += formats::kSegmentHeaderSize + uint64_t(base::readLe32(&segmentHeader[4]));
    }
    uint64_t length = (position + 16) & ~uint64_t(15);  // the checksum ends a 16-byte line
    if (header[23] == 1) length += 32;
    if (length > maxLength) return base::fail(format("image at 0x%x runs past the end of its partition", offset));
    return uint32_t(length);
}

base::Result<VerifiedApp> verifyAppAt(const chip::FlashAccess& flash, uint32_t offset, uint32_t maxLength,
                                      const formats::BootloaderConfig& config) {
    PYFW_ASSIGN(uint32_t length, imageLengthAt(flash, offset, maxLength));
    uint32_t readLength = length;
    if (config.secureBoot) {
        if (uint64_t(length) + formats::SignatureBlock::kSize > maxLength)
            return base::fail(format("image at 0x%x leaves no room for its signature block", offset));
        readLength += formats::SignatureBlock::kSize;
    }
    PYFW_ASSIGN(auto bytes, flash.read(offset, readLength));
    return verifyAppBytes(bytes, offset, config, minimumSecureVersion(flash.efuses()));
}

namespace {

base::Status checkDescriptor(const VerifiedApp& app, uint32_t offset, const formats::BootloaderConfig& config,
                             uint32_t minimumVersion) {
    if (!config.board.empty()) {
        if (!app.descriptor) return base::fail(format("image at 0x%x carries no firmware descriptor, so its board is unknown", offset));
        if (app.descriptor->board != config.board)
            return base::fail(format("image at 0x%x is built for a %s; this bootloader is for a %s", offset,
                                     app.descriptor->board.c_str(), config.board.c_str()));
    }
    if (config.antiRollback) {
        uint32_t version = app.descriptor ? app.descriptor->secureVersion : 0;
        if (version < minimumVersion)
            return base::fail(format("image at 0x%x has secure version %u, below the minimum %u kept in eFuse (anti-rollback)",
                                     offset, version, minimumVersion));
    }
    return base::okStatus();
}

}  // namespace

base::Result<VerifiedApp> verifyAppBytes(base::ByteView bytes, uint32_t offset, const formats::BootloaderConfig& config,
                                         uint32_t minimumVersion) {
    auto image = formats::verifyAppImage(bytes);
    if (!image.ok()) return base::fail(format("image at 0x%x: ", offset) + image.error().message);
    VerifiedApp app;
    app.offset = offset;
    app.image = std::move(*image);
    if (config.secureBoot) {
        auto signature = security::verifySignatureAt(config.verificationKey, bytes, app.image.imageLength);
        if (!signature.ok())
            return base::fail(format("image at 0x%x: secure boot signature check failed (%s)", offset,
                                     signature.error().message.c_str()));
        app.signatureChecked = true;
    }
    for (const auto& segment : app.image.segments) {
        auto descriptor = formats::findFirmwareDescriptor(segment.data);
        if (!descriptor || descriptor->kind != formats::DescriptorKind::Firmware) continue;
        if (descriptor->frozenLength > 0) {
            base::ByteView archive(segment.data.data() + descriptor->frozenOffset, descriptor->frozenLength);
            auto modules = formats::parseFrozenArchive(archive);
            if (!modules.ok())
                return base::fail(format("image at 0x%x: frozen modules: ", offset) + modules.error().message);
            app.frozenModules = std::move(*modules);
        }
        app.descriptor = std::move(descriptor);
        break;
    }
    PYFW_TRY(checkDescriptor(app, offset, config, minimumVersion));
    return app;
}

uint32_t minimumSecureVersion(const chip::Efuses& fuses) {
    return uint32_t(__builtin_popcountll(fuses.readField("SECURE_VERSION")));
}

}  // namespace pyfw::boot
