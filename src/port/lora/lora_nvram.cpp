#include "port/lora/lora_nvram.h"

#include <cstring>

#include "lorawan/session_codec.h"

namespace pyfw::port::lora {

namespace {

using formats::nvs::ItemType;
using lorawan::Session;

constexpr std::string_view kSessionKey = "session";    // the stack's names for what it stores
constexpr std::string_view kDevNonceKey = "devnonce";

// The session keys, in the order a save writes them (JOINED last).
constexpr const char* kSessionItems[] = {"REGION",  "DEVADDR", "NETID",     "NWSKEY",    "APPSKEY",  "UPLNK",
                                         "DWLNK",   "ADRACK",  "SRVACK",    "MACNXTTX",  "MACBUFIDX", "MACRPTIDX",
                                         "MACBUF",  "MACRPTBUF", "CHANNELS", "CHANMASK", "CHANMASKREM", "MACPARAMS",
                                         "JOINED"};

void appendLe64(base::Bytes& out, uint64_t v) {
    base::appendLe32(out, uint32_t(v));
    base::appendLe32(out, uint32_t(v >> 32));
}

NvsValue u8(uint64_t v) { return NvsValue::unsignedInteger(ItemType::U8, v); }
NvsValue u32(uint64_t v) { return NvsValue::unsignedInteger(ItemType::U32, v); }

// MACPARAMS: what the network set, in a fixed order.
base::Bytes macParams(const Session& s) {
    base::Bytes out;
    for (uint8_t v : {uint8_t(s.activation), uint8_t(s.downlinkSeen), s.dr, s.txPowerIndex, s.nbTrans, s.rx1DrOffset,
                      s.rx2Dr, s.rxDelaySeconds, s.maxDutyCycle, uint8_t(s.uplinkDwell), uint8_t(s.downlinkDwell),
                      uint8_t(s.maxEirpDbm), uint8_t(s.adr)})
        out.push_back(v);
    base::appendLe32(out, s.rx2FrequencyHz);
    appendLe64(out, s.random);
    for (int64_t t : s.bandFreeAtUs) appendLe64(out, uint64_t(t));
    appendLe64(out, uint64_t(s.aggregatedFreeAtUs));
    return out;
}
constexpr size_t kMacParamsSize = 13 + 4 + 8 + 8 * lorawan::kMaxBands + 8;

bool readMacParams(base::ByteView b, Session& s) {
    if (b.size() != kMacParamsSize) return false;
    s.activation = lorawan::Activation(b[0]);
    s.downlinkSeen = b[1];
    s.dr = b[2];
    s.txPowerIndex = b[3];
    s.nbTrans = b[4];
    s.rx1DrOffset = b[5];
    s.rx2Dr = b[6];
    s.rxDelaySeconds = b[7];
    s.maxDutyCycle = b[8];
    s.uplinkDwell = b[9];
    s.downlinkDwell = b[10];
    s.maxEirpDbm = int8_t(b[11]);
    s.adr = b[12];
    s.rx2FrequencyHz = base::readLe32(&b[13]);
    s.random = base::readLe64(&b[17]);
    for (size_t i = 0; i < lorawan::kMaxBands; ++i) s.bandFreeAtUs[i] = int64_t(base::readLe64(&b[25 + 8 * i]));
    s.aggregatedFreeAtUs = int64_t(base::readLe64(&b[25 + 8 * lorawan::kMaxBands]));
    return true;
}

// CHANNELS: the table size, then per channel frequency, RX1 frequency, DR range.
base::Bytes channelTable(lorawan::ChannelPlan plan) {
    base::Bytes out{uint8_t(plan.size())};
    for (const lorawan::Channel& c : plan.channels()) {
        base::appendLe32(out, c.frequencyHz);
        base::appendLe32(out, c.rx1FrequencyHz);
        out.push_back(c.minDr);
        out.push_back(c.maxDr);
    }
    return out;
}
constexpr size_t kChannelTableSize = 1 + 10 * lorawan::kMaxChannels;

bool readChannelTable(base::ByteView b, lorawan::ChannelPlan& plan) {
    if (b.size() != kChannelTableSize || b[0] > lorawan::kMaxChannels) return false;
    plan.setCount(b[0]);
    size_t at = 1;
    for (lorawan::Channel& c : plan.channels()) {
        c.frequencyHz = base::readLe32(&b[at]);
        c.rx1FrequencyHz = base::readLe32(&b[at + 4]);
        c.minDr = b[at + 8];
        c.maxDr = b[at + 9];
        at += 10;
    }
    return true;
}

base::Bytes maskBytes(const lorawan::ChannelMask& mask) {
    base::Bytes out;
    for (uint16_t word : mask) base::appendLe16(out, word);
    return out;
}
bool readMask(base::ByteView b, lorawan::ChannelMask& mask) {
    if (b.size() != 2 * lorawan::kMaskWords) return false;
    for (size_t i = 0; i < mask.size(); ++i) mask[i] = base::readLe16(&b[2 * i]);
    return true;
}

bool readBuffer(base::ByteView b, std::optional<uint64_t> size, lorawan::MacCommandBuffer& buffer) {
    if (!size || *size != b.size() || b.size() > buffer.bytes.size()) return false;
    buffer.size = uint8_t(b.size());
    if (!b.empty()) std::memcpy(buffer.bytes.data(), b.data(), b.size());
    return true;
}

// One item of the namespace; nullopt when absent, unreadable or of another kind.
struct Items {
    NvsStore& nvs;
    std::optional<NvsValue> get(std::string_view key) const {
        auto got = nvs.get(kLoraNamespace, key);
        if (!got) return std::nullopt;
        return *got;
    }
    std::optional<uint64_t> integer(std::string_view key) const {
        auto v = get(key);
        if (!v || !v->isInteger()) return std::nullopt;
        return uint64_t(v->bits);
    }
    std::optional<base::Bytes> blob(std::string_view key) const {
        auto v = get(key);
        if (!v || v->type != ItemType::Blob) return std::nullopt;
        return v->bytes;
    }
};

base::Status put(NvsStore& nvs, std::string_view key, const NvsValue& value) {
    PYFW_ASSIGN(SetResult result, nvs.set(kLoraNamespace, key, value));
    if (result == SetResult::NoSpace) return base::fail("the NVS partition has no space left for " + std::string(key));
    return base::okStatus();
}

}  // namespace

std::optional<base::Bytes> LoraNvram::load(std::string_view key) {
    NvsStore* nvs = store_();
    if (!nvs) return std::nullopt;
    if (key == kSessionKey) return loadSession(*nvs);
    Items items{*nvs};
    if (key == kDevNonceKey) {
        auto nonce = items.integer("DEVNONCE");
        if (!nonce) return std::nullopt;
        base::Bytes out;
        base::appendLe16(out, uint16_t(*nonce));
        return out;
    }
    return items.blob(key);
}

base::Status LoraNvram::store(std::string_view key, base::ByteView value) {
    NvsStore* nvs = store_();
    if (!nvs) return base::fail("the board's NVS partition cannot be opened");
    if (key == kSessionKey) return storeSession(*nvs, value);
    if (key == kDevNonceKey && value.size() == 2)
        return put(*nvs, "DEVNONCE", NvsValue::unsignedInteger(ItemType::U16, base::readLe16(value.data())));
    return put(*nvs, key, NvsValue::blob(value));
}

// nvram_erase(): Pycom erases the whole namespace; the DevNonce counter stays, so that a device
// whose state was erased still never repeats a DevNonce the network has seen.
void LoraNvram::erase(std::string_view key) {
    NvsStore* nvs = store_();
    if (!nvs) return;
    if (key == kSessionKey) {
        for (const char* item : kSessionItems) (void)nvs->erase(kLoraNamespace, item);
        return;
    }
    (void)nvs->erase(kLoraNamespace, key == kDevNonceKey ? std::string_view("DEVNONCE") : key);
}

base::Status LoraNvram::storeSession(NvsStore& nvs, base::ByteView blob) {
    PYFW_ASSIGN(lorawan::SavedSession saved, lorawan::decodeSession(blob));
    const Session& s = saved.session;
    Items items{nvs};
    if (auto region = items.integer("REGION"); region && *region != uint8_t(s.region))
        PYFW_TRY(nvs.eraseNamespace(kLoraNamespace));
    PYFW_TRY(put(nvs, "JOINED", u8(0)));
    PYFW_TRY(put(nvs, "REGION", u8(uint8_t(s.region))));
    PYFW_TRY(put(nvs, "DEVADDR", u32(s.devAddr)));
    PYFW_TRY(put(nvs, "NETID", u32(s.netId)));
    PYFW_TRY(put(nvs, "NWSKEY", NvsValue::blob(s.nwkSKey)));
    PYFW_TRY(put(nvs, "APPSKEY", NvsValue::blob(s.appSKey)));
    PYFW_TRY(put(nvs, "UPLNK", u32(s.fcntUp)));
    PYFW_TRY(put(nvs, "DWLNK", u32(s.fcntDown)));
    PYFW_TRY(put(nvs, "ADRACK", u32(s.adrAckCounter)));
    PYFW_TRY(put(nvs, "SRVACK", u8(s.ackDownlink)));
    PYFW_TRY(put(nvs, "MACNXTTX", u8(s.answers.size + s.stickyAnswers.size > 0)));
    PYFW_TRY(put(nvs, "MACBUFIDX", u8(s.answers.size)));
    PYFW_TRY(put(nvs, "MACRPTIDX", u8(s.stickyAnswers.size)));
    PYFW_TRY(put(nvs, "MACBUF", NvsValue::blob(s.answers.view())));
    PYFW_TRY(put(nvs, "MACRPTBUF", NvsValue::blob(s.stickyAnswers.view())));
    PYFW_TRY(put(nvs, "CHANNELS", NvsValue::blob(channelTable(s.channels))));
    lorawan::ChannelPlan plan = s.channels;
    PYFW_TRY(put(nvs, "CHANMASK", NvsValue::blob(maskBytes(plan.rawMask()))));
    PYFW_TRY(put(nvs, "CHANMASKREM", NvsValue::blob(maskBytes(plan.rawRemaining()))));
    PYFW_TRY(put(nvs, "MACPARAMS", NvsValue::blob(macParams(s))));
    return put(nvs, "JOINED", u8(saved.restorable && s.activation != lorawan::Activation::None));
}

// Rebuilds the stack's record from the items; an item missing or of the wrong size means no
// session (a save cut short, or another firmware's leftovers).
std::optional<base::Bytes> LoraNvram::loadSession(NvsStore& nvs) {
    Items items{nvs};
    auto joined = items.integer("JOINED");
    auto region = items.integer("REGION");
    if (!joined || !region) return std::nullopt;
    lorawan::SavedSession saved;
    Session& s = saved.session;
    saved.restorable = *joined == 1;
    s.region = lorawan::RegionId(*region);
    auto devAddr = items.integer("DEVADDR"), netId = items.integer("NETID"), up = items.integer("UPLNK"),
         down = items.integer("DWLNK"), adrAck = items.integer("ADRACK"), srvAck = items.integer("SRVACK");
    auto nwk = items.blob("NWSKEY"), app = items.blob("APPSKEY"), params = items.blob("MACPARAMS"),
         channels = items.blob("CHANNELS"), mask = items.blob("CHANMASK"), remaining = items.blob("CHANMASKREM"),
         buf = items.blob("MACBUF"), rpt = items.blob("MACRPTBUF");
    if (!devAddr || !netId || !up || !down || !adrAck || !srvAck || !nwk || !app || !params || !channels || !mask ||
        !remaining || !buf || !rpt || nwk->size() != 16 || app->size() != 16)
        return std::nullopt;
    s.devAddr = uint32_t(*devAddr);
    s.netId = uint32_t(*netId);
    std::memcpy(s.nwkSKey.data(), nwk->data(), 16);
    std::memcpy(s.appSKey.data(), app->data(), 16);
    s.fcntUp = uint32_t(*up);
    s.fcntDown = uint32_t(*down);
    s.adrAckCounter = uint32_t(*adrAck);
    s.ackDownlink = *srvAck != 0;
    if (!readMacParams(*params, s) || !readChannelTable(*channels, s.channels) ||
        !readMask(*mask, s.channels.rawMask()) || !readMask(*remaining, s.channels.rawRemaining()) ||
        !readBuffer(*buf, items.integer("MACBUFIDX"), s.answers) ||
        !readBuffer(*rpt, items.integer("MACRPTIDX"), s.stickyAnswers))
        return std::nullopt;
    // Through the stack's own codec, which checks every value's range.
    base::Bytes record = lorawan::encodeSession(saved);
    if (!lorawan::decodeSession(record)) return std::nullopt;
    return record;
}

}  // namespace pyfw::port::lora
