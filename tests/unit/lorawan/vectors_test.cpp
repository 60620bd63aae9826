// The published vectors of reference/lorawan.md §3, byte for byte: every frame is both opened
// (MIC, decryption, key derivation) and rebuilt from its fields.
#include <gtest/gtest.h>

#include "lorawan/frame_crypto.h"

using namespace pyfw;
using namespace pyfw::lorawan;

namespace {
base::Bytes hex(std::string_view text) {
    auto bytes = base::fromHex(text);
    EXPECT_TRUE(bytes.ok()) << text;
    return bytes.ok() ? *bytes : base::Bytes{};
}
Key key(std::string_view text) {
    Key k{};
    base::Bytes b = hex(text);
    std::copy(b.begin(), b.end(), k.begin());
    return k;
}
std::string hexOf(base::ByteView v) { return base::toHex(v); }
template <typename T>
T ok(const Parsed<T>& parsed) {
    if (auto* failure = std::get_if<ParseFailure>(&parsed)) ADD_FAILURE() << failure->what;
    return std::holds_alternative<T>(parsed) ? std::get<T>(parsed) : T{};
}
std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = char(std::tolower(c));
    return out;
}
}  // namespace

TEST(Vectors, V1JoinRequest) {
    const Key appKey = key("B6B53F4A168A7A88BDF7EA135CE9CFCA");
    base::Bytes wire = hex("00DC0000D07ED5B3701E6FEDF57CEEAF0085CC587FE913");
    const auto request = ok(parseJoinRequest(wire));
    EXPECT_EQ(request.appEui, 0x70B3D57ED00000DCull);
    EXPECT_EQ(request.devEui, 0x00AFEE7CF5ED6F1Eull);
    EXPECT_EQ(request.devNonce, 0xCC85);
    EXPECT_TRUE(joinRequestMicMatches(appKey, request));
    FrameBuffer rebuilt;
    buildJoinRequest(appKey, request.appEui, request.devEui, request.devNonce, rebuilt);
    EXPECT_EQ(hexOf(rebuilt.view()), hexOf(wire));
}

TEST(Vectors, V2JoinAcceptWithCfList) {
    const Key appKey = key("B6B53F4A168A7A88BDF7EA135CE9CFCA");
    base::Bytes wire = hex("204DD85AE608B87FC4889970B7D2042C9E72959B0057AED6094B16003DF12DE145");
    const auto accept = ok(openJoinAccept(appKey, wire));
    EXPECT_EQ(accept.appNonce, 0xE5063Au);
    EXPECT_EQ(accept.netId, 0x000013u);
    EXPECT_EQ(accept.devAddr, 0x26012E43u);
    EXPECT_EQ(accept.dlSettings, 0x03);
    EXPECT_EQ(accept.rxDelay, 1);
    ASSERT_TRUE(accept.hasCfList);
    EXPECT_EQ(accept.cfListHz, (std::array<uint32_t, 5>{867100000, 867300000, 867500000, 867700000, 867900000}));
    SessionKeys keys = deriveSessionKeys(appKey, accept.appNonce, accept.netId, 0xCC85);
    EXPECT_EQ(hexOf(keys.nwkSKey), lower("2C96F7028184BB0BE8AA49275290D4FC"));
    EXPECT_EQ(hexOf(keys.appSKey), lower("F3A5C8F0232A38C144029C165865802C"));
    FrameBuffer rebuilt;
    sealJoinAccept(appKey, accept, rebuilt);
    EXPECT_EQ(hexOf(rebuilt.view()), hexOf(wire));
}

TEST(Vectors, V2bJoinAcceptWithoutCfList) {
    const Key appKey = key("00112233445566778899AABBCCDDEEFF");
    base::Bytes wire = hex("20493EEB51FBA2116F810EDB3742975142");
    const auto accept = ok(openJoinAccept(appKey, wire));
    EXPECT_EQ(accept.appNonce, 5704647u);
    EXPECT_EQ(accept.netId, 0x221101u);
    EXPECT_EQ(accept.devAddr, 0x02031980u);
    EXPECT_FALSE(accept.hasCfList);
    SessionKeys keys = deriveSessionKeys(appKey, accept.appNonce, accept.netId, 0xDDCC);
    EXPECT_EQ(hexOf(keys.nwkSKey), lower("406B1337D80753820540E280F81299E9"));
    EXPECT_EQ(hexOf(keys.appSKey), lower("4F5C409751841B6DFECBD38402237942"));
    FrameBuffer rebuilt;
    sealJoinAccept(appKey, accept, rebuilt);
    EXPECT_EQ(hexOf(rebuilt.view()), hexOf(wire));
}

