#include "engine/objects/limbs.h"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace pyfw::engine::limbs {
namespace {

using Limbs = std::vector<Limb>;

// Random magnitudes whose limbs are often 0 or all ones, so carries and borrows run far.
Limbs randomLimbs(std::mt19937_64& rng, size_t n) {
    Limbs out(n);
    for (auto& limb : out) {
        uint64_t r = rng();
        limb = r % 4 == 0 ? 0 : r % 4 == 1 ? 0xFFFFFFFFu : uint32_t(r >> 32);
    }
    if (n && out.back() == 0) out.back() = 1;
    return out;
}

Limbs product(const Limbs& a, const Limbs& b) {
    Limbs out(a.size() + b.size() + 1);
    out.resize(mul(a.data(), a.size(), b.data(), b.size(), out.data()));
    return out;
}

Limbs sum(const Limbs& a, const Limbs& b) {
    const Limbs& big = a.size() >= b.size() ? a : b;
    const Limbs& small = a.size() >= b.size() ? b : a;
    Limbs out(big.size() + 1);
    out.resize(add(big.data(), big.size(), small.data(), small.size(), out.data()));
    return out;
}

TEST(Limbs, AddAndSubtractInPlaceCarryAcrossEveryLimb) {
    Limbs a(7, 0xFFFFFFFFu);
    a.push_back(0);   // room for the carry
    const Limb one = 1;
    EXPECT_EQ(add(a.data(), 7, &one, 1, a.data()), 8u);
    EXPECT_EQ(a, Limbs({0, 0, 0, 0, 0, 0, 0, 1}));
    EXPECT_EQ(sub(a.data(), 8, &one, 1, a.data()), 7u);
    EXPECT_EQ(Limbs(a.begin(), a.begin() + 7), Limbs(7, 0xFFFFFFFFu));
    Limbs b = a;
    EXPECT_EQ(sub(a.data(), 7, b.data(), 7, a.data()), 0u);   // equal operands leave nothing
}

TEST(Limbs, MulSmallAgreesWithSchoolbookForEveryLengthAndFactorWidth) {
    std::mt19937_64 rng(12);
    for (size_t n = 1; n <= 11; ++n) {
        for (uint64_t factor : {uint64_t(1), uint64_t(10), uint64_t(0xFFFFFFFF), uint64_t(1) << 32, ~uint64_t(0), rng()}) {
            Limbs a = randomLimbs(rng, n);
            Limbs out(n + 2);
            out.resize(mulSmall(a.data(), n, factor, out.data()));
            Limbs f = {uint32_t(factor), uint32_t(factor >> 32)};
            f.resize(trimmed(f.data(), 2));
            EXPECT_EQ(out, product(a, f)) << "n " << n << " factor " << factor;
        }
    }
}

// q * b + r == a and r < b, for the quotient and remainder divKnuth leaves.
void expectDivision(const Limbs& a, const Limbs& b) {
    Limbs q(a.size() - b.size() + 1), u(a.size() + 1);
    divKnuth(a.data(), a.size(), b.data(), b.size(), q.data(), u.data());
    q.resize(trimmed(q.data(), q.size()));
    u.resize(trimmed(u.data(), b.size()));
    EXPECT_LT(compare(u.data(), u.size(), b.data(), b.size()), 0);
    EXPECT_EQ(sum(product(q, b), u), a);
}

TEST(Limbs, KnuthDivisionRebuildsTheDividend) {
    std::mt19937_64 rng(7);
    for (int i = 0; i < 400; ++i) {
        size_t nb = 2 + rng() % 6, na = nb + rng() % 6;
        Limbs a = randomLimbs(rng, na), b = randomLimbs(rng, nb);
        expectDivision(a, b);
    }
}

TEST(Limbs, KnuthDivisionAddsBackWhenTheEstimateIsTooLarge) {
    // 0x80000000_00000000_00000003 / 0x20000000_00000000_00000001: the first estimate is one
    // too large and the step must add the divisor back.
    expectDivision({3, 0, 0x80000000u}, {1, 0, 0x20000000u});
    expectDivision({0x7FFFFFFFu, 1, 1, 3}, {3, 1, 3});
}

TEST(Limbs, DivSmallInPlace) {
    Limbs a = {0x89ABCDEFu, 0x01234567u, 0xFFFFFFFFu};
    Limbs original = a;
    Limb r = divSmall(a.data(), a.size(), 1000003, a.data());
    a.resize(trimmed(a.data(), a.size()));
    Limbs rebuilt(a.size() + 2);
    rebuilt.resize(mulSmall(a.data(), a.size(), 1000003, rebuilt.data()));
    EXPECT_EQ(sum(rebuilt, Limbs{r}), original);
    EXPECT_LT(r, 1000003u);
}

TEST(Limbs, ShiftsRoundTripAndReportLostBits) {
    std::mt19937_64 rng(5);
    for (uint64_t bits : {0, 1, 31, 32, 33, 64, 95, 200}) {
        Limbs a = randomLimbs(rng, 5);
        Limbs shifted(5 + bits / 32 + 1);
        shifted.resize(shiftLeft(a.data(), 5, bits, shifted.data()));
        bool lost;
        shifted.resize(shiftRight(shifted.data(), shifted.size(), bits, shifted.data(), lost));   // in place
        EXPECT_EQ(shifted, a) << bits;
        EXPECT_FALSE(lost);
    }
    Limbs odd = {0x80000001u, 0, 1};
    Limbs out(3);
    bool lost;
    EXPECT_EQ(shiftRight(odd.data(), 3, 1, out.data(), lost), 2u);
    EXPECT_TRUE(lost);
    EXPECT_EQ(shiftRight(odd.data(), 3, 96, out.data(), lost), 0u);   // everything shifted out
    EXPECT_TRUE(lost);
    Limbs top = {0, 0, 1};
    EXPECT_EQ(shiftRight(top.data(), 3, 64, out.data(), lost), 1u);
    EXPECT_FALSE(lost);
}

TEST(Limbs, Int64RangeIsExact) {
    int64_t out;
    Limbs top = {0, 0x80000000u};   // 2**63
    EXPECT_FALSE(toInt64(top.data(), 2, false, out));
    EXPECT_TRUE(toInt64(top.data(), 2, true, out));
    EXPECT_EQ(out, INT64_MIN);
    Limbs three = {0, 0, 1};
    EXPECT_FALSE(toInt64(three.data(), 3, false, out));
    EXPECT_TRUE(toInt64(nullptr, 0, true, out));
    EXPECT_EQ(out, 0);
}

}  // namespace
}  // namespace pyfw::engine::limbs
