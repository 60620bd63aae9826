#include "crypto/hash.h"

#include <gtest/gtest.h>

#include "crypto/random.h"
#include "support/toolchain_test_helpers.h"

using namespace pyfw;
using namespace pyfw::crypto;
using test::hexOf;

namespace {
const base::Bytes kAbc = base::toBytes("abc");
}

// FIPS 180-4 / RFC 1321 / RFC 3174 "abc" examples.
TEST(Hash, KnownAnswersForAbc) {
    struct Case {
        HashAlgorithm algorithm;
        const char* expected;
    } cases[] = {
        {HashAlgorithm::Md5, "900150983cd24fb0d6963f7d28e17f72"},
        {HashAlgorithm::Sha1, "a9993e364706816aba3e25717850c26c9cd0d89d"},
        {HashAlgorithm::Sha224, "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7"},
        {HashAlgorithm::Sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {HashAlgorithm::Sha384,
         "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"},
        {HashAlgorithm::Sha512,
         "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd"
         "454d4423643ce80e2a9ac94fa54ca49f"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(hexOf(digest(c.algorithm, kAbc)), c.expected) << hashName(c.algorithm);
        EXPECT_EQ(digest(c.algorithm, kAbc).size(), digestSize(c.algorithm));
    }
    EXPECT_EQ(hexOf(sha256(kAbc)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Hash, IncrementalAndCopiedStateAgree) {
    base::Bytes data = randomBytes(1000);
    Hasher hasher(HashAlgorithm::Sha512);
    hasher.update(base::ByteView(data).first(300));
    Hasher copy(hasher);
    hasher.update(base::ByteView(data).subspan(300));
    copy.update(base::ByteView(data).subspan(300));
    auto whole = sha512(data);
    EXPECT_EQ(hasher.finish(), base::Bytes(whole.begin(), whole.end()));
    EXPECT_EQ(copy.finish(), base::Bytes(whole.begin(), whole.end()));
}

TEST(Hash, NamesRoundTrip) {
    for (auto algorithm : {HashAlgorithm::Md5, HashAlgorithm::Sha1, HashAlgorithm::Sha224, HashAlgorithm::Sha256,
                           HashAlgorithm::Sha384, HashAlgorithm::Sha512})
        EXPECT_EQ(*hashAlgorithmNamed(hashName(algorithm)), algorithm);
    EXPECT_FALSE(hashAlgorithmNamed("sha3").ok());
}

// RFC 4231 test case 2.
TEST(Hash, HmacSha256Rfc4231) {
    EXPECT_EQ(hexOf(hmacSha256(base::toBytes("Jefe"), base::toBytes("what do ya want for nothing?"))),
              "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(Random, ProducesDistinctBytes) {
    EXPECT_EQ(randomBytes(33).size(), 33u);
    EXPECT_NE(randomBytes(32), randomBytes(32));
}
