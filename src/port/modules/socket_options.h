// usocket's numbers as Pycom's modusocket.h defines them: families, types, levels and options.
#pragma once

#include <cstdint>

namespace pyfw::port {

inline constexpr int64_t kAfInet = 2;
inline constexpr int64_t kAfLora = 0xA0;
inline constexpr int64_t kAfSigfox = 0xA1;
inline constexpr int64_t kSockStream = 1;
inline constexpr int64_t kSockDgram = 2;
inline constexpr int64_t kSockRaw = 3;
inline constexpr int64_t kIpprotoTcp = 6;
inline constexpr int64_t kIpprotoUdp = 17;
inline constexpr int64_t kSolSocket = 0xFFF;
inline constexpr int64_t kSoReuseaddr = 0x0004;
inline constexpr int64_t kSolLora = 0xFFF05;
inline constexpr int64_t kSolSigfox = 0xFFF06;
inline constexpr int64_t kSoConfirmed = 0xF0002;
inline constexpr int64_t kSoDr = 0xF0003;
inline constexpr int64_t kSoRx = 0xF0004;
inline constexpr int64_t kSoTxRepeat = 0xF0005;
inline constexpr int64_t kSoOob = 0xF0006;
inline constexpr int64_t kSoBit = 0xF0007;

}  // namespace pyfw::port
