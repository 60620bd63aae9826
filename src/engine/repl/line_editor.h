// The REPL's line editor, keystroke for keystroke what the board's readline does: a prompt, left/
// right, home/end, backspace and delete, history on up/down, auto-indent after a line ending in
// ':', Tab to indent or complete a name. It echoes with the same VT100 sequences (`\b`, `ESC[nD`,
// `ESC[K`), so a terminal or a host tool sees the board's bytes.
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <string>
#include <string_view>

#include "engine/repl/console.h"

namespace pyfw::engine::repl {

// The last lines entered, most recent first; 8 lines as on the board.
class LineHistory {
public:
    static constexpr size_t kCapacity = 8;
    // Keeps a line unless it is empty or repeats the most recent one.
    void add(std::string_view line);
    size_t size() const { return lines_.size(); }
    const std::string& at(size_t index) const { return lines_[index]; }  // 0 = most recent
    void clear() { lines_.clear(); }

private:
    std::deque<std::string> lines_;
};

// How a line ended: Enter, a control key on an empty line (Ctrl-C on any line), or end of input.
enum class LineEnd { Enter, CtrlA, CtrlB, CtrlC, CtrlD, CtrlE, EndOfInput };

// Completes the word before the cursor. Returns the characters to insert; may print a list of
// candidates (then `listed` is set and the editor prints the prompt and line again).
struct Completion {
    std::string insert;
    bool listed = false;
};
using Completer = std::function<Completion(std::string_view lineBeforeCursor)>;

class LineEditor {
public:
    LineEditor(ConsoleInput& input, ConsoleOutput& output, LineHistory& history);
    void setCompleter(Completer completer) { completer_ = std::move(completer); }

    // Prints `prompt` and reads one line, appended to `text`. Lines already in `text` (the start of
    // a multi-line statement) stay as they are; auto-indent looks at them.
    LineEnd read(std::string& text, std::string_view prompt);

private:
    // How the screen must change after an edit, relative to the cursor.
    struct Redraw {
        size_t back = 0;           // move the cursor left first
        bool fromCursor = false;   // then redraw the rest of the line
        size_t forward = 0;        // then move the cursor right
    };
    enum class Escape { None, Esc, Bracket, BracketDigit, EscO };

    // One byte of input: a finished line, or nothing yet.
    bool handle(int c, LineEnd& end);
    Redraw handlePlain(int c, bool& done, LineEnd& end);
    Redraw handleEscape(int c);
    Redraw backspace();
    Redraw tab();
    Redraw insert(std::string_view chars);
    Redraw historyStep(int direction);
    Redraw cursorHome() const { return {.back = cursor_ - lineStart_}; }
    Redraw cursorEnd() const { return {.forward = text_->size() - cursor_}; }
    void apply(const Redraw& redraw, size_t oldSize);
    void moveCursorBack(size_t columns);
    void autoIndent();
    std::string_view currentLine() const { return std::string_view(*text_).substr(lineStart_); }

    ConsoleInput& input_;
    ConsoleOutput& output_;
    LineHistory& history_;
    Completer completer_;

    std::string* text_ = nullptr;
    std::string_view prompt_;
    size_t lineStart_ = 0;
    size_t cursor_ = 0;
    int historyIndex_ = -1;
    Escape escape_ = Escape::None;
    char escapeDigit_ = 0;
    bool autoIndentOn_ = true;
    bool autoIndentJustAdded_ = false;
    bool lastWasCarriageReturn_ = false;
};

}  // namespace pyfw::engine::repl
