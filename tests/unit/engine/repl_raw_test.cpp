#include <gtest/gtest.h>

#include <string>

#include "repl_test_helpers.h"

namespace pyfw::engine {
namespace {

using Raw = testing::ReplSession;

constexpr std::string_view kRawBanner = "raw REPL; CTRL-B to exit\r\n";

std::string rawStart() { return std::string(testing::ReplSession::kBanner) + ">>> \r\n" + std::string(kRawBanner) + ">"; }

TEST_F(Raw, RunsCodeAndFramesOutputAndErrors) {
    EXPECT_EQ(session("\x01" "print(1 + 1)\x04"), rawStart() + "OK2\r\n\x04\x04>");
}

TEST_F(Raw, ReportsExceptionsBetweenTheEndMarkers) {
    EXPECT_EQ(session("\x01" "print('x')\nraise ValueError('bad')\x04"),
              rawStart() + "OKx\r\n\x04Traceback (most recent call last):\r\n"
                           "  File \"<stdin>\", line 2, in <module>\r\nValueError: bad\r\n\x04>");
}

TEST_F(Raw, ReportsSyntaxErrors) {
    EXPECT_EQ(session("\x01" "1 +\x04"),
              rawStart() + "OK\x04Traceback (most recent call last):\r\n  File \"<stdin>\", line 1\r\n"
                           "SyntaxError: invalid syntax\r\n\x04>");
}

TEST_F(Raw, DoesNotEchoValuesAndKeepsState) {
    EXPECT_EQ(session("\x01" "x = 40\n1 + 1\x04print(x + 2)\x04"), rawStart() + "OK\x04\x04>OK42\r\n\x04\x04>");
}

TEST_F(Raw, SystemExitEndsTheCodeQuietly) {
    EXPECT_EQ(session("\x01" "print('SKIP')\nraise SystemExit\x04"), rawStart() + "OKSKIP\r\n\x04\x04>");
}

TEST_F(Raw, CtrlCDropsTheCodeGathered) {
    EXPECT_EQ(session("\x01" "print('no')\x03print('yes')\x04"), rawStart() + "OKyes\r\n\x04\x04>");
}

TEST_F(Raw, CtrlAStartsAgain) {
    EXPECT_EQ(session("\x01" "junk\x01" "print(3)\x04"), rawStart() + std::string(kRawBanner) + ">OK3\r\n\x04\x04>");
}

TEST_F(Raw, CtrlDOnAnEmptyLineSoftResetsAndStaysRaw) {
    // pyboard.py's enter_raw_repl: Ctrl-A, Ctrl-D, then it waits for "soft reboot\r\n" (printed by the
    // port: here the session's marker) and the raw banner.
    EXPECT_EQ(session("\x01" "x = 1\x04\x04" "print(x)\x04"),
              rawStart() + "OK\x04\x04>OK\r\n<soft reset>" + std::string(kRawBanner) +
                  ">OK\x04Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\n"
                  "NameError: name 'x' is not defined\r\n\x04>");
}

TEST_F(Raw, CtrlBGoesBackToTheFriendlyRepl) {
    EXPECT_EQ(session("\x01\x02" "1\r"),
              rawStart() + "\r\n" + std::string(testing::ReplSession::kBanner) + ">>> 1\r\n1\r\n>>> ");
}

TEST_F(Raw, PasseseEveryByteThrough) {
    EXPECT_EQ(session("\x01" "print(len('\xc3\xa9\t'))\r\nprint('a')\x04"), rawStart() + "OK2\r\na\r\n\x04\x04>");
}

TEST_F(Raw, InputReadsFromTheConsole) {
    EXPECT_EQ(session("\x01" "print(input() * 2)\x04" "ab\r"), rawStart() + "OKab\r\nabab\r\n\x04\x04>");
}

// Raw-paste: the reply, the window size (little-endian) and a free window, then one "\x01" per
// window consumed, "\x04" when the code has arrived.
std::string pasteHeader() { return std::string("R\x01\x00\x08\x01", 5); }

TEST_F(Raw, RawPasteRunsCode) {
    EXPECT_EQ(session("\x01\x05" "A\x01" "print('pasted')\x04"),
              rawStart() + pasteHeader() + "\x04pasted\r\n\x04\x04>");
}

TEST_F(Raw, RawPasteGrantsAWindowPerWindowConsumed) {
    std::string code = "s = 0\n";
    while (code.size() < 5000) code += "s += 1\n";
    code += "print(s)";
    std::string out = session("\x01\x05" "A\x01" + code + "\x04");
    std::string expect = rawStart() + pasteHeader() + std::string(code.size() / 2048, '\x01') + "\x04" +
                         std::to_string((code.size() - 14) / 7) + "\r\n\x04\x04>";
    EXPECT_EQ(out, expect);
}

TEST_F(Raw, RawPasteReportsErrors) {
    EXPECT_EQ(session("\x01\x05" "A\x01" "1/0\x04"),
              rawStart() + pasteHeader() +
                  "\x04\x04Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\n"
                  "ZeroDivisionError: division by zero\r\n\x04>");
}

TEST_F(Raw, RawPasteCtrlCAbandonsTheCode) {
    EXPECT_EQ(session("\x01\x05" "A\x01" "print('no')\x03" "print('yes')\x04"),
              rawStart() + pasteHeader() + "\x04\x04KeyboardInterrupt: \r\n\x04>OKyes\r\n\x04\x04>");
}

TEST_F(Raw, UnknownRawPasteCommandIsRefused) {
    EXPECT_EQ(session("\x01\x05" "B\x01" "print(5)\x04"), rawStart() + std::string("R\x00", 2) + ">OK5\r\n\x04\x04>");
}

TEST_F(Raw, ModeSurvivesTheEndOfASession) {
    session("\x01");
    EXPECT_EQ(repl.mode(), repl::ReplMode::Raw);
}

}  // namespace
}  // namespace pyfw::engine
