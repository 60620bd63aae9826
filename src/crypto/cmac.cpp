#include "crypto/cmac.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <memory>

#include "crypto/openssl_owned.h"
#include <stdexcept>

namespace pyfw::crypto {

namespace {
// Fetching the MAC implementation is the slow part, so it is done once per thread.
EVP_MAC* cmacImplementation() {
    thread_local detail::Owned<EVP_MAC> mac(EVP_MAC_fetch(nullptr, "CMAC", nullptr));
    if (!mac) throw std::runtime_error("OpenSSL has no CMAC implementation");
    return mac.get();
}
}  // namespace

AesBlock cmac(const Aes128Key& key, base::ByteView data) {
    detail::Owned<EVP_MAC_CTX> ctx(EVP_MAC_CTX_new(cmacImplementation()));
    char cipherName[] = "AES-128-CBC";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_CIPHER, cipherName, 0),
        OSSL_PARAM_construct_end(),
    };
    AesBlock tag{};
    size_t tagSize = 0;
    if (!ctx || EVP_MAC_init(ctx.get(), key.data(), key.size(), params) != 1 ||
        EVP_MAC_update(ctx.get(), data.data(), data.size()) != 1 ||
        EVP_MAC_final(ctx.get(), tag.data(), &tagSize, tag.size()) != 1 || tagSize != tag.size())
        throw std::runtime_error("OpenSSL CMAC failed");
    return tag;
}

}  // namespace pyfw::crypto
