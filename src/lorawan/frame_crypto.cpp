#include "lorawan/frame_crypto.h"

#include <algorithm>
#include <cstring>

#include "crypto/cmac.h"

namespace pyfw::lorawan {

namespace {
// The A_i / B0 block layout shared by keystream and MIC (spec §4.3.3.1, §4.4).
crypto::AesBlock counterBlock(uint8_t first, Direction dir, uint32_t devAddr, uint32_t fcnt, uint8_t last) {
    crypto::AesBlock b{};
    b[0] = first;
    b[5] = uint8_t(dir);
    base::writeLe32(&b[6], devAddr);
    base::writeLe32(&b[10], fcnt);
    b[15] = last;
    return b;
}

uint32_t micOf(const crypto::AesBlock& tag) { return base::readLe32(tag.data()); }
}  // namespace

SessionCrypto::SessionCrypto(const Key& nwkSKey, const Key& appSKey) : nwk_(nwkSKey), app_(appSKey) {}

uint32_t SessionCrypto::mic(Direction dir, uint32_t devAddr, uint32_t fcnt, base::ByteView signedPart) {
    crypto::AesBlock b0 = counterBlock(0x49, dir, devAddr, fcnt, uint8_t(signedPart.size()));
    return micOf(nwk_.tag(b0, signedPart));
}

void SessionCrypto::crypt(uint8_t port, Direction dir, uint32_t devAddr, uint32_t fcnt, base::ByteView in,
                          uint8_t* out) {
    crypto::AesEcb& cipher = port == 0 ? nwk_.cipher() : app_.cipher();
    // Build every A_i block at once and encrypt them in one call: at most 16 blocks for 255 bytes.
    std::array<uint8_t, 16 * 16> stream{};
    const size_t blocks = (in.size() + 15) / 16;
    for (size_t i = 0; i < blocks; ++i) {
        crypto::AesBlock a = counterBlock(0x01, dir, devAddr, fcnt, uint8_t(i + 1));
        std::memcpy(&stream[16 * i], a.data(), 16);
    }
    cipher.process(stream.data(), stream.data(), 16 * blocks);
    for (size_t i = 0; i < in.size(); ++i) out[i] = in[i] ^ stream[i];
}

void sealDataFrame(SessionCrypto& keys, const DataFrameFields& f, FrameBuffer& out) {
    uint8_t* p = out.bytes.data();
    const size_t foptsLen = std::min(f.fopts.size(), kMaxFOpts);
    p[0] = mhdr(f.type);
    base::writeLe32(p + 1, f.devAddr);
    p[5] = uint8_t((f.fctrl & 0xF0) | foptsLen);
    base::writeLe16(p + 6, uint16_t(f.fcnt));
    size_t at = 8;
    if (foptsLen) std::memcpy(p + at, f.fopts.data(), foptsLen);
    at += foptsLen;
    const Direction dir = directionOf(f.type);
    if (f.port) {
        const size_t room = kMaxPhySize - kMicSize - at - 1;
        const size_t n = std::min(f.payload.size(), room);
        p[at++] = *f.port;
        keys.crypt(*f.port, dir, f.devAddr, f.fcnt, f.payload.first(n), p + at);
        at += n;
    }
    base::writeLe32(p + at, keys.mic(dir, f.devAddr, f.fcnt, {p, at}));
    out.size = uint16_t(at + kMicSize);
}

bool micMatches(SessionCrypto& keys, const DataFrameView& frame, uint32_t fcnt32) {
    return keys.mic(directionOf(frame.type), frame.devAddr, fcnt32, frame.signedPart) == frame.mic;
}

void openPayload(SessionCrypto& keys, const DataFrameView& frame, uint32_t fcnt32, uint8_t* out) {
    if (!frame.port) return;
    keys.crypt(*frame.port, directionOf(frame.type), frame.devAddr, fcnt32, frame.payload, out);
}

void buildJoinRequest(const Key& appKey, Eui appEui, Eui devEui, uint16_t devNonce, FrameBuffer& out) {
    uint8_t* p = out.bytes.data();
    p[0] = mhdr(MType::JoinRequest);
    base::writeLe64(p + 1, appEui);
    base::writeLe64(p + 9, devEui);
    base::writeLe16(p + 17, devNonce);
    base::writeLe32(p + 19, micOf(crypto::cmac(appKey, {p, 19})));
    out.size = kJoinRequestSize;
}

bool joinRequestMicMatches(const Key& appKey, const JoinRequestView& request) {
    return micOf(crypto::cmac(appKey, request.signedPart)) == request.mic;
}

namespace {
size_t writeJoinAcceptPlain(const JoinAccept& a, uint8_t* p) {
    p[0] = mhdr(MType::JoinAccept);
    base::writeLe24(p + 1, a.appNonce);
    base::writeLe24(p + 4, a.netId);
    base::writeLe32(p + 7, a.devAddr);
    p[11] = a.dlSettings;
    p[12] = a.rxDelay;
    size_t at = 13;
    if (a.hasCfList) {
        for (uint32_t hz : a.cfListHz) {
            base::writeLe24(p + at, hz / 100);
            at += 3;
        }
        p[at++] = 0;  // RFU in 1.0.2 (CFListType 0 in 1.0.3)
    }
    return at;
}
}  // namespace

void sealJoinAccept(const Key& appKey, const JoinAccept& accept, FrameBuffer& out) {
    uint8_t* p = out.bytes.data();
    size_t at = writeJoinAcceptPlain(accept, p);
    base::writeLe32(p + at, micOf(crypto::cmac(appKey, {p, at})));
    at += kMicSize;
    auto cipher = crypto::AesEcb::create(appKey, crypto::AesDirection::Decrypt);
    cipher->process(p + 1, p + 1, at - 1);
    out.size = uint16_t(at);
}

Parsed<JoinAccept> openJoinAccept(const Key& appKey, base::ByteView phy) {
    if (phy.size() != kJoinAcceptSize && phy.size() != kJoinAcceptWithCfListSize)
        return ParseFailure{DropReason::Truncated, "join accept is neither 17 nor 33 bytes"};
    if ((phy[0] & 3) != 0) return ParseFailure{DropReason::BadMajor, "major version is not LoRaWAN R1"};
    if (mtypeOf(phy[0]) != MType::JoinAccept) return ParseFailure{DropReason::UnexpectedType, "not a join accept"};
    std::array<uint8_t, kJoinAcceptWithCfListSize> plain;
    plain[0] = phy[0];
    auto cipher = crypto::AesEcb::create(appKey, crypto::AesDirection::Encrypt);
    cipher->process(phy.data() + 1, plain.data() + 1, phy.size() - 1);
    const size_t macEnd = phy.size() - kMicSize;
    if (micOf(crypto::cmac(appKey, {plain.data(), macEnd})) != base::readLe32(plain.data() + macEnd))
        return ParseFailure{DropReason::BadMic, "join accept MIC does not match (another device's accept?)"};
    JoinAccept a;
    a.appNonce = base::readLe24(&plain[1]);
    a.netId = base::readLe24(&plain[4]);
    a.devAddr = base::readLe32(&plain[7]);
    a.dlSettings = plain[11];
    a.rxDelay = plain[12];
    a.hasCfList = phy.size() == kJoinAcceptWithCfListSize;
    if (a.hasCfList)
        for (size_t i = 0; i < 5; ++i) a.cfListHz[i] = base::readLe24(&plain[13 + 3 * i]) * 100;
    return a;
}

SessionKeys deriveSessionKeys(const Key& appKey, uint32_t appNonce, uint32_t netId, uint16_t devNonce) {
    crypto::AesBlock block{};
    base::writeLe24(&block[1], appNonce);
    base::writeLe24(&block[4], netId);
    base::writeLe16(&block[7], devNonce);
    SessionKeys keys;
    block[0] = 0x01;
    keys.nwkSKey = crypto::Aes128::encryptBlock(appKey, block);
    block[0] = 0x02;
    keys.appSKey = crypto::Aes128::encryptBlock(appKey, block);
    return keys;
}

}  // namespace pyfw::lorawan
