#include "boot/encryption_journal.h"

#include <cstring>

#include "base/crc32.h"

namespace pyfw::boot {
namespace {

constexpr char kMagic[8] = {'P', 'Y', 'F', 'W', 'F', 'E', 'J', '1'};
constexpr uint32_t kRegionsOffset = 0x10;
constexpr uint32_t kMarksOffset = 0x400;
constexpr uint32_t kSectorSize = 0x1000;

base::Bytes encodeRegions(const std::vector<FlashRegion>& plan) {
    base::Bytes out;
    for (const auto& region : plan) {
        base::appendLe32(out, region.address);
        base::appendLe32(out, region.length);
    }
    return out;
}

}  // namespace

EncryptionJournal::EncryptionJournal(chip::SpiFlash& flash, uint32_t address, std::vector<FlashRegion> plan,
                                     base::Bytes marks)
    : flash_(&flash), address_(address), plan_(std::move(plan)), marks_(std::move(marks)) {
    for (const auto& region : plan_)
        for (uint32_t offset = 0; offset < region.length; offset += kSectorSize) sectors_.push_back(region.address + offset);
    marks_.resize(sectors_.size(), 0xFF);
}

base::Result<std::optional<EncryptionJournal>> EncryptionJournal::load(chip::SpiFlash& flash, uint32_t address) {
    PYFW_ASSIGN(auto sector, flash.read(address, kSectorSize));
    if (std::memcmp(sector.data(), kMagic, sizeof kMagic) != 0) return std::optional<EncryptionJournal>();
    uint32_t count = base::readLe32(&sector[8]);
    if (count == 0 || count > kMaxRegions) return std::optional<EncryptionJournal>();
    base::ByteView regions(&sector[kRegionsOffset], count * 8);
    if (base::crc32(regions) != base::readLe32(&sector[12])) return std::optional<EncryptionJournal>();
    std::vector<FlashRegion> plan;
    size_t sectors = 0;
    for (uint32_t i = 0; i < count; ++i) {
        FlashRegion region{base::readLe32(&regions[i * 8]), base::readLe32(&regions[i * 8 + 4])};
        if (region.address % kSectorSize || region.length % kSectorSize || region.length == 0 ||
            uint64_t(region.address) + region.length > flash.size())
            return std::optional<EncryptionJournal>();
        sectors += region.length / kSectorSize;
        plan.push_back(region);
    }
    if (sectors > kMaxSectors) return std::optional<EncryptionJournal>();
    base::Bytes marks(sector.begin() + kMarksOffset, sector.begin() + kMarksOffset + sectors);
    return std::optional<EncryptionJournal>(EncryptionJournal(flash, address, std::move(plan), std::move(marks)));
}

base::Result<EncryptionJournal> EncryptionJournal::start(chip::SpiFlash& flash, uint32_t address,
                                                         const std::vector<FlashRegion>& plan) {
    size_t sectors = 0;
    for (const auto& region : plan) sectors += region.length / kSectorSize;
    if (plan.empty() || plan.size() > kMaxRegions || sectors > kMaxSectors)
        return base::fail("the encryption plan does not fit in the journal sector");
    base::Bytes header(kMagic, kMagic + sizeof kMagic);
    auto regions = encodeRegions(plan);
    base::appendLe32(header, uint32_t(plan.size()));
    base::appendLe32(header, base::crc32(regions));
    base::append(header, regions);
    PYFW_TRY(flash.eraseSector(address));
    PYFW_TRY(flash.program(address, header));
    return EncryptionJournal(flash, address, plan, {});
}

bool EncryptionJournal::has(size_t index, Mark mark) const { return (marks_[index] & uint8_t(mark)) == 0; }

base::Status EncryptionJournal::mark(size_t index, Mark mark) {
    uint8_t value = uint8_t(marks_[index] & ~uint8_t(mark));
    PYFW_TRY(flash_->program(address_ + kMarksOffset + uint32_t(index), base::Bytes{value}));
    marks_[index] = value;
    return base::okStatus();
}

base::Status EncryptionJournal::erase() { return flash_->eraseSector(address_); }

}  // namespace pyfw::boot
