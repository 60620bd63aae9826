#include <gtest/gtest.h>

#include <string>

#include "engine/repl/line_editor.h"
#include "repl_test_helpers.h"

namespace pyfw::engine::repl {
namespace {

using testing::CapturedOutput;

// Feeds keys to a fresh editor and reads one line; the echo is what a terminal would be sent.
struct Typed {
    LineEnd end;
    std::string line;
    std::string echo;
};

class LineEditorTest : public ::testing::Test {
protected:
    Typed type(std::string_view keys, std::string text = "", std::string_view prompt = ">>> ") {
        input.push(keys);
        size_t start = text.size();
        LineEnd end = editor.read(text, prompt);
        return {end, text.substr(start), output.take()};
    }

    ConsoleInput input;
    CapturedOutput output;
    LineHistory history;
    LineEditor editor{input, output, history};
};

TEST_F(LineEditorTest, EchoesTypedCharactersAndEndsAtEnter) {
    Typed t = type("abc\r");
    EXPECT_EQ(t.end, LineEnd::Enter);
    EXPECT_EQ(t.line, "abc");
    EXPECT_EQ(t.echo, ">>> abc\r\n");
}

TEST_F(LineEditorTest, LineFeedAloneOrAfterCarriageReturnEndsOneLine) {
    EXPECT_EQ(type("a\n").line, "a");
    EXPECT_EQ(type("b\r\nc\r").line, "b");
    Typed next = type("");
    EXPECT_EQ(next.line, "c");  // the LF after b's CR was not taken for an empty line
}

TEST_F(LineEditorTest, LeftArrowAndInsertRedrawTheRestOfTheLine) {
    Typed t = type("ac\x1b[Db\x1b[FX\r");
    EXPECT_EQ(t.line, "abcX");
    // "ac", one step back, "b" inserted: draw "bc" and step back over "c"; End redraws "c".
    EXPECT_EQ(t.echo, ">>> ac\bbc\bcX\r\n");
}

TEST_F(LineEditorTest, HomeEndAndRightArrow) {
    EXPECT_EQ(type("bc\x1b[H" "a\x1b[F" "d\r").line, "abcd");
    EXPECT_EQ(type("xy\x01" "w\x05" "z\r").line, "wxyz");          // Ctrl-A / Ctrl-E on a non-empty line
    EXPECT_EQ(type("12\x1b[1~" "0\x1b[4~" "3\r").line, "0123");    // ESC [ 1 ~ and ESC [ 4 ~
    EXPECT_EQ(type("ab\x1bOH" "\x1b[C" "-\r").line, "a-b");        // ESC O H, then right
}

TEST_F(LineEditorTest, LongMovesUseTheCursorBackSequence) {
    Typed t = type("abcdef\x1b[H\r");
    EXPECT_EQ(t.echo, ">>> abcdef\x1b[6D\r\n");
}

TEST_F(LineEditorTest, BackspaceAndDeleteEraseTheTail) {
    Typed t = type("abc\x7f\r");
    EXPECT_EQ(t.line, "ab");
    EXPECT_EQ(t.echo, ">>> abc\b\x1b[K\r\n");
    EXPECT_EQ(type("abc\x1b[D\x1b[D\x1b[3~\r").line, "ac");
    EXPECT_EQ(type("\bx\r").line, "x");  // nothing to erase at the start
}

TEST_F(LineEditorTest, ControlKeysOnAnEmptyLineEndIt) {
    EXPECT_EQ(type("\x01").end, LineEnd::CtrlA);
    EXPECT_EQ(type("\x02").end, LineEnd::CtrlB);
    EXPECT_EQ(type("\x04").end, LineEnd::CtrlD);
    EXPECT_EQ(type("\x05").end, LineEnd::CtrlE);
    EXPECT_EQ(type("abc\x03").end, LineEnd::CtrlC);   // Ctrl-C ends any line
    EXPECT_EQ(type("ab\x04\x02" "c\r").line, "abc");      // Ctrl-D and Ctrl-B do nothing on a non-empty line
}

TEST_F(LineEditorTest, EndOfInputAndInterrupt) {
    input.close();
    EXPECT_EQ(type("ab").end, LineEnd::EndOfInput);
}

TEST_F(LineEditorTest, HistoryRecallsTheLastLines) {
    type("one\r");
    type("two\r");
    type("two\r");  // a repeat is kept once
    Typed up = type("\x1b[A\r");
    EXPECT_EQ(up.line, "two");
    EXPECT_EQ(type("\x1b[A\x1b[A\r").line, "one");
    EXPECT_EQ(type("\x1b[A\x1b[A\x1b[A\x1b[A\r").line, "one");   // stops at the oldest
    EXPECT_EQ(type("\x1b[A\x1b[A\x1b[B\r").line, "one");         // the newest now is "one" (recalled)
    EXPECT_EQ(type("x\x1b[A\x1b[B\r").line, "");                 // down past the newest: an empty line
    EXPECT_EQ(history.at(0), "one");
    EXPECT_EQ(history.size(), 3u);  // one, two, one: only a repeat of the newest is dropped
}

TEST_F(LineEditorTest, HistoryKeepsEightLines) {
    for (int i = 0; i < 10; ++i) type(std::to_string(i) + "\r");
    EXPECT_EQ(history.size(), LineHistory::kCapacity);
    EXPECT_EQ(history.at(0), "9");
    EXPECT_EQ(history.at(7), "2");
}

TEST_F(LineEditorTest, HistoryRecallRedrawsTheLine) {
    type("abc\r");
    Typed t = type("xy\x1b[A\r");
    EXPECT_EQ(t.echo, ">>> xy\b\babc\r\n");  // nothing to erase: the new line is longer
}

TEST_F(LineEditorTest, AutoIndentAfterAColon) {
    Typed t = type("pass\r", "if x:\n", "... ");
    EXPECT_EQ(t.echo, "...     pass\r\n");
    EXPECT_EQ(t.line, "    pass");
    // The next line keeps the level of the one before.
    EXPECT_EQ(type("\r", "if x:\n    pass\n", "... ").line, "    ");
}

TEST_F(LineEditorTest, AutoIndentStopsAfterTwoBlankLines) {
    EXPECT_EQ(type("\r", "if x:\n    y\n    \n", "... ").line, "    ");
    EXPECT_EQ(type("\r", "if x:\n    y\n    \n    \n", "... ").line, "");
}

TEST_F(LineEditorTest, BackspaceRemovesOneIndentLevel) {
    Typed t = type("\x7fz\r", "for i in r:\n    if i:\n", "... ");
    EXPECT_EQ(t.line, "    z");
    EXPECT_EQ(t.echo, "...         \b\b\b\b\x1b[Kz\r\n");
}

TEST_F(LineEditorTest, SpaceAfterAutoIndentTakesItBackToOneSpace) {
    // Pasted code brings its own indentation: a space right after the auto-indent undoes it.
    EXPECT_EQ(type(" x\r", "if a:\n", "... ").line, " x");
    EXPECT_EQ(type("\tx\r", "if a:\n", "... ").line, "    x");
}

TEST_F(LineEditorTest, OnlyThisLinesIndentIsTakenBack) {
    // Enter right after an auto-indent, then a line that gets none: its first space is a space.
    std::string text = "if a:\n";
    input.push("\r");
    editor.read(text, "... ");
    text += "\n";
    input.push("\r");
    editor.read(text, "... ");
    text += "\n";
    EXPECT_EQ(type(" x\r", text, "... ").line, " x");
}

TEST_F(LineEditorTest, TabAfterWhitespaceIndents) {
    EXPECT_EQ(type("x \ty\r").line, "x     y");
}

TEST_F(LineEditorTest, TabAsksTheCompleter) {
    std::string asked;
    editor.setCompleter([&](std::string_view line) {
        asked = std::string(line);
        return Completion{"int", false};
    });
    Typed t = type("pr\t(1)\r");
    EXPECT_EQ(asked, "pr");
    EXPECT_EQ(t.line, "print(1)");
}

TEST_F(LineEditorTest, ListedCompletionsRedrawThePromptAndLine) {
    editor.setCompleter([&](std::string_view) {
        output.write("\r\nab  ac\r\n");
        return Completion{"", true};
    });
    Typed t = type("a\t\r");
    EXPECT_EQ(t.echo, ">>> a\r\nab  ac\r\n>>> a\r\n");
}

TEST_F(LineEditorTest, NonAsciiAndOtherControlBytesAreIgnored) {
    EXPECT_EQ(type("a\xc3\xa9\x07\x10" "b\r").line, "ab");
}

}  // namespace
}  // namespace pyfw::engine::repl
