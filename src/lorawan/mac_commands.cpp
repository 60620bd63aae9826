#include "lorawan/mac_commands.h"

#include <cstring>

namespace pyfw::lorawan {

bool MacCommandReader::next(MacCommand& out) {
    if (unknown_ || truncated_ || at_ >= data_.size()) return false;
    const uint8_t cid = data_[at_];
    const MacCommandSpec* spec = macCommandSpec(cid);
    if (!spec) {
        unknown_ = true;
        return false;
    }
    const size_t length = direction_ == Direction::Up ? spec->uplinkLength : spec->downlinkLength;
    if (at_ + 1 + length > data_.size()) {
        truncated_ = true;
        return false;
    }
    out.cid = cid;
    out.payload = data_.subspan(at_ + 1, length);
    at_ += 1 + length;
    return true;
}

bool MacCommandBuffer::add(Cid cid, std::initializer_list<uint8_t> payload) {
    if (size + 1 + payload.size() > bytes.size()) return false;
    bytes[size++] = uint8_t(cid);
    for (uint8_t b : payload) bytes[size++] = b;
    return true;
}

bool MacCommandBuffer::append(base::ByteView data) {
    if (size + data.size() > bytes.size()) return false;
    if (!data.empty()) std::memcpy(bytes.data() + size, data.data(), data.size());
    size = uint8_t(size + data.size());
    return true;
}

}  // namespace pyfw::lorawan
