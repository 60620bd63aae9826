#include "lib/json_parser.h"

#include <gtest/gtest.h>

#include <string>

namespace pyfw::lib::json {
namespace {

// Writes the events as a compact trace: n t f #text/ $text/ [ ] { k:text }
class Recorder : public Sink {
public:
    std::string trace;
    void null() override { trace += 'n'; }
    void boolean(bool v) override { trace += v ? 't' : 'f'; }
    void number(std::string_view text, bool integer) override {
        trace += integer ? '#' : '%';
        trace += text;
        trace += '/';
    }
    void string(std::string_view s) override {
        trace += '$';
        trace += s;
        trace += '/';
    }
    void beginArray() override { trace += '['; }
    void endArray() override { trace += ']'; }
    void beginObject() override { trace += '{'; }
    void key(std::string_view s) override {
        trace += 'k';
        trace += s;
        trace += ':';
    }
    void endObject() override { trace += '}'; }
};

std::string events(std::string_view text) {
    Recorder r;
    auto error = parse(text, r);
    if (error) return "error at " + std::to_string(error->offset) + ": " + error->message;
    return r.trace;
}

TEST(JsonParser, Values) {
    EXPECT_EQ(events(" null "), "n");
    EXPECT_EQ(events("[true,false,-0,12,1.5e3,-2E-1]"), "[tf#-0/#12/%1.5e3/%-2E-1/]");
    EXPECT_EQ(events("{\"a\":{\"b\":[]},\"c\":\"d\"}"), "{ka:{kb:[]}kc:$d/}");
    EXPECT_EQ(events("{}"), "{}");
    EXPECT_EQ(events("[[],{}]"), "[[]{}]");
}

TEST(JsonParser, Escapes) {
    EXPECT_EQ(events("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\""), "$\"\\/\b\f\n\r\t/");
    EXPECT_EQ(events("\"\\u00e9\\u20AC\\ud83d\\ude00\""), "$\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80/");
    EXPECT_EQ(events("\"raw \xC3\xA9\""), "$raw \xC3\xA9/");
}

TEST(JsonParser, ErrorsNameTheProblemAndOffset) {
    EXPECT_EQ(events(""), "error at 0: expected a value");
    EXPECT_EQ(events("[1,]"), "error at 3: expected a value");
    EXPECT_EQ(events("[1 2]"), "error at 3: expected ',' or ']' in an array");
    EXPECT_EQ(events("{\"a\" 1}"), "error at 5: expected ':' after an object key");
    EXPECT_EQ(events("{1:2}"), "error at 1: expected a string key in an object");
    EXPECT_EQ(events("01"), "error at 1: extra data after the JSON value");
    EXPECT_EQ(events("1."), "error at 2: expected a digit after the decimal point");
    EXPECT_EQ(events("-"), "error at 1: expected a digit in a number");
    EXPECT_EQ(events("1e+"), "error at 3: expected a digit in the exponent");
    EXPECT_EQ(events("tru"), "error at 0: invalid literal");
    EXPECT_EQ(events("\"abc"), "error at 4: unterminated string");
    EXPECT_EQ(events("\"\\q\""), "error at 2: invalid escape in a string");
    EXPECT_EQ(events("\"\\u12\""), "error at 3: truncated \\u escape");
    EXPECT_EQ(events("\"\\u12x4\""), "error at 5: invalid \\u escape");
    EXPECT_EQ(events("\"\\udc00\""), "error at 7: lone surrogate in a \\u escape");
    EXPECT_EQ(events("\"\\ud800x\""), "error at 7: lone surrogate in a \\u escape");
    EXPECT_EQ(events("\"a\xFF\""), "error at 2: invalid UTF-8 in a string");
    EXPECT_EQ(events("\"\xE2\x82\""), "error at 1: invalid UTF-8 in a string");
}

TEST(JsonParser, DeepNestingUsesNoStack) {
    const size_t depth = 2000000;
    std::string text(depth, '[');
    text.append(depth, ']');
    Recorder r;
    EXPECT_FALSE(parse(text, r));
    EXPECT_EQ(r.trace.size(), 2 * depth);
    text.pop_back();
    EXPECT_TRUE(parse(text, r));
}

}  // namespace
}  // namespace pyfw::lib::json
