#include <gtest/gtest.h>

#include "engine/objects/dict.h"
#include "engine/objects/list.h"
#include "engine/objects/numbers.h"
#include "engine/objects/str.h"
#include "engine/runtime/runtime.h"
#include "engine_test_helpers.h"

namespace pyfw::engine {
namespace {

using testing::EngineTest;

class ObjectModel : public EngineTest {};

TEST_F(ObjectModel, SmallIntsAreImmediateAndOverflowToBigInts) {
    Value a = makeInt(Value::kSmallMax);
    EXPECT_TRUE(a.isSmallInt());
    Value b = binaryOp(BinaryOp::Add, a, Value::smallInt(1));
    EXPECT_FALSE(b.isSmallInt());
    EXPECT_EQ(intToString(b), "4611686018427387904");
    Value c = binaryOp(BinaryOp::Sub, b, Value::smallInt(1));
    EXPECT_TRUE(c.isSmallInt());
}

TEST_F(ObjectModel, InternedStringsAreUniqueByAddress) {
    StrObject* a = intern("sensor");
    StrObject* b = intern(std::string("sen") + "sor");
    EXPECT_EQ(a, b);
    EXPECT_TRUE(a->isInterned());
    StrObject* c = newStr("sensor-1");
    EXPECT_FALSE(c->isInterned());
    EXPECT_EQ(intern(c)->view(), "sensor-1");
}

TEST_F(ObjectModel, StrKeepsCodePointLength) {
    StrObject* s = newStr("h\xC3\xA9llo");
    EXPECT_EQ(s->size, 6u);
    EXPECT_EQ(s->length(), 5u);
    EXPECT_FALSE(s->isAscii());
    EXPECT_EQ(strByteOffset(s, 2), 3u);
}

TEST_F(ObjectModel, DictKeepsInsertionOrderAcrossDeletesAndGrowth) {
    DictObject* d = newDict();
    for (int i = 0; i < 100; ++i) dictSet(d, Value::smallInt(i), Value::smallInt(i * i));
    for (int i = 0; i < 100; i += 3) EXPECT_TRUE(dictDelete(d, Value::smallInt(i)));
    dictSet(d, Value::smallInt(1000), None());
    EXPECT_EQ(d->used, 100u - 34u + 1u);
    int64_t previous = -1;
    for (uint32_t i = 0; i < d->filled; ++i) {
        Value k = d->entries()[i].key;
        if (!k) continue;
        EXPECT_GT(k.smallInt(), previous);
        previous = k.smallInt();
    }
    EXPECT_EQ(dictGet(d, Value::smallInt(5)), Value::smallInt(25));
    EXPECT_FALSE(dictGet(d, Value::smallInt(3)));
}

TEST_F(ObjectModel, DictVersionChangesOnlyWhenKeysChange) {
    DictObject* d = newDict();
    dictSetStr(d, intern("a"), Value::smallInt(1));
    uint64_t v = d->version;
    dictSetStr(d, intern("a"), Value::smallInt(2));
    EXPECT_EQ(d->version, v);
    dictSetStr(d, intern("b"), Value::smallInt(3));
    EXPECT_NE(d->version, v);
}

TEST_F(ObjectModel, EqualValuesHashAlike) {
    EXPECT_EQ(hashOf(Value::smallInt(7)), hashOf(newFloat(7.0)));
    EXPECT_EQ(hashOf(Value(newStr("abcdefghijklmnop"))), hashOf(Value(newStr("abcdefghijklmnop"))));
    EXPECT_TRUE(equals(Value::smallInt(1), True()));
}

TEST_F(ObjectModel, FloatReprIsShortestRoundTrip) {
    EXPECT_EQ(floatRepr(0.1), "0.1");
    EXPECT_EQ(floatRepr(1e16), "1e+16");
    EXPECT_EQ(floatRepr(1e15), "1000000000000000.0");
    EXPECT_EQ(floatRepr(1.5e-5), "1.5e-05");
    EXPECT_EQ(floatRepr(-0.0), "-0.0");
    EXPECT_EQ(floatRepr(0.1 + 0.2), "0.30000000000000004");
}

TEST_F(ObjectModel, FullHeapRaisesMemoryErrorAndStaysUsable) {
    makeInterpreter(64 * 1024);
    std::string out = run(
        "try:\n"
        "    keep = []\n"
        "    while True:\n"
        "        keep.append(bytearray(100))\n"
        "except MemoryError:\n"
        "    keep = None\n"
        "    print('recovered')\n"
        "print(sum(range(100)))\n");
    EXPECT_EQ(out, "recovered\n4950\n");
}

TEST_F(ObjectModel, IntsLargerThanTheHeapRaiseMemoryErrorAtOnce) {
    makeInterpreter(256 * 1024);
    std::string out = run(
        "for make in (lambda: 3 ** 10**9, lambda: 8 ** (2**62 + 1), lambda: 1 << 10**9, lambda: (2**70) ** 10**7):\n"
        "    try:\n"
        "        make()\n"
        "    except MemoryError:\n"
        "        print('MemoryError')\n"
        "print(1 ** 10**18, (-1) ** (10**18 + 1), 0 ** 10**18, len(str(3 ** 10000)))\n");
    EXPECT_EQ(out, "MemoryError\nMemoryError\nMemoryError\nMemoryError\n1 -1 0 4772\n");
}

TEST_F(ObjectModel, CollectorFreesCyclesAndKeepsLiveObjects) {
    makeInterpreter(128 * 1024);
    std::string out = run(
        "class N:\n"
        "    pass\n"
        "live = [N() for i in range(50)]\n"
        "for i in range(20000):\n"
        "    a = N(); b = N(); a.b = b; b.a = a\n"
        "print(len(live), all(type(x) is N for x in live))\n");
    EXPECT_EQ(out, "50 True\n");
    EXPECT_GT(interpreter->heap.stats().collections, 0u);
}

TEST_F(ObjectModel, UncaughtExceptionPrintsTracebackAndExitsWithOne) {
    std::string out = run("print('a')\ndef f():\n    raise ValueError('bad')\nf()\n", 1);
    EXPECT_EQ(out, "a\n");
    EXPECT_EQ(host.err,
              "Traceback (most recent call last):\n"
              "  File \"<test>\", line 4, in <module>\n"
              "  File \"<test>\", line 3, in f\n"
              "ValueError: bad\n");
}

TEST_F(ObjectModel, SystemExitSetsTheExitCode) {
    run("import sys\nsys.exit(4)\n", 4);
    run("raise SystemExit\n", 0);
}

}  // namespace
}  // namespace pyfw::engine
