// The AVX-512 VAES engine of flash encryption: one 512-bit register holds four 128-bit AES states,
// each with its own round key, so four tweaked key schedules are expanded and used at once.
// Data is transposed so that register A holds the first halves of four 32-byte blocks and
// register B their second halves; both then use the same four-key schedule register.
// There is no 512-bit AESIMC: InvMixColumns(k) = AESDEC(AESENCLAST(k, 0), 0), because the
// S-box and ShiftRows of the one undo those of the other.
// Compiled with -mvaes -mavx512f -mavx512bw; only called after cpuHasVaes512() said yes.
#include "security/flash_cipher_engine.h"

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

#include <algorithm>
#include <bit>
#include <cstring>

namespace pyfw::security::detail {

namespace {

constexpr int kRounds = 14;
constexpr int kGroups = 2;  // four-key groups in flight, so independent chains overlap

struct Group {
    __m512i rk[kRounds + 1];
    __m512i first, second;  // the two halves of four blocks
};

inline __m512i prefixXor(__m512i x) {
    x = _mm512_xor_si512(x, _mm512_bslli_epi128(x, 4));
    return _mm512_xor_si512(x, _mm512_bslli_epi128(x, 8));
}

// [x0,x1,y0,y1 ...]: lanes 0 and 2 of x and y, and lanes 1 and 3, i.e. first and second halves.
inline void split(__m512i x, __m512i y, __m512i& first, __m512i& second) {
    first = _mm512_shuffle_i64x2(x, y, _MM_SHUFFLE(2, 0, 2, 0));
    second = _mm512_shuffle_i64x2(x, y, _MM_SHUFFLE(3, 1, 3, 1));
}
inline void join(__m512i first, __m512i second, __m512i& x, __m512i& y) {
    __m512i low = _mm512_shuffle_i64x2(first, second, _MM_SHUFFLE(1, 0, 1, 0));   // f0 f1 s0 s1
    __m512i high = _mm512_shuffle_i64x2(first, second, _MM_SHUFFLE(3, 2, 3, 2));  // f2 f3 s2 s3
    x = _mm512_shuffle_i64x2(low, low, _MM_SHUFFLE(3, 1, 2, 0));
    y = _mm512_shuffle_i64x2(high, high, _MM_SHUFFLE(3, 1, 2, 0));
}

// The keys of eight consecutive blocks t..t+7 (t a multiple of 8, below the linear limit) are the
// key of block t XOR a fixed combination of the masks of address bits 5, 6 and 7.
struct KeyOffsets {
    __m512i low[kGroups], high[kGroups];
};

KeyOffsets keyOffsets(const TweakSequence& tweaks) {
    alignas(64) uint8_t offsets[kGroups][128] = {};
    for (int block = 0; block < 4 * kGroups; ++block) {
        uint8_t* out = offsets[block / 4] + 32 * (block % 4);
        for (int bit = 0; bit < 3; ++bit) {
            if (!(block >> bit & 1)) continue;
            // flipMask(i) ^ flipMask(i-1) is the mask of address bit 5+i alone.
            for (int i = 0; i < 32; ++i)
                out[i] ^= tweaks.flipMask(bit)[i] ^ (bit > 0 ? tweaks.flipMask(bit - 1)[i] : 0);
        }
    }
    KeyOffsets result;
    for (int g = 0; g < kGroups; ++g)
        split(_mm512_load_si512(offsets[g]), _mm512_load_si512(offsets[g] + 64), result.low[g], result.high[g]);
    return result;
}

void expand(Group* groups) {
    const __m512i rotWord = _mm512_broadcast_i32x4(_mm_setr_epi8(13, 14, 15, 12, 13, 14, 15, 12, 13, 14, 15, 12, 13, 14, 15, 12));
    const __m512i lastWord = _mm512_broadcast_i32x4(_mm_setr_epi8(12, 13, 14, 15, 12, 13, 14, 15, 12, 13, 14, 15, 12, 13, 14, 15));
    const __m512i zero = _mm512_setzero_si512();
    static const int rcon[8] = {0, 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40};
    for (int i = 1; i <= 7; ++i) {
        const __m512i rc = _mm512_set1_epi32(rcon[i]);
        for (int g = 0; g < kGroups; ++g) {
            __m512i* rk = groups[g].rk;
            __m512i t = _mm512_aesenclast_epi128(_mm512_shuffle_epi8(rk[2 * i - 1], rotWord), rc);
            rk[2 * i] = _mm512_xor_si512(prefixXor(rk[2 * i - 2]), t);
        }
        if (i == 7) break;
        for (int g = 0; g < kGroups; ++g) {
            __m512i* rk = groups[g].rk;
            __m512i u = _mm512_aesenclast_epi128(_mm512_shuffle_epi8(rk[2 * i], lastWord), zero);
            rk[2 * i + 1] = _mm512_xor_si512(prefixXor(rk[2 * i - 1]), u);
        }
    }
}

void run(const uint8_t* baseKey, const KeyOffsets& offsets, FlashCipherDirection direction, const uint8_t* in,
         uint8_t* out) {
    const __m512i reverse = _mm512_broadcast_i32x4(_mm_setr_epi8(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0));
    const __m512i zero = _mm512_setzero_si512();
    Group groups[kGroups];
    const __m512i baseLow = _mm512_broadcast_i32x4(_mm_loadu_si128(reinterpret_cast<const __m128i*>(baseKey)));
    const __m512i baseHigh = _mm512_broadcast_i32x4(_mm_loadu_si128(reinterpret_cast<const __m128i*>(baseKey + 16)));
    for (int g = 0; g < kGroups; ++g) {
        groups[g].rk[0] = _mm512_xor_si512(baseLow, offsets.low[g]);
        groups[g].rk[1] = _mm512_xor_si512(baseHigh, offsets.high[g]);
        __m512i x = _mm512_shuffle_epi8(_mm512_loadu_si512(in + 128 * g), reverse);
        __m512i y = _mm512_shuffle_epi8(_mm512_loadu_si512(in + 128 * g + 64), reverse);
        split(x, y, groups[g].first, groups[g].second);
    }
    expand(groups);
    if (direction == FlashCipherDirection::Encrypt) {  // flash "encrypt" is AES decryption
        for (int g = 0; g < kGroups; ++g) {
            Group& s = groups[g];
            s.first = _mm512_xor_si512(s.first, s.rk[kRounds]);
            s.second = _mm512_xor_si512(s.second, s.rk[kRounds]);
        }
        for (int r = kRounds - 1; r > 0; --r)
            for (int g = 0; g < kGroups; ++g) {
                Group& s = groups[g];
                __m512i key = _mm512_aesdec_epi128(_mm512_aesenclast_epi128(s.rk[r], zero), zero);
                s.first = _mm512_aesdec_epi128(s.first, key);
                s.second = _mm512_aesdec_epi128(s.second, key);
            }
        for (int g = 0; g < kGroups; ++g) {
            Group& s = groups[g];
            s.first = _mm512_aesdeclast_epi128(s.first, s.rk[0]);
            s.second = _mm512_aesdeclast_epi128(s.second, s.rk[0]);
        }
    } else {
        for (int g = 0; g < kGroups; ++g) {
            Group& s = groups[g];
            s.first = _mm512_xor_si512(s.first, s.rk[0]);
            s.second = _mm512_xor_si512(s.second, s.rk[0]);
        }
        for (int r = 1; r < kRounds; ++r)
            for (int g = 0; g < kGroups; ++g) {
                Group& s = groups[g];
                s.first = _mm512_aesenc_epi128(s.first, s.rk[r]);
                s.second = _mm512_aesenc_epi128(s.second, s.rk[r]);
            }
        for (int g = 0; g < kGroups; ++g) {
            Group& s = groups[g];
            s.first = _mm512_aesenclast_epi128(s.first, s.rk[kRounds]);
            s.second = _mm512_aesenclast_epi128(s.second, s.rk[kRounds]);
        }
    }
    for (int g = 0; g < kGroups; ++g) {
        __m512i x, y;
        join(groups[g].first, groups[g].second, x, y);
        _mm512_storeu_si512(out + 128 * g, _mm512_shuffle_epi8(x, reverse));
        _mm512_storeu_si512(out + 128 * g + 64, _mm512_shuffle_epi8(y, reverse));
    }
}

}  // namespace

size_t transformVaes512(TweakSequence& tweaks, FlashCipherDirection direction, const uint8_t* in, uint8_t* out,
                       size_t blocks) {
    constexpr size_t kBlocksPerRun = 4 * kGroups;
    static_assert(kBlocksPerRun == 8, "keyOffsets covers address bits 5..7");
    uint64_t t = tweaks.blockIndex();
    if (t % kBlocksPerRun != 0 || t >= TweakSequence::kLinearBlocks) return 0;
    size_t runs = std::min<uint64_t>(blocks / kBlocksPerRun, (TweakSequence::kLinearBlocks - t) / kBlocksPerRun);
    if (runs == 0) return 0;
    const KeyOffsets offsets = keyOffsets(tweaks);
    FlashKey base = tweaks.current();
    for (size_t i = 0; i < runs; ++i, t += kBlocksPerRun) {
        run(base.data(), offsets, direction, in + 32 * kBlocksPerRun * i, out + 32 * kBlocksPerRun * i);
        // From t to t+8 the address bits 8..c flip, c = trailing zeros of t+8.
        if (t + kBlocksPerRun < TweakSequence::kLinearBlocks) {
            const FlashKey& upTo = tweaks.flipMask(std::countr_zero(t + kBlocksPerRun));
            const FlashKey& low = tweaks.flipMask(2);
            for (int b = 0; b < 32; ++b) base[b] ^= upTo[b] ^ low[b];
        }
    }
    tweaks.skip(runs * kBlocksPerRun);
    return runs * kBlocksPerRun;
}

namespace {
// CPUID leaves 1 and 7 for the instructions, XGETBV for the operating system saving the 512-bit
// state (CPUID itself, as cpuHasAesNi reads it: not every compiler's __builtin_cpu_supports knows
// "vaes", and its libgcc part would run at every start).
bool detectVaes512() {
    unsigned eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) || !(ecx & bit_OSXSAVE) || !(ecx & bit_AES)) return false;
    unsigned xcr0Low, xcr0High;
    __asm__("xgetbv" : "=a"(xcr0Low), "=d"(xcr0High) : "c"(0));
    constexpr unsigned kSseAvxOpmaskZmm = 0x2 | 0x4 | 0x20 | 0x40 | 0x80;
    if ((xcr0Low & kSseAvxOpmaskZmm) != kSseAvxOpmaskZmm) return false;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return false;
    bool avx512f = ebx & (1u << 16), avx512bw = ebx & (1u << 30), vaes = ecx & (1u << 9);
    return avx512f && avx512bw && vaes;
}
}  // namespace

bool cpuHasVaes512() {
    static const bool has = detectVaes512();
    return has;
}

}  // namespace pyfw::security::detail

#else

namespace pyfw::security::detail {
size_t transformVaes512(TweakSequence&, FlashCipherDirection, const uint8_t*, uint8_t*, size_t) { return 0; }
bool cpuHasVaes512() { return false; }
}  // namespace pyfw::security::detail

#endif
