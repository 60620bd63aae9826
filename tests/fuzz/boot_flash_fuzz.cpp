// The boot chain reading flash it did not write: a board holding a real firmware build (plain, or
// provisioned with secure boot and flash encryption) gets the fuzz input patched over its flash,
// then powers on. Whatever the bytes, the ROM and the bootloader must stop with a reason or start an
// image they verified, never crash or read outside the flash.
//
// Input: byte 0 chooses the board (bit 0: secure build, bit 1: hold the safe-boot pin, bit 2: a
// pending OTA image, bit 3: a plaintext secure build before its first boot, bit 4: one whose first
// boot was cut in the middle of the flash encryption, so the journal and staging sector are there to
// be damaged). Then records {u24 offset / 16, u8 length, bytes} are written over the flash, the
// offset taken modulo the flash size so that every record lands somewhere.
#include <cstddef>
#include <cstdint>

#include "boot/boot_chain.h"
#include "boot/ota_updater.h"
#include "boot/rom_loader.h"
#include "test_firmware.h"

using namespace pyfw;

namespace {

struct BaseBoards {
    base::Bytes plainFlash, secureFlash, pendingFlash, firstBootFlash, interruptedFlash;
    chip::Efuses plainFuses, secureFuses, firstBootFuses, interruptedFuses;
};

// A plaintext secure build on the compact layout (short first boots), before its first boot and
// after a first boot cut halfway through the encryption.
void addFirstBootBoards(BaseBoards& out, const testing::SecureKeys& keys, const testing::AppSpec& spec) {
    auto board = testing::newBoard("lopy");
    testing::flashPlain(board, testing::buildFirmware(board.flash().size(), &keys, spec, testing::TableLayout::Compact));
    out.firstBootFlash.assign(board.flash().contents().begin(), board.flash().contents().end());
    out.firstBootFuses = board.efuses();
    board.powerCut().armAt(100, chip::PendingWrite::Dropped);
    boot::BootLog log(board.clock());
    boot::powerOn(board, log);
    out.interruptedFlash.assign(board.flash().contents().begin(), board.flash().contents().end());
    out.interruptedFuses = board.efuses();
}

const BaseBoards& baseBoards() {
    static const BaseBoards boards = [] {
        BaseBoards out;
        static const testing::SecureKeys keys = testing::makeKeys(5);
        testing::AppSpec spec;
        spec.codeSize = 4000;
        auto plain = testing::newBoard("lopy");
        testing::flashPlain(plain, testing::buildFirmware(plain.flash().size(), nullptr, spec));
        boot::BootLog log(plain.clock());
        boot::powerOn(plain, log);
        out.plainFlash.assign(plain.flash().contents().begin(), plain.flash().contents().end());
        out.plainFuses = plain.efuses();
        boot::OtaUpdater updater(plain, {});
        spec.version = "1.18.0";
        auto image = testing::buildApp(spec, nullptr);
        if (updater.start().ok() && updater.write(image).ok() && updater.finish().ok())
            out.pendingFlash.assign(plain.flash().contents().begin(), plain.flash().contents().end());
        auto secure = testing::newBoard("lopy");
        testing::provisionSecure(secure, testing::buildFirmware(secure.flash().size(), &keys, spec));
        out.secureFlash.assign(secure.flash().contents().begin(), secure.flash().contents().end());
        out.secureFuses = secure.efuses();
        addFirstBootBoards(out, keys, spec);
        return out;
    }();
    return boards;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const auto& bases = baseBoards();
    bool secure = data[0] & 1, firstBoot = data[0] & 8, interrupted = data[0] & 16;
    base::Bytes flash = interrupted ? bases.interruptedFlash
                        : firstBoot ? bases.firstBootFlash
                        : secure    ? bases.secureFlash
                        : (data[0] & 4) ? bases.pendingFlash : bases.plainFlash;
    const chip::Efuses& fuses = interrupted ? bases.interruptedFuses
                                : firstBoot ? bases.firstBootFuses
                                : secure    ? bases.secureFuses : bases.plainFuses;
    for (size_t at = 1; at + 4 <= size;) {
        uint32_t offset = uint32_t((data[at] | data[at + 1] << 8 | data[at + 2] << 16) * 16u) % uint32_t(flash.size());
        size_t length = std::min<size_t>(data[at + 3], size - at - 4);
        length = std::min<size_t>(length, flash.size() - offset);
        std::copy_n(data + at + 4, length, flash.begin() + offset);
        at += 4 + length;
    }
    auto memory = chip::SpiFlash::inMemory(std::move(flash));
    if (!memory.ok()) return 0;
    auto board = chip::Board::inMemory(*chip::findBoardModel("lopy"), std::move(*memory), fuses);
    board.rng().seed(testing::kBoardRngSeed);
    if (data[0] & 2) board.gpio().holdHigh(chip::kSafeBootGpio, 0, 4'000'000);
    boot::BootLog log(board.clock());
    auto result = boot::powerOn(board, log);
    if (result.kind != boot::BootResult::Kind::JumpToApp) return 0;
    if (result.jump->app.image.imageLength == 0) __builtin_trap();
    // A bootloader built for flash encryption never starts an app with the encryption off.
    auto config = boot::installedBootloaderConfig(board);
    if (config.ok() && config->flashEncryption && !board.efuses().flashEncryptionEnabled()) __builtin_trap();
    return 0;
}
