#include "engine/repl/completion.h"

#include <algorithm>
#include <string>
#include <vector>

#include "engine/engine.h"
#include "engine/objects/dict.h"
#include "engine/objects/list.h"
#include "engine/objects/str.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/module.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine::repl {

namespace {

constexpr size_t kSlotWidth = 16;
constexpr size_t kListWidth = 4 * kSlotWidth;

bool isChainChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

void addKeys(DictObject* dict, std::vector<std::string>& names) {
    for (uint32_t i = 0; i < dict->filled; ++i) {
        Value key = dict->entries()[i].key;
        if (key && isInstance(key, &strType)) names.emplace_back(strView(key));
    }
}

// The object a complete word names: a global or builtin at the top, an attribute further on.
Value lookUp(Interpreter& in, Value object, std::string_view word) {
    StrObject* name = intern(word);
    if (object) return getAttrOrNull(object, name);
    if (Value v = dictGetStr(mainModule(in)->dict, name)) return v;
    return dictGetStr(in.builtins, name);
}

std::vector<std::string> namesOf(Interpreter& in, Value object) {
    std::vector<std::string> names;
    if (!object) {
        addKeys(mainModule(in)->dict, names);
        addKeys(in.builtins, names);
    } else {
        Value listing = call1(dictGetStr(in.builtins, intern("dir")), object);
        ListObject* list = listing.as<ListObject>();
        for (uint64_t i = 0; i < list->size; ++i)
            if (isInstance(list->items[i], &strType)) names.emplace_back(strView(list->items[i]));
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

// The candidates for `prefix` among the names of the object the chain before it names.
std::vector<std::string> candidates(Interpreter& in, std::string_view chain, std::string_view& prefix) {
    Value object;
    size_t start = 0;
    for (size_t dot = chain.find('.'); dot != std::string_view::npos; dot = chain.find('.', start)) {
        object = lookUp(in, object, chain.substr(start, dot - start));
        if (!object) return {};
        start = dot + 1;
    }
    prefix = chain.substr(start);
    std::vector<std::string> matches;
    for (std::string& name : namesOf(in, object))
        if (name.compare(0, prefix.size(), prefix) == 0) matches.push_back(std::move(name));
    return matches;
}

std::string listing(const std::vector<std::string>& names) {
    std::string out;
    size_t lineWidth = kListWidth;  // the first name starts a new line
    for (const std::string& name : names) {
        size_t gap = (lineWidth + kSlotWidth - 1) / kSlotWidth * kSlotWidth - lineWidth;
        if (gap < 2) gap += kSlotWidth;
        if (lineWidth + gap + name.size() <= kListWidth) {
            out.append(gap, ' ');
            out += name;
            lineWidth += gap + name.size();
        } else {
            out += "\n" + name;
            lineWidth = name.size();
        }
    }
    return out + "\n";
}

}  // namespace

Completion completeName(Interpreter& in, ConsoleHost& console, std::string_view lineBeforeCursor) {
    size_t chainStart = lineBeforeCursor.size();
    while (chainStart > 0 && isChainChar(lineBeforeCursor[chainStart - 1])) --chainStart;
    std::string_view chain = lineBeforeCursor.substr(chainStart);
    std::string_view prefix;
    std::vector<std::string> matches;
    try {
        matches = candidates(in, chain, prefix);
    } catch (PythonError&) {
        takePendingException();  // a failing attribute lookup simply completes nothing
        return {};
    }
    if (matches.empty()) {
        constexpr std::string_view kImport = "import ";
        bool lineStart = chainStart == 0 && prefix.size() == chain.size();
        if (lineStart && kImport.substr(0, prefix.size()) == prefix) return {std::string(kImport.substr(prefix.size()))};
        return {};
    }
    size_t common = matches.front().size();
    for (const std::string& name : matches) {
        size_t same = 0;
        while (same < common && same < name.size() && name[same] == matches.front()[same]) ++same;
        common = same;
    }
    if (matches.size() == 1 || common > prefix.size()) return {matches.front().substr(prefix.size(), common - prefix.size())};
    console.writeCooked(listing(matches));
    return {.insert = {}, .listed = true};
}

}  // namespace pyfw::engine::repl
