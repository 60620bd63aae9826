// The AES-NI engine of flash encryption. Every 32-byte block has its own AES-256 key, so the key
// schedule is the cost: it is expanded here with AESENCLAST (SubWord through the S-box of the
// last round, which is faster than AESKEYGENASSIST on most cores) for several blocks at once, so
// the long dependency chains of the independent schedules overlap in the pipeline.
// This file is compiled with -maes -mssse3; it is only called after cpuHasAesNi() said yes.
#include "security/flash_cipher_engine.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>

namespace pyfw::security::detail {

namespace {

constexpr int kLanes = 8;     // independent key schedules in flight
constexpr int kRounds = 14;   // AES-256

inline __m128i prefixXor(__m128i x) {
    x = _mm_xor_si128(x, _mm_slli_si128(x, 4));
    return _mm_xor_si128(x, _mm_slli_si128(x, 8));
}

struct Schedules {
    __m128i rk[kRounds + 1][kLanes];
};

template <int N>
inline void expandKeys(const uint8_t* keys[N], Schedules& s) {
    const __m128i rotWord = _mm_setr_epi8(13, 14, 15, 12, 13, 14, 15, 12, 13, 14, 15, 12, 13, 14, 15, 12);
    const __m128i lastWord = _mm_setr_epi8(12, 13, 14, 15, 12, 13, 14, 15, 12, 13, 14, 15, 12, 13, 14, 15);
    const __m128i zero = _mm_setzero_si128();
    static const int rcon[8] = {0, 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40};
    for (int l = 0; l < N; ++l) {
        s.rk[0][l] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(keys[l]));
        s.rk[1][l] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(keys[l] + 16));
    }
    for (int i = 1; i <= 7; ++i) {
        const __m128i rc = _mm_set1_epi32(rcon[i]);
        for (int l = 0; l < N; ++l) {
            __m128i t = _mm_aesenclast_si128(_mm_shuffle_epi8(s.rk[2 * i - 1][l], rotWord), rc);
            s.rk[2 * i][l] = _mm_xor_si128(prefixXor(s.rk[2 * i - 2][l]), t);
        }
        if (i == 7) break;
        for (int l = 0; l < N; ++l) {
            __m128i u = _mm_aesenclast_si128(_mm_shuffle_epi8(s.rk[2 * i][l], lastWord), zero);
            s.rk[2 * i + 1][l] = _mm_xor_si128(prefixXor(s.rk[2 * i - 1][l]), u);
        }
    }
}

template <int N>
inline void encryptBlocks(const Schedules& s, const uint8_t* in, uint8_t* out) {
    const __m128i reverse = _mm_setr_epi8(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
    __m128i x[2 * N];
    for (int b = 0; b < 2 * N; ++b) {
        x[b] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(in + 16 * b)), reverse);
        x[b] = _mm_xor_si128(x[b], s.rk[0][b / 2]);
    }
    for (int r = 1; r < kRounds; ++r)
        for (int b = 0; b < 2 * N; ++b) x[b] = _mm_aesenc_si128(x[b], s.rk[r][b / 2]);
    for (int b = 0; b < 2 * N; ++b) {
        x[b] = _mm_aesenclast_si128(x[b], s.rk[kRounds][b / 2]);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 16 * b), _mm_shuffle_epi8(x[b], reverse));
    }
}

template <int N>
inline void decryptBlocks(Schedules& s, const uint8_t* in, uint8_t* out) {
    const __m128i reverse = _mm_setr_epi8(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
    // The equivalent inverse cipher needs InvMixColumns of the middle round keys.
    for (int r = 1; r < kRounds; ++r)
        for (int l = 0; l < N; ++l) s.rk[r][l] = _mm_aesimc_si128(s.rk[r][l]);
    __m128i x[2 * N];
    for (int b = 0; b < 2 * N; ++b) {
        x[b] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(in + 16 * b)), reverse);
        x[b] = _mm_xor_si128(x[b], s.rk[kRounds][b / 2]);
    }
    for (int r = kRounds - 1; r > 0; --r)
        for (int b = 0; b < 2 * N; ++b) x[b] = _mm_aesdec_si128(x[b], s.rk[r][b / 2]);
    for (int b = 0; b < 2 * N; ++b) {
        x[b] = _mm_aesdeclast_si128(x[b], s.rk[0][b / 2]);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 16 * b), _mm_shuffle_epi8(x[b], reverse));
    }
}

template <int N>
void transformGroup(TweakSequence& tweaks, FlashCipherDirection direction, const uint8_t* in, uint8_t* out) {
    FlashKey keys[N];
    const uint8_t* keyPointers[N];
    for (int l = 0; l < N; ++l) {
        keys[l] = tweaks.current();
        keyPointers[l] = keys[l].data();
        tweaks.advance();
    }
    Schedules schedules;
    expandKeys<N>(keyPointers, schedules);
    if (direction == FlashCipherDirection::Encrypt)
        decryptBlocks<N>(schedules, in, out);  // flash "encrypt" is AES decryption
    else
        encryptBlocks<N>(schedules, in, out);
}

}  // namespace

void transformAesNi(TweakSequence& tweaks, FlashCipherDirection direction, const uint8_t* in, uint8_t* out, size_t blocks) {
    size_t i = 0;
    for (; i + kLanes <= blocks; i += kLanes) transformGroup<kLanes>(tweaks, direction, in + 32 * i, out + 32 * i);
    for (; i < blocks; ++i) transformGroup<1>(tweaks, direction, in + 32 * i, out + 32 * i);
}

// CPUID itself rather than __builtin_cpu_supports, whose libgcc part is a static constructor that
// every start of the program would run (and page in) for the few commands that encrypt.
bool cpuHasAesNi() {
    static const bool has = [] {
        unsigned eax, ebx, ecx, edx;
        return __get_cpuid(1, &eax, &ebx, &ecx, &edx) && (ecx & bit_AES) && (ecx & bit_SSSE3);
    }();
    return has;
}

}  // namespace pyfw::security::detail

#else

namespace pyfw::security::detail {
void transformAesNi(TweakSequence& tweaks, FlashCipherDirection direction, const uint8_t* in, uint8_t* out, size_t blocks) {
    transformPortable(tweaks, direction, in, out, blocks);
}
bool cpuHasAesNi() { return false; }
}  // namespace pyfw::security::detail

#endif
