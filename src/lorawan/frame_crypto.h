// The AES side of LoRaWAN 1.0.2 frames (spec §4.3.3, §4.4, §6.2): payload keystream, data MIC,
// join request/accept sealing and session key derivation. A SessionCrypto holds the session's
// key schedules, prepared once, so sealing and opening a frame costs a few AES blocks and no heap.
#pragma once

#include <array>
#include <optional>

#include "crypto/cmac_key.h"
#include "lorawan/frame.h"

namespace pyfw::lorawan {

class SessionCrypto {
public:
    SessionCrypto(const Key& nwkSKey, const Key& appSKey);

    // MIC of MHDR..FRMPayload with the B0 block for this direction, address and 32-bit counter.
    uint32_t mic(Direction dir, uint32_t devAddr, uint32_t fcnt, base::ByteView signedPart);
    // XORs the FRMPayload keystream into `out`; port 0 uses NwkSKey, any other port AppSKey.
    void crypt(uint8_t port, Direction dir, uint32_t devAddr, uint32_t fcnt, base::ByteView in, uint8_t* out);

private:
    crypto::CmacKey nwk_;
    crypto::CmacKey app_;
};

struct DataFrameFields {
    MType type = MType::UnconfirmedUp;
    uint32_t devAddr = 0;
    uint8_t fctrl = 0;  // ADR/ACK/... bits; FOptsLen is filled in from fopts
    uint32_t fcnt = 0;  // full 32-bit counter; the low 16 bits go on air
    base::ByteView fopts;
    std::optional<uint8_t> port;
    base::ByteView payload;  // plaintext
};

// Encrypts the payload, then MICs the ciphertext; `out` receives the whole PHYPayload.
void sealDataFrame(SessionCrypto& keys, const DataFrameFields& fields, FrameBuffer& out);
bool micMatches(SessionCrypto& keys, const DataFrameView& frame, uint32_t fcnt32);
// Decrypts the frame's FRMPayload into `out` (frame.payload.size() bytes).
void openPayload(SessionCrypto& keys, const DataFrameView& frame, uint32_t fcnt32, uint8_t* out);
inline Direction directionOf(MType t) { return isUplink(t) ? Direction::Up : Direction::Down; }

// ---- Joins ----
struct JoinAccept {
    uint32_t appNonce = 0;  // 24 bits
    uint32_t netId = 0;     // 24 bits
    uint32_t devAddr = 0;
    uint8_t dlSettings = 0; // RX1DROffset b6:4, RX2DataRate b3:0
    uint8_t rxDelay = 0;    // b3:0; 0 and 1 mean 1 s
    bool hasCfList = false;
    std::array<uint32_t, 5> cfListHz{};  // 0 = no channel
};

struct SessionKeys {
    Key nwkSKey{};
    Key appSKey{};
};

void buildJoinRequest(const Key& appKey, Eui appEui, Eui devEui, uint16_t devNonce, FrameBuffer& out);
bool joinRequestMicMatches(const Key& appKey, const JoinRequestView& request);
// Network side: MIC over the plaintext, then AES-decrypt (sic, spec §6.2.5) payload and MIC.
void sealJoinAccept(const Key& appKey, const JoinAccept& accept, FrameBuffer& out);
// Device side: AES-encrypt to recover the plaintext, then check the MIC.
Parsed<JoinAccept> openJoinAccept(const Key& appKey, base::ByteView phy);
SessionKeys deriveSessionKeys(const Key& appKey, uint32_t appNonce, uint32_t netId, uint16_t devNonce);

}  // namespace pyfw::lorawan
