#include "chip/board.h"

#include <nlohmann/json.hpp>

#include <random>

#include "base/file.h"

namespace pyfw::chip {
namespace {

using base::fail;
using nlohmann::json;

constexpr std::string_view kBoardFormat = "pyfw-board";
constexpr int kBoardFormatVersion = 1;

MacAddress randomEspressifMac() {
    std::random_device entropy;
    MacAddress mac{0x24, 0x0A, 0xC4, 0, 0, 0};
    for (int i = 3; i < 6; ++i) mac[i] = uint8_t(entropy());
    return mac;
}

base::Status writeBoardJson(const std::filesystem::path& dir, const BoardModel& model, const MacAddress& mac) {
    json doc = {{"format", kBoardFormat},       {"version", kBoardFormatVersion},
                {"model", model.id},            {"name", model.name},
                {"chip_revision", model.chipRevision}, {"flash_size", model.flashSize},
                {"mac", formatMac(mac)}};
    return base::writeFileAtomically(boardJsonPath(dir), doc.dump(2) + "\n");
}

struct BoardJson {
    const BoardModel* model;
    MacAddress mac;
};

base::Result<BoardJson> readBoardJson(const std::filesystem::path& dir) {
    auto path = boardJsonPath(dir);
    if (!std::filesystem::exists(path)) return fail(dir.string() + " is not a board folder (it has no board.json)");
    PYFW_ASSIGN(auto text, base::readFile(path));
    json doc = json::parse(text.begin(), text.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return fail(path.string() + ": not valid JSON");
    if (doc.value("format", "") != kBoardFormat || doc.value("version", 0) != kBoardFormatVersion)
        return fail(path.string() + ": not a pyfw board description of format version 1");
    if (!doc.contains("model") || !doc["model"].is_string() || !doc.contains("mac") || !doc["mac"].is_string())
        return fail(path.string() + ": needs the string fields \"model\" and \"mac\"");
    const BoardModel* model = findBoardModel(doc["model"].get<std::string>());
    if (!model) return fail(path.string() + ": unknown model \"" + doc["model"].get<std::string>() + "\"");
    auto mac = parseMac(doc["mac"].get<std::string>());
    if (!mac.ok()) return fail(path.string() + ": " + mac.error().message);
    return BoardJson{model, *mac};
}

}  // namespace

std::filesystem::path flashPath(const std::filesystem::path& dir) { return dir / "flash.bin"; }
std::filesystem::path efusePath(const std::filesystem::path& dir) { return dir / "efuse.bin"; }
std::filesystem::path rtcPath(const std::filesystem::path& dir) { return dir / "rtc.bin"; }
std::filesystem::path boardJsonPath(const std::filesystem::path& dir) { return dir / "board.json"; }

base::Result<MacAddress> parseMac(std::string_view text) {
    MacAddress mac{};
    std::string digits;
    for (char c : text)
        if (c != ':' && c != '-') digits.push_back(c);
    auto bytes = base::fromHex(digits);
    if (!bytes.ok() || bytes->size() != 6 || (text.size() != 12 && text.size() != 17))
        return fail("MAC address \"" + std::string(text) + "\" is not six hex bytes such as 24:0a:c4:01:02:03");
    std::copy(bytes->begin(), bytes->end(), mac.begin());
    return mac;
}

Board::Board(Board&&) noexcept = default;
Board& Board::operator=(Board&&) noexcept = default;
Board::~Board() = default;

void Board::wire() { flash_.attachPowerCut(powerCut_.get()); }

base::Result<Board> Board::create(const std::filesystem::path& dir, const BoardModel& model,
                                  std::optional<MacAddress> mac) {
    std::error_code error;
    if (std::filesystem::exists(dir) && !std::filesystem::is_empty(dir, error))
        return fail(dir.string() + " already exists and is not empty; a board is made in a new folder");
    std::filesystem::create_directories(dir, error);
    if (error) return fail(dir.string() + ": cannot create the board folder (" + error.message() + ")");

    Board board;
    board.dir_ = dir;
    board.model_ = &model;
    board.efuses_.programFactoryIdentity(mac.value_or(randomEspressifMac()), model.chipRevision);
    PYFW_TRY(base::writeFileAtomically(efusePath(dir), board.efuses_.toBytes()));
    PYFW_ASSIGN(board.flash_, SpiFlash::createFile(flashPath(dir), model.flashSize));
    PYFW_TRY(writeBoardJson(dir, model, board.efuses_.mac()));
    board.wire();
    return board;
}

base::Result<Board> Board::open(const std::filesystem::path& dir) {
    PYFW_ASSIGN(auto description, readBoardJson(dir));
    Board board;
    board.dir_ = dir;
    board.model_ = description.model;
    PYFW_ASSIGN(auto rawFuses, base::readFile(efusePath(dir)));
    auto fuses = Efuses::fromBytes(rawFuses);
    if (!fuses.ok()) return fail(efusePath(dir).string() + ": " + fuses.error().message);
    board.efuses_ = *fuses;
    if (board.efuses_.mac() != description.mac)
        return fail(efusePath(dir).string() + ": the factory MAC " + formatMac(board.efuses_.mac()) +
                    " does not match board.json (" + formatMac(description.mac) + ")");
    PYFW_ASSIGN(board.flash_, SpiFlash::openFile(flashPath(dir)));
    if (board.flash_.size() != description.model->flashSize)
        return fail(flashPath(dir).string() + " is " + std::to_string(board.flash_.size()) + " bytes; a " +
                    std::string(description.model->name) + " has " +
                    std::to_string(description.model->flashSize) + " bytes of flash");
    PYFW_ASSIGN(board.rtc_, RtcMemory::load(rtcPath(dir)));
    board.wire();
    return board;
}

Board Board::inMemory(const BoardModel& model, SpiFlash flash, Efuses efuses) {
    Board board;
    board.model_ = &model;
    board.flash_ = std::move(flash);
    board.efuses_ = efuses;
    board.wire();
    return board;
}

base::Status Board::burnEfuses(const std::function<base::Status(Efuses&)>& change) {
    if (powerLost()) return PowerCutInjector::powerLostError("an eFuse burn");
    Efuses next = efuses_;
    PYFW_TRY(change(next));
    if (next == efuses_) return base::okStatus();
    auto verdict = powerCut_->nextWrite();
    if (verdict == PowerCutInjector::Verdict::Drop) return PowerCutInjector::powerLostError("an eFuse burn");
    if (verdict == PowerCutInjector::Verdict::Tear) {
        // Only some of the newly set bits made it.
        auto words = efuses_.rawWords();
        for (size_t i = 0; i < words.size(); ++i)
            words[i] |= next.rawWords()[i] & uint32_t(powerCut_->random()());
        next = Efuses::fromRawWords(words);
    }
    if (!dir_.empty()) PYFW_TRY(base::writeFileAtomically(efusePath(dir_), next.toBytes()));
    efuses_ = next;
    if (verdict != PowerCutInjector::Verdict::Proceed) return PowerCutInjector::powerLostError("an eFuse burn");
    return base::okStatus();
}

base::Status Board::saveRtc() {
    if (dir_.empty()) return base::okStatus();
    return rtc_.save(rtcPath(dir_));
}

}  // namespace pyfw::chip
