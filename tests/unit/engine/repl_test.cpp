#include <gtest/gtest.h>

#include "repl_test_helpers.h"

namespace pyfw::engine {
namespace {

using Friendly = testing::ReplSession;

std::string banner() { return std::string(testing::ReplSession::kBanner); }

TEST_F(Friendly, EchoesExpressionValuesWithRepr) {
    EXPECT_EQ(session("1 + 2\r'a' * 2\rNone\rx = 5\r"),
              banner() + ">>> 1 + 2\r\n3\r\n>>> 'a' * 2\r\n'aa'\r\n>>> None\r\n>>> x = 5\r\n>>> ");
}

TEST_F(Friendly, UnderscoreHoldsTheLastValue) {
    EXPECT_EQ(session("6 * 7\r_ + 1\r"), banner() + ">>> 6 * 7\r\n42\r\n>>> _ + 1\r\n43\r\n>>> ");
}

TEST_F(Friendly, StateCarriesAcrossLines) {
    std::string out = session("def twice(x):\rreturn 2 * x\r\r\r\rtwice(21)\r");
    EXPECT_NE(out.find(">>> twice(21)\r\n42\r\n"), std::string::npos) << out;
}

TEST_F(Friendly, AnEmptyLineGivesANewPrompt) {
    EXPECT_EQ(session("\r\r"), banner() + ">>> \r\n>>> \r\n>>> ");
}

TEST_F(Friendly, MultiLineBlockWithAutoIndent) {
    std::string out = session("for i in range(2):\rprint(i)\r\r\r\r");
    EXPECT_EQ(out, banner() +
                       ">>> for i in range(2):\r\n"
                       "...     print(i)\r\n"
                       "...     \r\n"
                       "...     \r\n"
                       "... \r\n"
                       "0\r\n1\r\n>>> ");
}

TEST_F(Friendly, BackspaceThenEnterEndsABlock) {
    std::string out = session("if True:\rprint('yes')\r\x7f\r");
    EXPECT_NE(out.find("...     \b\b\b\b\x1b[K\r\nyes\r\n>>> "), std::string::npos) << out;
}

TEST_F(Friendly, OpenBracketsContinue) {
    std::string out = session("[1,\r2]\r");
    EXPECT_NE(out.find(">>> [1,\r\n... 2]\r\n[1, 2]\r\n"), std::string::npos) << out;
}

TEST_F(Friendly, ErrorsPrintATracebackAndTheReplCarriesOn) {
    std::string out = session("1/0\rprint('after')\r");
    EXPECT_NE(out.find(">>> 1/0\r\nTraceback (most recent call last):\r\n"
                       "  File \"<stdin>\", line 1, in <module>\r\n"
                       "ZeroDivisionError: division by zero\r\n>>> print('after')\r\nafter\r\n"),
              std::string::npos)
        << out;
}

TEST_F(Friendly, SyntaxErrorsNameTheLine) {
    std::string out = session("1 +\r");
    EXPECT_NE(out.find("  File \"<stdin>\", line 1\r\nSyntaxError: invalid syntax\r\n>>> "), std::string::npos) << out;
}

TEST_F(Friendly, SystemExitIsIgnoredAsOnTheBoard) {
    std::string out = session("import sys\rsys.exit(3)\r1\r");
    EXPECT_NE(out.find(">>> sys.exit(3)\r\n>>> 1\r\n1\r\n"), std::string::npos) << out;
}

TEST_F(Friendly, CtrlCCancelsTheLineOrTheStatement) {
    EXPECT_EQ(session("abc\x03" "1\r"), banner() + ">>> abc\r\n>>> 1\r\n1\r\n>>> ");
    std::string out = session("if 1:\rprint(2)\r\x03" "3\r");
    EXPECT_NE(out.find("...     \r\n>>> 3\r\n3\r\n"), std::string::npos) << out;
    EXPECT_EQ(out.find("\r\n2\r\n"), std::string::npos) << out;
}

TEST_F(Friendly, CtrlDInAContinuationRunsTheStatement) {
    std::string out = session("while False: print(1)\r\x04" "2\r");
    EXPECT_NE(out.find(">>> while False: print(1)\r\n... >>> 2\r\n2\r\n"), std::string::npos) << out;
}

TEST_F(Friendly, CtrlBPrintsTheBannerAgain) {
    EXPECT_EQ(session("\x02"), banner() + ">>> \r\n" + banner() + ">>> ");
}

TEST_F(Friendly, CtrlDOnAnEmptyLineAsksForASoftReset) {
    EXPECT_EQ(session("x = 1\r\x04x\r"),
              banner() + ">>> x = 1\r\n>>> \r\n<soft reset>" + banner() +
                  ">>> x\r\nTraceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\n"
                  "NameError: name 'x' is not defined\r\n>>> ");
}

TEST_F(Friendly, PasteModeRunsTheWholeTextAsAFile) {
    std::string out = session("\x05" "def f():\r    return 'pasted'\r\rprint(f())\r\x04");
    EXPECT_EQ(out, banner() + ">>> \r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n"
                              "=== def f():\r\n===     return 'pasted'\r\n=== \r\n=== print(f())\r\n=== \r\n"
                              "pasted\r\n>>> ");
}

TEST_F(Friendly, PasteModeDoesNotEchoValuesAndTakesLineFeeds) {
    std::string out = session("\x05" "1 + 1\nx = 3\n\x04x\r");
    EXPECT_NE(out.find("=== 1 + 1\r\n=== x = 3\r\n=== \r\n>>> x\r\n3\r\n"), std::string::npos) << out;
}

TEST_F(Friendly, PasteModeCtrlCCancels) {
    std::string out = session("\x05" "print('no')\x03" "7\r");
    EXPECT_NE(out.find("=== print('no')\r\n>>> 7\r\n7\r\n"), std::string::npos) << out;
    EXPECT_EQ(out.find("no\r\n"), std::string::npos);
}

TEST_F(Friendly, HistoryRecallRunsALineAgain) {
    std::string out = session("n = 1\rn += 1\r\x1b[A\rn\r");
    EXPECT_NE(out.find(">>> n\r\n3\r\n"), std::string::npos) << out;
}

TEST_F(Friendly, TabCompletesNames) {
    std::string out = session("import sys\rsys.pla\t\r");
    EXPECT_NE(out.find(">>> sys.platform\r\n"), std::string::npos) << out;
}

TEST_F(Friendly, TabListsSeveralCandidates) {
    std::string out = session("alpha1 = alpha2 = 0\ralp\t\t\r");
    // "alp" grows to the common prefix "alpha"; the second Tab lists both.
    EXPECT_NE(out.find(">>> alpha\r\nalpha1          alpha2\r\n>>> alpha\r\n"), std::string::npos) << out;
}

TEST_F(Friendly, TabOffersImportAtTheStartOfALine) {
    std::string out = session("imp\tsys\rsys.platform\r");
    EXPECT_NE(out.find(">>> import sys\r\n"), std::string::npos) << out;
}

TEST_F(Friendly, InputReadsAnEditedLine) {
    std::string out = session("name = input('who? ')\rbobb\x7f\rname\r");
    EXPECT_NE(out.find("who? bobb\b\x1b[K\r\n>>> name\r\n'bob'\r\n"), std::string::npos) << out;
}

TEST_F(Friendly, InputAtTheEndOfInputRaisesEOFError) {
    std::string out = session("input()\r");
    EXPECT_NE(out.find("EOFError"), std::string::npos) << out;
}

TEST_F(Friendly, OutputIsCooked) {
    std::string out = session("print('a\\nb')\r");
    EXPECT_NE(out.find("a\r\nb\r\n"), std::string::npos) << out;
}

}  // namespace
}  // namespace pyfw::engine
