#include "engine/compile/constants.h"

#include "engine/compile/lexer.h"
#include "engine/objects/numbers.h"
#include "engine/runtime/errors.h"
#include "engine/runtime/interpreter.h"
#include "engine/runtime/runtime.h"

namespace pyfw::engine {

namespace {

// The integer an expression folds to, or no value when it is not a constant integer expression.
// Operations that would raise (a zero divisor, a negative shift) do not fold, as in MicroPython.
Value foldInt(const Node* n) {
    switch (n->kind) {
    case NodeKind::Constant:
        return n->constKind == ConstKind::Int ? intFromString(n->str, 0) : Value();
    case NodeKind::UnaryOp: {
        static const UnaryOp ops[] = {UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert};
        if (n->op > 2) return Value();
        Value v = foldInt(n->a);
        return v ? unaryOp(ops[n->op], v) : Value();
    }
    case NodeKind::BinOp: {
        auto op = BinaryOp(n->op);
        bool integral = op == BinaryOp::Add || op == BinaryOp::Sub || op == BinaryOp::Mul ||
                        op == BinaryOp::FloorDiv || op == BinaryOp::Mod || op == BinaryOp::LShift ||
                        op == BinaryOp::RShift || op == BinaryOp::And || op == BinaryOp::Or ||
                        op == BinaryOp::Xor || op == BinaryOp::Pow;
        if (!integral) return Value();
        Value a = foldInt(n->a);
        Value b = a ? foldInt(n->b) : Value();
        if (!b) return Value();
        bool divides = op == BinaryOp::FloorDiv || op == BinaryOp::Mod;
        bool needsNonNegative = op == BinaryOp::LShift || op == BinaryOp::RShift || op == BinaryOp::Pow;
        if ((divides && intSign(b) == 0) || (needsNonNegative && intSign(b) < 0)) return Value();
        return intBinary(op, a, b);
    }
    default:
        return Value();
    }
}

}  // namespace

bool ConstTable::isConstCall(const Node* value) {
    return value->kind == NodeKind::Call && value->a->kind == NodeKind::Name && value->a->str == "const" &&
           value->list.size() == 1 && value->list[0]->kind != NodeKind::Starred && value->list2.empty();
}

Node* ConstTable::define(Ast& ast, Node* assign) {
    const std::string& name = assign->list[0]->str;
    Value v;
    try {
        v = foldInt(assign->a->list[0]);
    } catch (PythonError&) {
        takePendingException();   // e.g. a result too large for the heap
    }
    if (!v) throw CompileError("constant must be an integer", assign->line, assign->column);
    values_[name] = intToString(v);
    if (name[0] == '_') return ast.make(NodeKind::Pass, assign->line, assign->column);
    assign->a = lookup(ast, name, assign->a->line, assign->a->column);
    return assign;
}

Node* ConstTable::lookup(Ast& ast, const std::string& name, int line, int column) const {
    auto it = values_.find(name);
    if (it == values_.end()) return nullptr;
    Node* n = ast.make(NodeKind::Constant, line, column);
    n->constKind = ConstKind::Int;
    n->str = it->second;
    return n;
}

}  // namespace pyfw::engine
