#include "engine/repl/line_editor.h"

#include <string>

namespace pyfw::engine::repl {

namespace {

constexpr int kBackspace = 8, kTab = 9, kLineFeed = 10, kCarriageReturn = 13, kEscape = 27, kDelete = 127;
constexpr size_t kIndent = 4;

bool isPrintable(int c) { return c >= 32 && c <= 126; }
bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Control keys that end the line when it is empty, and what they report.
LineEnd controlKeyEnd(int c) {
    switch (c) {
        case kCtrlA: return LineEnd::CtrlA;
        case kCtrlB: return LineEnd::CtrlB;
        case kCtrlC: return LineEnd::CtrlC;
        case kCtrlD: return LineEnd::CtrlD;
        default: return LineEnd::CtrlE;
    }
}

}  // namespace

void LineHistory::add(std::string_view line) {
    if (line.empty() || (!lines_.empty() && lines_.front() == line)) return;
    lines_.emplace_front(line);
    if (lines_.size() > kCapacity) lines_.pop_back();
}

LineEditor::LineEditor(ConsoleInput& input, ConsoleOutput& output, LineHistory& history)
    : input_(input), output_(output), history_(history) {}

LineEnd LineEditor::read(std::string& text, std::string_view prompt) {
    text_ = &text;
    prompt_ = prompt;
    lineStart_ = cursor_ = text.size();
    historyIndex_ = -1;
    escape_ = Escape::None;
    if (text.empty()) autoIndentOn_ = true;
    autoIndentJustAdded_ = false;  // only an indent added for this line may be taken back
    output_.write(prompt);
    autoIndent();
    for (;;) {
        int c = input_.read();
        if (c == ConsoleInput::kEnd) return LineEnd::EndOfInput;
        if (c == ConsoleInput::kInterrupt) return LineEnd::CtrlC;
        LineEnd end;
        if (handle(c, end)) return end;
    }
}

bool LineEditor::handle(int c, LineEnd& end) {
    // A terminal sends CR for Enter; a pipe may send LF or CR LF. Each counts once.
    bool afterCarriageReturn = lastWasCarriageReturn_;
    lastWasCarriageReturn_ = c == kCarriageReturn;
    if (c == kLineFeed && afterCarriageReturn && escape_ == Escape::None) return false;

    size_t oldSize = text_->size();
    bool done = false;
    Redraw redraw = escape_ == Escape::None ? handlePlain(c, done, end) : handleEscape(c);
    if (done) return true;
    apply(redraw, oldSize);
    autoIndentJustAdded_ = false;
    return false;
}

LineEditor::Redraw LineEditor::handlePlain(int c, bool& done, LineEnd& end) {
    bool emptyLine = text_->size() == lineStart_;
    if (c >= kCtrlA && c <= kCtrlE && (emptyLine || c == kCtrlC)) {
        done = true;
        end = controlKeyEnd(c);
        return {};
    }
    if (c == kCtrlA) return cursorHome();
    if (c == kCtrlE) return cursorEnd();
    if (c == kCarriageReturn || c == kLineFeed) {
        output_.write("\r\n");
        history_.add(currentLine());
        done = true;
        end = LineEnd::Enter;
        return {};
    }
    if (c == kEscape) {
        escape_ = Escape::Esc;
        return {};
    }
    if (c == kBackspace || c == kDelete) return backspace();
    if (autoIndentJustAdded_ && (c == kTab || c == ' ')) {
        // Tab keeps the indent just added and space takes most of it back; either way the user
        // indents by hand from here on.
        autoIndentOn_ = false;
        if (c == ' ') {
            text_->resize(text_->size() - (kIndent - 1));
            return {.back = kIndent - 1};
        }
        return {};
    }
    if (c == kTab) return tab();
    if (isPrintable(c)) return insert(std::string(1, char(c)));
    return {};
}

LineEditor::Redraw LineEditor::handleEscape(int c) {
    Escape state = escape_;
    escape_ = Escape::None;
    switch (state) {
        case Escape::Esc:
            if (c == '[') escape_ = Escape::Bracket;
            else if (c == 'O') escape_ = Escape::EscO;
            return {};
        case Escape::Bracket:
            if (c >= '0' && c <= '9') {
                escape_ = Escape::BracketDigit;
                escapeDigit_ = char(c);
                return {};
            }
            switch (c) {
                case 'A': return historyStep(+1);
                case 'B': return historyStep(-1);
                case 'C': return {.forward = cursor_ < text_->size() ? size_t(1) : 0};
                case 'D': return {.back = cursor_ > lineStart_ ? size_t(1) : 0};
                case 'H': return cursorHome();
                case 'F': return cursorEnd();
                default: return {};
            }
        case Escape::BracketDigit:
            if (c != '~') return {};
            if (escapeDigit_ == '1' || escapeDigit_ == '7') return cursorHome();
            if (escapeDigit_ == '4' || escapeDigit_ == '8') return cursorEnd();
            if (escapeDigit_ == '3' && cursor_ < text_->size()) {
                text_->erase(cursor_, 1);
                return {.fromCursor = true};
            }
            return {};
        case Escape::EscO:
            if (c == 'H') return cursorHome();
            if (c == 'F') return cursorEnd();
            return {};
        case Escape::None: break;
    }
    return {};
}

LineEditor::Redraw LineEditor::backspace() {
    if (cursor_ <= lineStart_) return {};
    // Within leading spaces, one backspace removes a whole indent level.
    size_t spaces = 0;
    for (size_t i = lineStart_; i < cursor_; ++i) {
        if ((*text_)[i] != ' ') {
            spaces = 0;
            break;
        }
        ++spaces;
    }
    size_t count = spaces >= kIndent ? kIndent : 1;
    text_->erase(cursor_ - count, count);
    return {.back = count, .fromCursor = true};
}

LineEditor::Redraw LineEditor::tab() {
    if (!text_->empty() && cursor_ > 0 && isSpace((*text_)[cursor_ - 1])) return insert(std::string(kIndent, ' '));
    if (!completer_) return {};
    Completion completion = completer_(std::string_view(*text_).substr(lineStart_, cursor_ - lineStart_));
    if (completion.listed) {
        // The candidates were printed below the line: draw the prompt and the line again.
        output_.write(prompt_);
        output_.write(std::string_view(*text_).substr(lineStart_, cursor_ - lineStart_));
        return {.fromCursor = true};
    }
    if (completion.insert.empty()) return {};
    return insert(completion.insert);
}

LineEditor::Redraw LineEditor::insert(std::string_view chars) {
    text_->insert(cursor_, chars);
    return {.fromCursor = true, .forward = chars.size()};
}

LineEditor::Redraw LineEditor::historyStep(int direction) {
    int target = historyIndex_ + direction;
    if (target >= int(history_.size()) || target < -1) return {};
    historyIndex_ = target;
    size_t back = cursor_ - lineStart_;
    text_->resize(lineStart_);
    if (target >= 0) text_->append(history_.at(size_t(target)));
    return {.back = back, .fromCursor = true, .forward = text_->size() - lineStart_};
}

void LineEditor::apply(const Redraw& redraw, size_t oldSize) {
    if (redraw.back > 0) {
        moveCursorBack(redraw.back);
        cursor_ -= redraw.back;
    }
    if (redraw.fromCursor) {
        if (text_->size() < oldSize) output_.write("\x1b[K");
        output_.write(std::string_view(*text_).substr(cursor_));
        moveCursorBack(text_->size() - (cursor_ + redraw.forward));
        cursor_ += redraw.forward;
    } else if (redraw.forward > 0) {
        // Writing the characters under the cursor moves it right on any terminal.
        output_.write(std::string_view(*text_).substr(cursor_, redraw.forward));
        cursor_ += redraw.forward;
    }
}

void LineEditor::moveCursorBack(size_t columns) {
    if (columns == 0) return;
    if (columns <= 4) output_.write(std::string_view("\b\b\b\b", columns));
    else output_.write("\x1b[" + std::to_string(columns) + "D");
}

// After a line that opened a block, the next line starts one level deeper; otherwise at the same
// level. Two lines of nothing but spaces in a row stop it, so an empty line can end the statement.
void LineEditor::autoIndent() {
    const std::string& text = *text_;
    size_t size = text.size();
    if (!autoIndentOn_ || size < 2 || text.back() != '\n') return;
    size_t previousStart = text.rfind('\n', size - 2);
    previousStart = previousStart == std::string::npos ? 0 : previousStart + 1;
    size_t firstNonSpace = text.find_first_not_of(' ', previousStart);
    bool previousBlank = firstNonSpace == size - 1;
    if (previousStart > 0 && previousBlank) {
        size_t beforeStart = previousStart >= 2 ? text.rfind('\n', previousStart - 2) : std::string::npos;
        beforeStart = beforeStart == std::string::npos ? 0 : beforeStart + 1;
        bool beforeBlank = text.find_first_not_of(' ', beforeStart) == previousStart - 1;
        if (beforeBlank && beforeStart > 0) return;
    }
    size_t levels = (firstNonSpace - previousStart) / kIndent + (text[size - 2] == ':' ? 1 : 0);
    for (size_t i = 0; i < levels; ++i) {
        text_->append(kIndent, ' ');
        output_.write(std::string(kIndent, ' '));
        cursor_ += kIndent;
        autoIndentJustAdded_ = true;
    }
}

}  // namespace pyfw::engine::repl
