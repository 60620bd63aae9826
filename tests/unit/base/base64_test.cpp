#include "base/base64.h"

#include <gtest/gtest.h>

using namespace pyfw::base;

TEST(Base64, Rfc4648Examples) {
    const char* plain[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
    const char* encoded[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
    for (int i = 0; i < 7; ++i) {
        EXPECT_EQ(toBase64(view(std::string(plain[i]))), encoded[i]);
        auto back = fromBase64(encoded[i]);
        ASSERT_TRUE(back.ok());
        EXPECT_EQ(toString(*back), plain[i]);
    }
}

TEST(Base64, RejectsMalformedText) {
    EXPECT_FALSE(fromBase64("Zm9").ok());
    EXPECT_FALSE(fromBase64("Zm9v!A==").ok());
    EXPECT_FALSE(fromBase64("Z===").ok());
    EXPECT_FALSE(fromBase64("Zg==Zg==").ok());
}
