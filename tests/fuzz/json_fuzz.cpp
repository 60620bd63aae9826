// Feeds arbitrary bytes to the JSON parser behind ujson.loads. Every input must end in a parse or
// a ParseError inside the input: never a crash, a sanitizer report, unbalanced events or a hang.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "lib/json_parser.h"

namespace {

// Checks that the events form one well-nested value.
class BalanceSink : public pyfw::lib::json::Sink {
public:
    void null() override { value(); }
    void boolean(bool) override { value(); }
    void number(std::string_view text, bool) override {
        if (text.empty()) std::abort();
        value();
    }
    void string(std::string_view) override { value(); }
    void beginArray() override { ++depth; }
    void endArray() override { close(); }
    void beginObject() override { ++depth; }
    void key(std::string_view) override {
        if (depth == 0) std::abort();
    }
    void endObject() override { close(); }
    long depth = 0;
    long finished = 0;

private:
    void value() {
        if (depth == 0) ++finished;
    }
    void close() {
        if (--depth < 0) std::abort();
        if (depth == 0) ++finished;
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    BalanceSink sink;
    auto error = pyfw::lib::json::parse(text, sink);
    if (error) {
        if (error->offset > size || error->message.empty()) std::abort();
    } else if (sink.depth != 0 || sink.finished != 1) {
        std::abort();
    }
    return 0;
}
