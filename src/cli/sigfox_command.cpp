// pyfw sigfox identity|show|downlink: a board's Sigfox identity in its config block (as the
// factory writes it), and the simulated Sigfox backend of `pyfw board boot --sigfox-backend DB`:
// what it accepted and refused, and downlinks queued for a device's next downlink request.
#include <cstdio>
#include <memory>

#include "cli/board_access.h"
#include "cli/command_registry.h"
#include "formats/config_block.h"
#include "world/sigfox_backend.h"

namespace pyfw::cli {
namespace {

template <size_t N>
std::array<uint8_t, N> hexFieldOrFail(const std::string& text, const std::string& what) {
    auto bytes = base::fromHex(text);
    if (!bytes.ok() || bytes->size() != N)
        throw CommandFailure(what + " must be " + std::to_string(N * 2) + " hex digits, not '" + text + "'", 2);
    std::array<uint8_t, N> field{};
    std::copy(bytes->begin(), bytes->end(), field.begin());
    return field;
}

struct IdentityArgs {
    std::string dir, id, pac, key;
};

// The config block is rewritten whole after erasing its sector, as Pycom's firmware does.
void writeIdentity(const IdentityArgs& args) {
    auto board = openBoardOrFail(args.dir);
    if (!board.model().sigfox) throw CommandFailure("the " + std::string(board.model().name) + " has no Sigfox radio", 2);
    chip::SpiFlash& flash = board.flash();
    auto raw = flash.read(formats::ConfigBlock::kAddress, formats::ConfigBlock::kSize);
    if (!raw.ok()) failWith(raw.error());
    auto config = formats::ConfigBlock::parse(*raw);
    if (!config.ok()) failWith(config.error());
    config->sigfoxId = hexFieldOrFail<4>(args.id, "--id");
    config->sigfoxPac = hexFieldOrFail<8>(args.pac, "--pac");
    config->sigfoxPrivateKey = hexFieldOrFail<16>(args.key, "--key");
    auto sector = flash.read(formats::ConfigBlock::kAddress, 4096);
    if (!sector.ok()) failWith(sector.error());
    base::Bytes block = config->serialize();
    std::copy(block.begin(), block.end(), sector->begin());
    if (auto erased = flash.eraseSector(formats::ConfigBlock::kAddress); !erased.ok()) failWith(erased.error());
    if (auto written = flash.program(formats::ConfigBlock::kAddress, *sector); !written.ok()) failWith(written.error());
    std::printf("Sigfox ID %s written to the config block of %s\n", args.id.c_str(), args.dir.c_str());
}

std::unique_ptr<world::SigfoxBackend> openBackendOrFail(const std::string& path) {
    auto backend = world::SigfoxBackend::open(path);
    if (!backend.ok()) throw CommandFailure(backend.error().message, 2);
    return std::move(backend).value();
}

struct DownlinkArgs {
    std::string db, device, payload;
};

void queueDownlink(const DownlinkArgs& args) {
    auto id = hexFieldOrFail<4>(args.device, "the device ID");
    auto payload = hexFieldOrFail<8>(args.payload, "a downlink");
    auto backend = openBackendOrFail(args.db);
    uint32_t device = uint32_t(id[0]) << 24 | uint32_t(id[1]) << 16 | uint32_t(id[2]) << 8 | id[3];
    if (auto queued = backend->queueDownlink(device, payload); !queued.ok()) failWith(queued.error());
}

void setup(CLI::App& app) {
    auto* sigfox = app.add_subcommand("sigfox", "Sigfox: a board's identity, the simulated backend's messages and downlinks");
    sigfox->require_subcommand(1);

    auto identity = std::make_shared<IdentityArgs>();
    auto* identityCmd = sigfox->add_subcommand("identity", "Write a board's Sigfox ID, PAC and key into its config block");
    identityCmd->add_option("dir", identity->dir, "Board folder")->required();
    identityCmd->add_option("--id", identity->id, "Device ID, 8 hex digits (sigfox.id())")->required();
    identityCmd->add_option("--pac", identity->pac, "Porting authorisation code, 16 hex digits")->required();
    identityCmd->add_option("--key", identity->key, "The device's AES-128 key, 32 hex digits")->required();
    identityCmd->callback([identity] { writeIdentity(*identity); });

    auto db = std::make_shared<std::string>();
    auto* showCmd = sigfox->add_subcommand("show", "List the backend's devices, messages, refused frames and downlinks");
    showCmd->add_option("db", *db, "The backend's SQLite database")->required();
    showCmd->callback([db] {
        auto listing = openBackendOrFail(*db)->listing();
        if (!listing.ok()) failWith(listing.error());
        std::fputs(listing->c_str(), stdout);
    });

    auto downlink = std::make_shared<DownlinkArgs>();
    auto* downlinkCmd = sigfox->add_subcommand("downlink", "Queue 8 bytes for a device's next downlink request");
    downlinkCmd->add_option("db", downlink->db, "The backend's SQLite database")->required();
    downlinkCmd->add_option("device", downlink->device, "Device ID, 8 hex digits")->required();
    downlinkCmd->add_option("payload", downlink->payload, "The downlink, 16 hex digits")->required();
    downlinkCmd->callback([downlink] { queueDownlink(*downlink); });
}

const CommandRegistration registration{"sigfox", setup};

}  // namespace
}  // namespace pyfw::cli
