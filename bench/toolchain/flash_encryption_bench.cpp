// Flash encryption of a 4 MiB image (conf 0xF) against plain AES-256-ECB over the same 4 MiB,
// both in this process: the per-32-byte key schedule is the whole difference between the two.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

#include "crypto/aes.h"
#include "crypto/random.h"
#include "security/flash_cipher_engine.h"
#include "security/flash_encryption.h"

using namespace pyfw;

namespace {

constexpr size_t kSize = 4 << 20;

double medianMilliseconds(int runs, const std::function<void()>& work) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void line(const char* name, double ms) { std::printf("%-36s %8.3f ms  %7.0f MB/s\n", name, ms, kSize / ms / 1000.0); }

}  // namespace

int main() {
    base::Bytes data = crypto::randomBytes(kSize);
    base::Bytes keyBytes = crypto::randomBytes(32);
    security::FlashKey key;
    std::copy(keyBytes.begin(), keyBytes.end(), key.begin());
    auto ecb = std::move(crypto::AesEcb::create(keyBytes, crypto::AesDirection::Decrypt).value());

    double aes = medianMilliseconds(31, [&] { ecb.process(data.data(), data.data(), data.size()); });
    double encrypt = medianMilliseconds(31, [&] {
        (void)security::FlashEncryption::transform(key, 0, 0xF, security::FlashCipherDirection::Encrypt, data);
    });
    double decrypt = medianMilliseconds(31, [&] {
        (void)security::FlashEncryption::transform(key, 0, 0xF, security::FlashCipherDirection::Decrypt, data);
    });
    double portable = medianMilliseconds(3, [&] {
        security::TweakSequence tweaks(key, 0, 0xF);
        security::detail::transformPortable(tweaks, security::FlashCipherDirection::Encrypt, data.data(), data.data(), kSize / 32);
    });

    std::printf("engine: %s\n", security::detail::cpuHasVaes512() ? "VAES-512"
                                : security::detail::cpuHasAesNi()  ? "AES-NI"
                                                                   : "portable (OpenSSL per block)");
    line("aes256_ecb_decrypt (OpenSSL, ref)", aes);
    line("flash_encrypt conf 0xF", encrypt);
    line("flash_decrypt conf 0xF", decrypt);
    line("flash_encrypt, portable engine", portable);
    std::printf("ratio flash_encrypt / aes256_ecb: %.2fx (target <= 3x)\n", encrypt / aes);
    std::printf("ratio portable / flash_encrypt:   %.1fx\n", portable / encrypt);
    return 0;
}
