// Statements. See parser.h.
#include "engine/compile/parser.h"

#include "engine/objects/object.h"

namespace pyfw::engine {

// Lookahead past the end answers the End token, so no rule needs its own bounds check.
const Token& Parser::peek(size_t ahead) const {
    size_t i = pos_ + ahead;
    return tokens_[i < tokens_.size() ? i : tokens_.size() - 1];
}

bool Parser::accept(Tok kind) {
    if (!at(kind)) return false;
    ++pos_;
    return true;
}

Token Parser::take() {
    Token t = peek();
    if (pos_ < tokens_.size() - 1) ++pos_;  // stay on End, so an error there still has a position
    return t;
}

const Token& Parser::expect(Tok kind, const char* what) {
    if (!at(kind)) {
        if (kind == Tok::Indent) errorAt(peek(), "expected an indented block");
        (void)what;
        error("invalid syntax");
    }
    return tokens_[pos_++];
}

void Parser::error(const std::string& message) const { errorAt(peek(), message); }

void Parser::errorAt(const Token& t, const std::string& message) const {
    // Indentation messages raise IndentationError (a SyntaxError subclass), as in CPython.
    bool indentation = message.find("indent") != std::string::npos;
    throw CompileError(message, t.line, t.column, indentation);
}

Parser::DepthGuard::DepthGuard(Parser& p, int limit) : parser(p) {
    if (++parser.depth_ > limit) parser.error("too many nested parentheses or expressions");
}

Node* Parser::node(NodeKind kind) const { return ast_.make(kind, peek().line, peek().column); }

Node* Parser::parseFile() {
    Node* module = node(NodeKind::Module);
    while (accept(Tok::Newline)) {
    }
    while (!at(Tok::End)) {
        if (at(Tok::Indent)) errorAt(peek(), "unexpected indent");
        statement(module->list);
        while (accept(Tok::Newline)) {
        }
    }
    return module;
}

Node* Parser::parseEval() {
    while (accept(Tok::Newline)) {
    }
    Node* e = testList(true);
    while (accept(Tok::Newline)) {
    }
    if (!at(Tok::End)) error("invalid syntax");
    return e;
}

Node* Parser::parseSingle() { return parseFile(); }

void Parser::statement(std::vector<Node*>& out) {
    switch (peek().kind) {
    case Tok::KwIf: out.push_back(ifStatement()); return;
    case Tok::KwWhile: out.push_back(whileStatement()); return;
    case Tok::KwFor: out.push_back(forStatement(false)); return;
    case Tok::KwTry: out.push_back(tryStatement()); return;
    case Tok::KwWith: out.push_back(withStatement(false)); return;
    case Tok::KwDef: out.push_back(functionDef({}, false)); return;
    case Tok::KwClass: out.push_back(classDef({})); return;
    case Tok::At: out.push_back(decorated()); return;
    case Tok::KwAsync: {
        Tok next = peek(1).kind;
        if (next == Tok::KwDef) {
            take();
            out.push_back(functionDef({}, true));
            return;
        }
        if (next == Tok::KwFor) {
            take();
            out.push_back(forStatement(true));
            return;
        }
        if (next == Tok::KwWith) {
            take();
            out.push_back(withStatement(true));
            return;
        }
        error("invalid syntax");
    }
    default:
        simpleStatements(out);
    }
}

void Parser::simpleStatements(std::vector<Node*>& out) {
    out.push_back(smallStatement());
    while (accept(Tok::Semicolon)) {
        if (at(Tok::Newline) || at(Tok::End)) break;
        out.push_back(smallStatement());
    }
    if (!accept(Tok::Newline) && !at(Tok::End)) error("invalid syntax");
}

Node* Parser::smallStatement() {
    Node* n;
    switch (peek().kind) {
    case Tok::KwPass: n = node(NodeKind::Pass); take(); return n;
    case Tok::KwBreak: n = node(NodeKind::Break); take(); return n;
    case Tok::KwContinue: n = node(NodeKind::Continue); take(); return n;
    case Tok::KwReturn:
        n = node(NodeKind::Return);
        take();
        if (startsExpression()) n->a = testList(true);
        return n;
    case Tok::KwRaise:
        n = node(NodeKind::Raise);
        take();
        if (startsExpression()) {
            n->a = test();
            if (accept(Tok::KwFrom)) n->b = test();
        }
        return n;
    case Tok::KwGlobal:
    case Tok::KwNonlocal:
        n = node(at(Tok::KwGlobal) ? NodeKind::Global : NodeKind::Nonlocal);
        take();
        do {
            n->names.push_back(expect(Tok::Name).text);
        } while (accept(Tok::Comma));
        return n;
    case Tok::KwDel:
        n = node(NodeKind::Delete);
        take();
        {
            // "del a, b" deletes each target in turn, left to right, and stops at the first that
            // fails; a parenthesised "del (a, b)" stays one tuple target, unpacked the same way.
            Node* targets = exprList();
            if (targets->kind == NodeKind::Tuple && targets->line == n->line && !targets->list.empty() &&
                targets->op == 1)
                n->list = targets->list;
            else
                n->list.push_back(targets);
            for (Node* t : n->list) checkAssignTarget(t);
        }
        return n;
    case Tok::KwAssert:
        n = node(NodeKind::Assert);
        take();
        n->a = test();
        if (accept(Tok::Comma)) n->b = test();
        return n;
    case Tok::KwImport: return importStatement();
    case Tok::KwFrom: return fromImport();
    default: return expressionStatement();
    }
}

Node* Parser::expressionStatement() {
    Node* first = at(Tok::KwYield) ? yieldExpression() : testList(true);
    Tok k = peek().kind;
    static const struct { Tok tok; BinaryOp op; } augmented[] = {
        {Tok::PlusEq, BinaryOp::Add}, {Tok::MinusEq, BinaryOp::Sub}, {Tok::StarEq, BinaryOp::Mul},
        {Tok::AtEq, BinaryOp::MatMul}, {Tok::SlashEq, BinaryOp::TrueDiv}, {Tok::SlashSlashEq, BinaryOp::FloorDiv},
        {Tok::PercentEq, BinaryOp::Mod}, {Tok::StarStarEq, BinaryOp::Pow}, {Tok::ShiftLeftEq, BinaryOp::LShift},
        {Tok::ShiftRightEq, BinaryOp::RShift}, {Tok::AmpEq, BinaryOp::And}, {Tok::CaretEq, BinaryOp::Xor},
        {Tok::PipeEq, BinaryOp::Or},
    };
    for (const auto& a : augmented) {
        if (k != a.tok) continue;
        Node* n = ast_.make(NodeKind::AugAssign, first->line, first->column);
        take();
        checkAssignTarget(first, true);
        n->a = first;
        n->op = int(a.op);
        n->b = at(Tok::KwYield) ? yieldExpression() : testList(true);
        return n;
    }
    if (k == Tok::Colon) {
        take();
        Node* n = ast_.make(NodeKind::AnnAssign, first->line, first->column);
        checkAssignTarget(first);
        n->a = first;
        n->b = test();
        if (accept(Tok::Equal)) n->c = at(Tok::KwYield) ? yieldExpression() : testList(true);
        return n;
    }
    if (k != Tok::Equal) {
        Node* n = ast_.make(NodeKind::Expr, first->line, first->column);
        n->a = first;
        return n;
    }
    // "a = b = value": only the last item is evaluated as the value; the others are targets,
    // assigned left to right (the Python order, visible when targets have side effects).
    Node* n = ast_.make(NodeKind::Assign, first->line, first->column);
    n->list.push_back(first);
    while (accept(Tok::Equal)) {
        Node* value = at(Tok::KwYield) ? yieldExpression() : testList(true);
        n->list.push_back(value);
    }
    n->a = n->list.back();
    n->list.pop_back();
    for (Node* t : n->list) checkAssignTarget(t);
    // MicroPython folds "NAME = const(...)" only for one plain name; anything else is an ordinary
    // call of const(), which returns its argument.
    if (n->list.size() == 1 && n->list[0]->kind == NodeKind::Name && ConstTable::isConstCall(n->a))
        return consts_.define(ast_, n);
    return n;
}

void Parser::checkAssignTarget(Node* t, bool augmented) const {
    switch (t->kind) {
    case NodeKind::Name:
    case NodeKind::Attribute:
    case NodeKind::Subscript:
        return;
    case NodeKind::Tuple:
    case NodeKind::List:
        // "a, b += 1" has no meaning: an augmented target must be a single place.
        if (augmented) break;
        for (Node* e : t->list) checkAssignTarget(e->kind == NodeKind::Starred ? e->a : e);
        return;
    case NodeKind::Starred:
        if (augmented) break;
        checkAssignTarget(t->a);
        return;
    default:
        break;
    }
    throw CompileError(augmented ? "illegal expression for augmented assignment" : "can't assign to expression",
                       t->line, t->column);
}

std::vector<Node*> Parser::block() {
    std::vector<Node*> body;
    // Each nested block recurses here and again in the compiler, so the depth is bounded before
    // the C++ stack is. The count is restored on unwinding too: withStatement catches a
    // CompileError to backtrack and goes on parsing.
    if (++blockDepth_ > kMaxBlockDepth) error("too many statically nested blocks");
    struct Leave {
        int& depth;
        ~Leave() { --depth; }
    } leave{blockDepth_};
    expect(Tok::Colon);
    if (accept(Tok::Newline)) {
        expect(Tok::Indent);
        while (!at(Tok::Dedent) && !at(Tok::End)) {
            statement(body);
            while (accept(Tok::Newline)) {
            }
        }
        accept(Tok::Dedent);
    } else {
        simpleStatements(body);  // "if x: a; b" — the body is the rest of the line
    }
    return body;
}

// An elif is an If inside the else branch of the one before; the chain is built in a loop, as a
// program may have thousands of branches.
Node* Parser::ifStatement() {
    Node* head = nullptr;
    Node* last = nullptr;
    do {
        Node* n = node(NodeKind::If);
        take();   // if / elif
        n->a = namedTest();
        n->list = block();
        if (last) last->list2.push_back(n);
        else head = n;
        last = n;
    } while (at(Tok::KwElif));
    if (accept(Tok::KwElse)) last->list2 = block();
    return head;
}

Node* Parser::whileStatement() {
    Node* n = node(NodeKind::While);
    take();
    n->a = namedTest();
    n->list = block();
    if (accept(Tok::KwElse)) n->list2 = block();
    return n;
}

Node* Parser::forStatement(bool isAsync) {
    Node* n = node(NodeKind::For);
    n->op = isAsync;
    take();
    n->a = exprList();
    checkAssignTarget(n->a);
    expect(Tok::KwIn);
    n->b = testList(true);
    n->list = block();
    if (accept(Tok::KwElse)) n->list2 = block();
    return n;
}

Node* Parser::tryStatement() {
    Node* n = node(NodeKind::Try);
    take();
    n->list = block();
    while (at(Tok::KwExcept)) {
        Node* h = node(NodeKind::ExceptHandler);
        take();
        if (!at(Tok::Colon)) {
            h->a = test();
            if (accept(Tok::KwAs)) h->str = expect(Tok::Name).text;
            else if (accept(Tok::Comma)) error("multiple exception types must be parenthesized");
        }
        h->list = block();
        n->list2.push_back(h);
    }
    // An else runs when no handler did, so it needs handlers; a try needs an except or a finally.
    if (accept(Tok::KwElse)) {
        if (n->list2.empty()) error("invalid syntax");
        n->list3 = block();
    }
    if (accept(Tok::KwFinally)) n->list4 = block();
    if (n->list2.empty() && n->list4.empty()) error("invalid syntax");
    return n;
}

Node* Parser::withStatement(bool isAsync) {
    Node* n = node(NodeKind::With);
    n->op = isAsync;
    take();
    bool parenthesized = at(Tok::LParen);
    // "with (a as b, c as d):" — only when the parenthesis holds "as" items. Otherwise the
    // parenthesis was part of the first expression ("with (f()) as x:", "with (a).b:"), which
    // only shows after the closing parenthesis, so parse it as a list of items and, failing that,
    // go back to the parenthesis and parse again as plain expressions.
    size_t save = pos_;
    if (parenthesized) {
        take();
        try {
            do {
                if (at(Tok::RParen)) break;
                Node* item = node(NodeKind::WithItem);
                item->a = test();
                if (accept(Tok::KwAs)) {
                    item->b = starOrExpr();
                    checkAssignTarget(item->b);
                }
                n->list.push_back(item);
            } while (accept(Tok::Comma));
            expect(Tok::RParen);
            if (!at(Tok::Colon)) throw CompileError("", 0, 0);  // not the item form: backtrack
        } catch (CompileError&) {
            pos_ = save;
            n->list.clear();
            parenthesized = false;
        }
    }
    if (!parenthesized) {
        do {
            Node* item = node(NodeKind::WithItem);
            item->a = test();
            if (accept(Tok::KwAs)) {
                item->b = starOrExpr();
                checkAssignTarget(item->b);
            }
            n->list.push_back(item);
        } while (accept(Tok::Comma));
    }
    n->list2 = block();
    return n;
}

Node* Parser::arguments(Tok closing, bool allowAnnotations) {
    Node* args = node(NodeKind::Arguments);
    bool seenStar = false, seenDefault = false;
    while (!at(closing)) {
        if (accept(Tok::StarStar)) {
            Node* a = node(NodeKind::Arg);
            a->str = expect(Tok::Name).text;
            if (allowAnnotations && accept(Tok::Colon)) a->a = test();
            args->b = a;
            accept(Tok::Comma);  // **kwargs is last; only a trailing comma may follow
            if (!at(closing)) error("invalid syntax");
            break;
        }
        if (accept(Tok::Star)) {
            if (seenStar) error("invalid syntax");
            seenStar = true;
            if (at(Tok::Name)) {
                Node* a = node(NodeKind::Arg);
                a->str = take().text;
                if (allowAnnotations && accept(Tok::Colon)) a->a = test();
                args->a = a;
            } else if (at(closing) || peek(1).kind == closing) {
                // A bare * only marks where keyword-only parameters start, so some must follow.
                error("named arguments must follow bare *");
            }
        } else if (accept(Tok::Slash)) {
            // PEP 570: "/" ends the positional-only parameters; op keeps how many there are.
            if (seenStar || args->op) error("invalid syntax");
            args->op = int(args->list.size());
        } else {
            Node* a = node(NodeKind::Arg);
            a->str = expect(Tok::Name).text;
            if (allowAnnotations && accept(Tok::Colon)) a->a = test();
            Node* def = nullptr;
            if (accept(Tok::Equal)) def = test();
            // Keyword-only parameters are matched by name, so a default may precede one without;
            // positional ones are filled left to right, so defaults must come last.
            if (seenStar) {
                args->list3.push_back(a);
                args->list4.push_back(def);
            } else {
                if (def) {
                    seenDefault = true;
                    args->list2.push_back(def);
                } else if (seenDefault) {
                    errorAt(peek(), "non-default argument follows default argument");
                }
                args->list.push_back(a);
            }
        }
        if (!accept(Tok::Comma)) break;
    }
    // Reject duplicate parameter names (a quadratic scan: parameter lists are short).
    std::vector<std::string> seen;
    auto check = [&](Node* a) {
        if (!a) return;
        for (auto& s : seen)
            if (s == a->str) throw CompileError("duplicate argument '" + a->str + "' in function definition", a->line, a->column);
        seen.push_back(a->str);
    };
    for (Node* a : args->list) check(a);
    check(args->a);
    for (Node* a : args->list3) check(a);
    check(args->b);
    return args;
}

Node* Parser::functionDef(std::vector<Node*> decorators, bool isAsync) {
    Node* n = node(NodeKind::FunctionDef);
    n->op = isAsync;
    take();   // def
    n->str = expect(Tok::Name).text;
    expect(Tok::LParen);
    n->a = arguments(Tok::RParen, true);
    expect(Tok::RParen);
    if (accept(Tok::Arrow)) n->b = test();
    n->list = block();
    n->list2 = std::move(decorators);
    return n;
}

Node* Parser::classDef(std::vector<Node*> decorators) {
    Node* n = node(NodeKind::ClassDef);
    take();
    n->str = expect(Tok::Name).text;
    if (at(Tok::LParen)) {
        // Bases and keywords (metaclass=...) have exactly the grammar of call arguments.
        Node* c = call(nullptr);
        n->list = c->list;
        n->list2 = c->list2;
    }
    n->list3 = block();
    n->list4 = std::move(decorators);
    return n;
}

Node* Parser::decorated() {
    std::vector<Node*> decorators;
    while (accept(Tok::At)) {
        // PEP 614: any expression may follow "@", not only a dotted name with one call.
        decorators.push_back(namedTest());
        expect(Tok::Newline);
    }
    if (at(Tok::KwDef)) return functionDef(std::move(decorators), false);
    if (at(Tok::KwClass)) return classDef(std::move(decorators));
    if (at(Tok::KwAsync) && peek(1).kind == Tok::KwDef) {
        take();
        return functionDef(std::move(decorators), true);
    }
    error("invalid syntax");
}

std::string Parser::dottedName() {
    std::string name = expect(Tok::Name).text;
    while (accept(Tok::Dot)) name += "." + expect(Tok::Name).text;
    return name;
}

Node* Parser::importStatement() {
    Node* n = node(NodeKind::Import);
    take();
    do {
        Node* alias = node(NodeKind::Alias);
        alias->str = dottedName();
        if (accept(Tok::KwAs)) alias->names.push_back(expect(Tok::Name).text);
        n->list.push_back(alias);
    } while (accept(Tok::Comma));
    return n;
}

Node* Parser::fromImport() {
    Node* n = node(NodeKind::ImportFrom);
    take();
    int level = 0;
    while (true) {
        if (accept(Tok::Dot)) ++level;
        else if (accept(Tok::Ellipsis)) level += 3;  // the lexer reads "..." as one token
        else break;
    }
    if (!at(Tok::KwImport)) n->str = dottedName();
    else if (level == 0) error("invalid syntax");  // "from import x" names no module
    n->op = level;
    expect(Tok::KwImport);
    if (accept(Tok::Star)) {
        Node* alias = node(NodeKind::Alias);
        alias->str = "*";
        n->list.push_back(alias);
        return n;
    }
    bool paren = accept(Tok::LParen);
    do {
        if (paren && at(Tok::RParen)) break;
        Node* alias = node(NodeKind::Alias);
        alias->str = expect(Tok::Name).text;
        if (accept(Tok::KwAs)) alias->names.push_back(expect(Tok::Name).text);
        n->list.push_back(alias);
    } while (accept(Tok::Comma));
    if (paren) expect(Tok::RParen);
    if (n->list.empty()) error("invalid syntax");
    return n;
}

}  // namespace pyfw::engine