namespace {
// Opens a data frame, checks MIC and plaintext ("*": not published), then re-seals it from its fields and compares.
void checkDataFrame(std::string_view wireHex, const Key& nwk, const Key& app, uint32_t fcnt32,
                    std::string_view plainHex) {
    base::Bytes wire = hex(wireHex);
    const auto frame = ok(parseDataFrame(wire));
    SessionCrypto keys(nwk, app);
    EXPECT_TRUE(micMatches(keys, frame, fcnt32)) << wireHex;
    base::Bytes plain(frame.payload.size());
    openPayload(keys, frame, fcnt32, plain.data());
    if (plainHex != "*") {
        EXPECT_EQ(hexOf(plain), lower(plainHex)) << wireHex;
    }
    DataFrameFields fields;
    fields.type = frame.type;
    fields.devAddr = frame.devAddr;
    fields.fctrl = frame.fctrl;
    fields.fcnt = fcnt32;
    fields.fopts = frame.fopts;
    fields.port = frame.port;
    fields.payload = plain;
    FrameBuffer rebuilt;
    sealDataFrame(keys, fields, rebuilt);
    EXPECT_EQ(hexOf(rebuilt.view()), hexOf(wire));
}
}  // namespace

TEST(Vectors, V3UnconfirmedUpWithFOpts) {
    const Key k = key("01010101010101010101010101010101");
    checkDataFrame("4004030201030000020305016A3798F5B64DC039", k, k, 0, "01020304");
    base::Bytes wire = hex("4004030201030000020305016A3798F5B64DC039");
    const auto frame = ok(parseDataFrame(wire));
    EXPECT_EQ(frame.devAddr, 0x01020304u);
    EXPECT_EQ(hexOf(frame.fopts), "020305");
    EXPECT_EQ(frame.port, 1);
}

TEST(Vectors, V4ConfirmedUpWithFOpts) {
    checkDataFrame("80040302010300000673070AE264D4F7E117D2C0", key("0102030405060708090A0B0C0D0E0F10"),
                   key("100F0E0D0C0B0A090807060504030201"), 0, "01020304");
}

TEST(Vectors, V5DownlinkPort0MacCommands) {
    const Key nwk = key("2C96F7028184BB0BE8AA49275290D4FC");
    checkDataFrame("60432E0126000200004A5E700220118DF3B579F2212017E7", nwk, key("F3A5C8F0232A38C144029C165865802C"), 2,
                   "03500700010605" "03D2AD84");
}

TEST(Vectors, V6ConfirmedDownWith32BitCounter) {
    const Key nwk = key("02020202020202020202020202020202");
    const Key app = key("01010101010101010101010101010101");
    checkDataFrame("A00403020180FF2A2A0AF1A36A05D0125F885D881D49E1", nwk, app, 76543,
                   base::toHex(base::view(std::string("hello lora"))));
    // The same frame checked with only the 16 wire bits of the counter must fail.
    base::Bytes wire = hex("A00403020180FF2A2A0AF1A36A05D0125F885D881D49E1");
    SessionCrypto keys(nwk, app);
    EXPECT_FALSE(micMatches(keys, ok(parseDataFrame(wire)), 0x2AFF));
}

TEST(Vectors, V7UnconfirmedUp) {
    checkDataFrame("40F17DBE4900020001954378762B11FF0D", key("44024241ED4CE9A68C6A8BC055233FD3"),
                   key("EC925802AE430CA77FD3DD73CB2CC588"), 2, base::toHex(base::view(std::string("test"))));
}

TEST(Vectors, V8RealEu868Capture) {
    const Key appKey = key("86000000000000008600000000000000");
    base::Bytes request = hex("0001000000000000860100000000000086F79FB4C20660");
    const auto jr = ok(parseJoinRequest(request));
    EXPECT_TRUE(joinRequestMicMatches(appKey, jr));
    const auto accept = ok(openJoinAccept(appKey, hex("202D9583ABA736C80F9700DB420A010554")));
    EXPECT_EQ(accept.devAddr, 0x48000197u);
    EXPECT_EQ(accept.dlSettings, 0x03);
    EXPECT_EQ(accept.rxDelay, 0);
    SessionKeys keys = deriveSessionKeys(appKey, accept.appNonce, accept.netId, jr.devNonce);
    EXPECT_EQ(hexOf(keys.nwkSKey), lower("5A235A7372151FDBF7D2B58BFAC5D5B1"));
    EXPECT_EQ(hexOf(keys.appSKey), lower("A83E48258F1A340C8F7AB6B37FCFF9C3"));
    checkDataFrame("A097010048050000030107006156EDBA18", keys.nwkSKey, keys.appSKey, 0, "");
    checkDataFrame("A097010048052300036107000089F24B85", keys.nwkSKey, keys.appSKey, 35, "");
    checkDataFrame("4097010048E231000307012BAC3AA60B92292D", keys.nwkSKey, keys.appSKey, 49, "*");  // plaintext not published
}
