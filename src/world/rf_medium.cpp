#include "world/rf_medium.h"

#include <algorithm>
#include <cmath>

namespace pyfw::world {

namespace {
constexpr double kLossAt1mDb = 40.0;
constexpr double kLossPerDecadeDb = 30.0;
}  // namespace

double pathLossDb(const Position& a, const Position& b) {
    const double d = std::max(1.0, std::hypot(a.x - b.x, a.y - b.y));
    return kLossAt1mDb + kLossPerDecadeDb * std::log10(d);
}

Position positionAtLoss(double lossDb, double angle) {
    const double d = std::pow(10.0, (lossDb - kLossAt1mDb) / kLossPerDecadeDb);
    return {d * std::cos(angle), d * std::sin(angle)};
}

namespace {
uint64_t keyOf(const RadioSettings& s) {
    return uint64_t(s.frequencyHz) << 32 | uint64_t(s.spreadingFactor) << 24 | uint64_t(s.bandwidthKhz) << 8 |
           uint64_t(s.invertedIq) << 1 | uint64_t(s.publicSync);
}
}  // namespace

Air::Channel& Air::channel(const RadioSettings& settings) { return channels_[keyOf(settings)]; }

void Air::prune(Channel& c, int64_t beforeUs) {
    while (!c.entries.empty() && c.entries.front().startUs < beforeUs - kHorizonUs) c.entries.pop_front();
}

const AirFrame& Air::add(AirFrame frame) {
    frame.id = nextId_++;
    latestStartUs_ = std::max(latestStartUs_, frame.startUs);
    Channel& c = channel(frame.settings);
    prune(c, frame.startUs);
    c.entries.push_back({frame.startUs, frame.endUs, frame.id, frame.source, frame.powerDbm, frame.from});
    c.longestUs = std::max(c.longestUs, frame.endUs - frame.startUs);
    frames_.push_back(std::move(frame));
    return frames_.back();
}

void Air::forget(int64_t beforeUs) {
    while (!frames_.empty() && frames_.front().startUs < beforeUs - kHorizonUs) frames_.pop_front();
}

const AirFrame* Air::find(uint64_t id) const {
    // Ids grow in the order frames were added, which is the queue's order.
    const size_t i = frames_.lowerBound(id, [](const AirFrame& f, uint64_t x) { return f.id < x; });
    return i < frames_.size() && frames_[i].id == id ? &frames_[i] : nullptr;
}

bool Air::survivesAt(const AirFrame& frame, const Position& at, double rssiDbm, double captureDb) {
    Channel& c = channel(frame.settings);
    // Entries are in start order; nothing that started more than the channel's longest frame
    // before this one can still overlap it.
    const auto byStart = [](const Entry& e, int64_t t) { return e.startUs < t; };
    for (size_t i = c.entries.lowerBound(frame.startUs - c.longestUs, byStart); i < c.entries.size(); ++i) {
        const Entry& e = c.entries[i];
        if (e.startUs >= frame.endUs) break;
        if (e.id == frame.id || e.endUs <= frame.startUs) continue;
        if (e.powerDbm - pathLossDb(e.from, at) > rssiDbm - captureDb) return false;
    }
    return true;
}

const AirFrame* Air::catchable(const RadioSettings& settings, int64_t fromUs, int64_t toUs, uint32_t exceptSource) {
    auto found = channels_.find(keyOf(settings));
    if (found == channels_.end()) return nullptr;
    const auto& entries = found->second.entries;
    const auto byStart = [](const Entry& e, int64_t t) { return e.startUs < t; };
    for (size_t i = entries.lowerBound(fromUs, byStart); i < entries.size() && entries[i].startUs <= toUs; ++i)
        if (entries[i].endUs > toUs && entries[i].source != exceptSource) return find(entries[i].id);
    return nullptr;
}

LinkBudget linkBudget(const AirFrame& frame, const Position& at, double jitterDb) {
    const double rssi = frame.powerDbm - pathLossDb(frame.from, at) + jitterDb;
    const double snr = rssi - noiseFloorDbm(frame.settings.bandwidthKhz);
    return {rssi, std::min(snr, kMaxMeasuredSnrDb), snr >= demodulationFloorDb(frame.settings.spreadingFactor)};
}

}  // namespace pyfw::world
