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
