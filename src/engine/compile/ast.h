// The syntax tree between the parser and the compiler. One node shape for every kind keeps the
// parser and compiler short; the table below says what each field holds per kind. Nodes live in
// an arena (Ast) that the compile pipeline owns.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace pyfw::engine {

enum class NodeKind : uint8_t {
    // expressions                      fields
    Name,           // str = identifier
    Constant,       // constKind + str (text of int/float/str/bytes)
    JoinedStr,      // list = parts (Constant str or FormattedValue)
    FormattedValue, // a = value, b = format spec (JoinedStr) or null, op = conversion char or 0
    BinOp,          // a op b, op = BinaryOp
    UnaryOp,        // op = 0 neg, 1 pos, 2 invert, 3 not; a = operand
    BoolOp,         // op = 0 and, 1 or; list = operands
    Compare,        // a = left, list = comparators, ops = CompareOp per comparator
    Call,           // a = function, list = positional (may hold Starred), list2 = Keyword nodes
    Attribute,      // a = value, str = attribute
    Subscript,      // a = value, b = index (may be Slice or Tuple of them)
    Slice,          // a, b, c = lower, upper, step (each may be null)
    Starred,        // a = value
    Tuple,          // list = elements
    List,           // list = elements
    Set,            // list = elements
    Dict,           // list = keys (null key: ** unpacking), list2 = values
    ListComp,       // a = element, list = Comprehension nodes
    SetComp,        // a = element, list = Comprehension nodes
    DictComp,       // a = key, b = value, list = Comprehension nodes
    GeneratorExp,   // a = element, list = Comprehension nodes
    IfExp,          // a = test, b = body, c = orelse
    Lambda,         // a = Arguments, b = body expression
    Yield,          // a = value or null
    YieldFrom,      // a = value
    Await,          // a = value
    NamedExpr,      // a = target Name, b = value
    // statements
    Module,         // list = body
    Expr,           // a = value
    Assign,         // list = targets, a = value
    AugAssign,      // a = target, op = BinaryOp, b = value
    AnnAssign,      // a = target, b = annotation, c = value or null
    Delete,         // list = targets
    Pass,
    Break,
    Continue,
    Return,         // a = value or null
    Raise,          // a = exception or null, b = cause or null
    Global,         // names
    Nonlocal,       // names
    If,             // a = test, list = body, list2 = orelse
    While,          // a = test, list = body, list2 = orelse
    For,            // a = target, b = iterable, list = body, list2 = orelse; op = 1 for async
    With,           // list = WithItem nodes, list2 = body; op = 1 for async
    Try,            // list = body, list2 = ExceptHandler nodes, list3 = orelse, list4 = finalbody
    FunctionDef,    // str = name, a = Arguments, list = body, list2 = decorators, b = returns; op = 1 async
    ClassDef,       // str = name, list = bases, list2 = keywords, list3 = body, list4 = decorators
    Import,         // list = Alias nodes
    ImportFrom,     // str = module (may be empty), op = level, list = Alias nodes (str "*" for star)
    Assert,         // a = test, b = message or null
    // helpers
    Arguments,      // list = Arg (positional, incl. positional-only), list2 = defaults (for the last
                    // positionals), list3 = keyword-only Arg, list4 = their defaults (null entries
                    // for none), a = *vararg Arg or null, b = **kwarg Arg or null, op = posonly count
    Arg,            // str = name, a = annotation or null
    Keyword,        // str = name (empty for **), a = value
    Comprehension,  // a = target, b = iterable, list = ifs, op = 1 for async
    ExceptHandler,  // a = type or null, str = name (may be empty), list = body
    Alias,          // str = dotted name, names = {asname} (empty when none)
    WithItem,       // a = context expression, b = target or null
};

enum class ConstKind : uint8_t { None, True, False, Ellipsis, Int, Float, Imaginary, Str, Bytes };

enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge, In, NotIn, Is, IsNot };

struct Node {
    NodeKind kind;
    int line = 0;
    int column = 0;
    int op = 0;
    ConstKind constKind = ConstKind::None;
    std::string str;
    Node* a = nullptr;
    Node* b = nullptr;
    Node* c = nullptr;
    std::vector<Node*> list, list2, list3, list4;
    std::vector<std::string> names;
    std::vector<CompareOp> ops;
};

// Thrown when a compilation would use more host memory than its budget (tokens, syntax tree or
// instruction words); compileSource turns it into MemoryError. The budget scales with the heap.
struct CompileTooLarge {};

class Ast {
public:
    // A tree lives in host memory, outside the GC heap, so its size is bounded too.
    explicit Ast(size_t maxNodes = SIZE_MAX) : maxNodes_(maxNodes) {}

    Node* make(NodeKind kind, int line, int column = 0) {
        if (nodes_.size() >= maxNodes_) throw CompileTooLarge{};
        nodes_.emplace_back();
        Node* n = &nodes_.back();
        n->kind = kind;
        n->line = line;
        n->column = column;
        return n;
    }

private:
    std::deque<Node> nodes_;
    size_t maxNodes_;
};

}  // namespace pyfw::engine
