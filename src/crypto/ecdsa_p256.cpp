#include "crypto/ecdsa_p256.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/param_build.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

#include "crypto/openssl_owned.h"
#include "crypto/random.h"

namespace pyfw::crypto {

namespace {

using detail::Owned;

[[noreturn]] void openSslFailed(const char* what) { throw std::runtime_error(std::string("OpenSSL: ") + what); }

template <typename T>
Owned<T> check(T* p, const char* what) {
    if (!p) openSslFailed(what);
    return Owned<T>(p);
}

// The curve and its order, shared read-only by every call in this thread.
struct Curve {
    Owned<EC_GROUP> group = check(EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1), "no P-256 curve");
    const BIGNUM* order = EC_GROUP_get0_order(group.get());
};
const Curve& curve() {
    thread_local Curve instance;
    return instance;
}

Owned<BIGNUM> toBignum(const uint8_t* bytes, size_t size) {
    return check(BN_bin2bn(bytes, int(size), nullptr), "BN_bin2bn");
}

template <size_t N>
std::array<uint8_t, N> toBytes(const BIGNUM* number) {
    std::array<uint8_t, N> out{};
    if (BN_bn2binpad(number, out.data(), int(N)) != int(N)) openSslFailed("number too large");
    return out;
}

bool isValidScalar(const BIGNUM* d) { return !BN_is_zero(d) && !BN_is_negative(d) && BN_cmp(d, curve().order) < 0; }

base::Bytes concat(std::initializer_list<base::ByteView> parts) {
    base::Bytes out;
    for (auto part : parts) base::append(out, part);
    return out;
}

}  // namespace

EcdsaPrivateKey EcdsaP256::generatePrivateKey() {
    for (;;) {
        EcdsaPrivateKey candidate;
        fillRandom(candidate);
        auto d = toBignum(candidate.data(), candidate.size());
        if (isValidScalar(d.get())) return candidate;  // rejection sampling keeps d uniform
    }
}

base::Result<EcdsaPublicKey> EcdsaP256::publicKeyOf(const EcdsaPrivateKey& privateKey) {
    auto d = toBignum(privateKey.data(), privateKey.size());
    if (!isValidScalar(d.get())) return base::fail("the private key is not a valid P-256 scalar (0 or >= n)");
    BN_set_flags(d.get(), BN_FLG_CONSTTIME);
    auto ctx = check(BN_CTX_new(), "BN_CTX_new");
    auto point = check(EC_POINT_new(curve().group.get()), "EC_POINT_new");
    auto x = check(BN_new(), "BN_new"), y = check(BN_new(), "BN_new");
    if (EC_POINT_mul(curve().group.get(), point.get(), d.get(), nullptr, nullptr, ctx.get()) != 1 ||
        EC_POINT_get_affine_coordinates(curve().group.get(), point.get(), x.get(), y.get(), ctx.get()) != 1)
        openSslFailed("point multiplication");
    EcdsaPublicKey out;
    auto xs = toBytes<32>(x.get()), ys = toBytes<32>(y.get());
    std::copy(xs.begin(), xs.end(), out.begin());
    std::copy(ys.begin(), ys.end(), out.begin() + 32);
    return out;
}

base::Status EcdsaP256::checkPublicKey(const EcdsaPublicKey& publicKey) {
    auto ctx = check(BN_CTX_new(), "BN_CTX_new");
    auto point = check(EC_POINT_new(curve().group.get()), "EC_POINT_new");
    auto x = toBignum(publicKey.data(), 32), y = toBignum(publicKey.data() + 32, 32);
    if (EC_POINT_set_affine_coordinates(curve().group.get(), point.get(), x.get(), y.get(), ctx.get()) != 1 ||
        EC_POINT_is_on_curve(curve().group.get(), point.get(), ctx.get()) != 1)
        return base::fail("the public key is not a point on the P-256 curve");
    return base::okStatus();
}

std::array<uint8_t, 32> EcdsaP256::deterministicNonce(const EcdsaPrivateKey& privateKey,
                                                      const Sha256Digest& digest, int skip) {
    // bits2octets(h1): the digest as an integer reduced once modulo q (qlen == hlen == 256).
    auto z = toBignum(digest.data(), digest.size());
    if (BN_cmp(z.get(), curve().order) >= 0 && BN_sub(z.get(), z.get(), curve().order) != 1) openSslFailed("BN_sub");
    auto reduced = toBytes<32>(z.get());

    std::array<uint8_t, 32> v, k;
    v.fill(0x01);
    k.fill(0x00);
    const uint8_t zero = 0x00, one = 0x01;
    k = hmacSha256(k, concat({v, {&zero, 1}, privateKey, reduced}));
    v = hmacSha256(k, v);
    k = hmacSha256(k, concat({v, {&one, 1}, privateKey, reduced}));
    v = hmacSha256(k, v);
    for (;;) {
        v = hmacSha256(k, v);  // one HMAC output is exactly qlen bits
        auto candidate = toBignum(v.data(), v.size());
        if (isValidScalar(candidate.get()) && skip-- == 0) return v;
        k = hmacSha256(k, concat({v, {&zero, 1}}));
        v = hmacSha256(k, v);
    }
}

