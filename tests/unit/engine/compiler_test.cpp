#include <gtest/gtest.h>

#include "engine/bytecode/bytecode.h"
#include "engine/bytecode/disassemble.h"
#include "engine/compile/compiler.h"
#include "engine/objects/str.h"
#include "engine_test_helpers.h"

namespace pyfw::engine {
namespace {

using testing::EngineTest;

class Compiler : public EngineTest {};

TEST_F(Compiler, LocalsUseFastSlotsAndGlobalsUseCachedLoads) {
    CodeObject* module = compileSource("g = 1\ndef f(a):\n    b = a + g\n    return b\n", newStr("t.py"), ParseMode::File);
    std::string listing = disassemble(module);
    EXPECT_NE(listing.find("STORE_NAME"), std::string::npos);
    EXPECT_NE(listing.find("LOAD_FAST"), std::string::npos) << listing;
    EXPECT_NE(listing.find("LOAD_GLOBAL"), std::string::npos) << listing;
    EXPECT_NE(listing.find("STORE_FAST"), std::string::npos) << listing;
}

TEST_F(Compiler, LocalPairsAndCountersAreFused) {
    CodeObject* module = compileSource("def f(a, b):\n    c = a + b\n    c += 1\n    c -= 2\n    c += 40000\n"
                                       "    return c\n",
                                       newStr("t.py"), ParseMode::File);
    std::string listing = disassemble(module);
    EXPECT_NE(listing.find("OPERATOR_FAST_PAIR     256  (op 0, a, b)"), std::string::npos) << listing;   // a + b
    EXPECT_NE(listing.find("INCREMENT_FAST         514  (c += 1)"), std::string::npos) << listing;
    // Twice the change in 16 bits, the low one marking -=: -2 is 0xfffd there.
    EXPECT_NE(listing.find("INCREMENT_FAST         16776450  (c -= 2)"), std::string::npos) << listing;
    EXPECT_NE(listing.find("STORE_FAST_LOAD_FAST   8194  (c, c)"), std::string::npos) << listing;   // c = ...; return c
    EXPECT_NE(listing.find("INPLACE                0"), std::string::npos) << listing;   // 40000 is past 16383
}

TEST_F(Compiler, SmallIntRightOperandsAreFused) {
    CodeObject* module = compileSource("def f(n):\n    return n + 1, n < -262144, n & 262144, (n -\n 2)\n",
                                       newStr("t.py"), ParseMode::File);
    std::string listing = disassemble(module);
    EXPECT_NE(listing.find("BINARY_SMALL_INT       32  (op 0, 1)"), std::string::npos) << listing;
    EXPECT_NE(listing.find("(op 13, -262144)"), std::string::npos) << listing;
    EXPECT_NE(listing.find("LOAD_SMALL_INT         262144"), std::string::npos) << listing;   // past 19 bits
    EXPECT_NE(listing.find("LOAD_SMALL_INT         2"), std::string::npos) << listing;   // k on the next line
}

TEST_F(Compiler, SubscriptOfTwoLocalsIsFused) {
    CodeObject* module = compileSource("def f(a, i, j):\n    return a[i], a[i][j], (a\n [j])\n", newStr("t.py"),
                                       ParseMode::File);
    std::string listing = disassemble(module);
    EXPECT_NE(listing.find("SUBSCR_FAST_PAIR       4096  (a, i)"), std::string::npos) << listing;
    EXPECT_NE(listing.find("SUBSCR_FAST            2  (j)"), std::string::npos) << listing;   // a[i][j]: [j] alone
    EXPECT_NE(listing.find("LOAD_FAST              2  (j)"), std::string::npos) << listing;   // j on its own line
    EXPECT_NE(listing.find("LOAD_FAST              0  (a)"), std::string::npos) << listing;   // a and [j] on two lines
}

TEST_F(Compiler, NoFusionAcrossAJumpTarget) {
    // The loop's test reads x where the loop jumps back to: its load must stay an instruction of
    // its own rather than join the store before the loop.
    CodeObject* module = compileSource("def f(n):\n    x = 0\n    while x < n:\n        x += 1\n    return x\n",
                                       newStr("t.py"), ParseMode::File);
    std::string listing = disassemble(module);
    EXPECT_EQ(listing.find("STORE_FAST_LOAD_FAST"), std::string::npos) << listing;
    EXPECT_NE(listing.find("(op 13, x, n)"), std::string::npos) << listing;   // x < n, one instruction
}

TEST_F(Compiler, OperatorsOnTwoLocalsAreFused) {
    // Fused when both slots fit 8 bits and the operator is on the operands' line.
    std::string source = "def f(a, b):\n";
    for (int i = 0; i < 300; ++i) source += "    v" + std::to_string(i) + " = " + std::to_string(i) + "\n";
    source += "    return a & b, a == b, (a\n - b), v0 * v299, v1 | v2\n";
    CodeObject* module = compileSource(source, newStr("t.py"), ParseMode::File);
    std::string listing = disassemble(module);
    EXPECT_NE(listing.find("(op 10, a, b)"), std::string::npos) << listing;
    EXPECT_NE(listing.find("(op 15, a, b)"), std::string::npos) << listing;
    EXPECT_NE(listing.find("BINARY_SUB"), std::string::npos) << listing;      // b on the next line
    EXPECT_NE(listing.find("LOAD_FAST_PAIR"), std::string::npos) << listing;  // v299 is past slot 255
    EXPECT_NE(listing.find("(op 12, v1, v2)"), std::string::npos) << listing;
}

TEST_F(Compiler, ClosuresUseCellsAndFreeVariables) {
    CodeObject* module = compileSource("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n",
                                       newStr("t.py"), ParseMode::File);
    std::string listing = disassemble(module);
    EXPECT_NE(listing.find("LOAD_CLOSURE"), std::string::npos) << listing;
    EXPECT_NE(listing.find("LOAD_DEREF"), std::string::npos) << listing;
}

TEST_F(Compiler, TryStatementsProduceHandlerTableEntries) {
    CodeObject* module = compileSource("try:\n    f()\nexcept E:\n    g()\nfinally:\n    h()\n", newStr("t.py"),
                                       ParseMode::File);
    EXPECT_GE(module->handlerCount, 3u);
    for (uint32_t i = 0; i < module->handlerCount; ++i) {
        EXPECT_LT(module->handlers[i].start, module->handlers[i].end);
        EXPECT_LT(module->handlers[i].handler, module->wordCount);
    }
}

TEST_F(Compiler, StackSizeCoversDeepExpressions) {
    CodeObject* module = compileSource("x = [1, [2, [3, [4, [5, 6]]]]]\n", newStr("t.py"), ParseMode::File);
    EXPECT_GE(module->stackSize, 6u);
}

TEST_F(Compiler, LineTableMapsInstructionsToLines) {
    CodeObject* module = compileSource("a = 1\n\n\nb = 2\n", newStr("t.py"), ParseMode::File);
    EXPECT_EQ(module->lineOf(0), 1);
    EXPECT_EQ(module->lineOf(module->wordCount - 3), 4);
}

TEST_F(Compiler, SyntaxErrorsBecomePythonExceptions) {
    try {
        compileSource("def f(:\n", newStr("t.py"), ParseMode::File);
        FAIL() << "expected SyntaxError";
    } catch (PythonError&) {
        Value e = takePendingException();
        EXPECT_TRUE(isInstance(e, &exc::SyntaxError));
    }
    try {
        compileSource("return 1\n", newStr("t.py"), ParseMode::File);
        FAIL() << "expected SyntaxError";
    } catch (PythonError&) {
        EXPECT_TRUE(isInstance(takePendingException(), &exc::SyntaxError));
    }
}

}  // namespace
}  // namespace pyfw::engine