base::Result<EcdsaSignature> EcdsaP256::signDigest(const EcdsaPrivateKey& privateKey, const Sha256Digest& digest) {
    auto d = toBignum(privateKey.data(), privateKey.size());
    if (!isValidScalar(d.get())) return base::fail("the private key is not a valid P-256 scalar (0 or >= n)");
    BN_set_flags(d.get(), BN_FLG_CONSTTIME);
    const BIGNUM* n = curve().order;
    auto ctx = check(BN_CTX_new(), "BN_CTX_new");
    auto e = toBignum(digest.data(), digest.size());
    for (int attempt = 0;; ++attempt) {
        auto nonce = deterministicNonce(privateKey, digest, attempt);
        auto k = toBignum(nonce.data(), nonce.size());
        BN_set_flags(k.get(), BN_FLG_CONSTTIME);
        auto point = check(EC_POINT_new(curve().group.get()), "EC_POINT_new");
        auto x = check(BN_new(), "BN_new");
        if (EC_POINT_mul(curve().group.get(), point.get(), k.get(), nullptr, nullptr, ctx.get()) != 1 ||
            EC_POINT_get_affine_coordinates(curve().group.get(), point.get(), x.get(), nullptr, ctx.get()) != 1)
            openSslFailed("point multiplication");
        auto r = check(BN_new(), "BN_new"), s = check(BN_new(), "BN_new");
        auto kInverse = check(BN_mod_inverse(nullptr, k.get(), n, ctx.get()), "BN_mod_inverse");
        // s = k^-1 (e + r d) mod n
        if (BN_nnmod(r.get(), x.get(), n, ctx.get()) != 1 ||
            BN_mod_mul(s.get(), r.get(), d.get(), n, ctx.get()) != 1 ||
            BN_mod_add(s.get(), s.get(), e.get(), n, ctx.get()) != 1 ||
            BN_mod_mul(s.get(), s.get(), kInverse.get(), n, ctx.get()) != 1)
            openSslFailed("signature arithmetic");
        if (BN_is_zero(r.get()) || BN_is_zero(s.get())) continue;
        EcdsaSignature out;
        auto rs = toBytes<32>(r.get()), ss = toBytes<32>(s.get());
        std::copy(rs.begin(), rs.end(), out.begin());
        std::copy(ss.begin(), ss.end(), out.begin() + 32);
        return out;
    }
}

namespace {
Owned<EVP_PKEY> openSslPublicKey(const EcdsaPublicKey& publicKey) {
    uint8_t encoded[65];
    encoded[0] = 0x04;  // uncompressed point
    std::copy(publicKey.begin(), publicKey.end(), encoded + 1);
    auto builder = check(OSSL_PARAM_BLD_new(), "OSSL_PARAM_BLD_new");
    if (OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) != 1 ||
        OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, encoded, sizeof encoded) != 1)
        openSslFailed("building key parameters");
    auto params = check(OSSL_PARAM_BLD_to_param(builder.get()), "OSSL_PARAM_BLD_to_param");
    auto ctx = check(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr), "EVP_PKEY_CTX_new_from_name");
    EVP_PKEY* key = nullptr;
    if (EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return nullptr;
    return Owned<EVP_PKEY>(key);
}
}  // namespace

bool EcdsaP256::verifyDigest(const EcdsaPublicKey& publicKey, const Sha256Digest& digest,
                             const EcdsaSignature& signature) {
    if (!checkPublicKey(publicKey).ok()) return false;
    auto key = openSslPublicKey(publicKey);
    if (!key) return false;
    auto sig = check(ECDSA_SIG_new(), "ECDSA_SIG_new");
    BIGNUM* r = BN_bin2bn(signature.data(), 32, nullptr);
    BIGNUM* s = BN_bin2bn(signature.data() + 32, 32, nullptr);
    if (!r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        openSslFailed("ECDSA_SIG_set0");
    }
    unsigned char* der = nullptr;
    int derSize = i2d_ECDSA_SIG(sig.get(), &der);
    if (derSize <= 0) openSslFailed("i2d_ECDSA_SIG");
    std::unique_ptr<unsigned char, void (*)(unsigned char*)> derOwner(der, [](unsigned char* p) { OPENSSL_free(p); });
    auto ctx = check(EVP_PKEY_CTX_new(key.get(), nullptr), "EVP_PKEY_CTX_new");
    if (EVP_PKEY_verify_init(ctx.get()) != 1) openSslFailed("EVP_PKEY_verify_init");
    return EVP_PKEY_verify(ctx.get(), der, size_t(derSize), digest.data(), digest.size()) == 1;
}

}  // namespace pyfw::crypto
