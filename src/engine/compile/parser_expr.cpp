// Expressions, from the lowest precedence (lambda, conditional) to atoms; f-strings.
#include "engine/compile/parser.h"
#include "engine/objects/object.h"

namespace pyfw::engine {

bool Parser::startsExpression() const {
    switch (peek().kind) {
    case Tok::Name: case Tok::Int: case Tok::Float: case Tok::Imaginary: case Tok::String: case Tok::Bytes:
    case Tok::FString: case Tok::KwNone: case Tok::KwTrue: case Tok::KwFalse: case Tok::LParen:
    case Tok::LBracket: case Tok::LBrace: case Tok::Minus: case Tok::Plus: case Tok::Tilde: case Tok::KwNot:
    case Tok::KwLambda: case Tok::Ellipsis: case Tok::Star: case Tok::KwAwait: case Tok::KwYield:
        return true;
    default:
        return false;
    }
}

Node* Parser::testList(bool allowStar) {
    Node* first = allowStar ? starOrTest() : test();
    if (!at(Tok::Comma)) {
        if (first->kind == NodeKind::Starred) errorAt(peek(), "can't use starred expression here");
        return first;
    }
    Node* tuple = ast_.make(NodeKind::Tuple, first->line, first->column);
    tuple->op = 1;   // written without parentheses
    tuple->list.push_back(first);
    while (accept(Tok::Comma)) {
        if (!startsExpression() || at(Tok::KwYield)) break;
        tuple->list.push_back(allowStar ? starOrTest() : test());
    }
    return tuple;
}

Node* Parser::exprList() {
    Node* first = starOrExpr();
    if (!at(Tok::Comma)) return first;
    Node* tuple = ast_.make(NodeKind::Tuple, first->line, first->column);
    tuple->op = 1;
    tuple->list.push_back(first);
    // A trailing comma ends the list: "for a, in pairs:" unpacks one-item tuples.
    while (accept(Tok::Comma)) {
        if (!startsExpression() || at(Tok::KwIn)) break;
        tuple->list.push_back(starOrExpr());
    }
    return tuple;
}

// The paths below that reach bitOr() or orTest() directly skip test()'s depth guard, yet can
// lead back into a bracket (`[*[*[...`, `{**{**...`, `[x for x in [x for x in ...`): each counts a
// level itself, so that nesting them ends in SyntaxError before the C++ stack runs out.
Node* Parser::starOrTest() {
    if (at(Tok::Star)) {
        DepthGuard guard(*this, kMaxExpressionDepth);
        Node* n = node(NodeKind::Starred);
        take();
        n->a = bitOr();
        return n;
    }
    return namedTest();
}

Node* Parser::starOrExpr() {
    if (at(Tok::Star)) {
        DepthGuard guard(*this, kMaxExpressionDepth);
        Node* n = node(NodeKind::Starred);
        take();
        n->a = bitOr();
        return n;
    }
    return bitOr();
}

Node* Parser::namedTest() {
    Node* t = test();
    if (at(Tok::ColonEq)) {
        // PEP 572: only a plain name can be bound by ":=" (no attributes, subscripts, tuples).
        if (t->kind != NodeKind::Name) error("invalid syntax");
        Node* n = node(NodeKind::NamedExpr);
        take();
        n->line = t->line;
        n->a = t;
        n->b = test();
        return n;
    }
    return t;
}

Node* Parser::test() {
    DepthGuard guard(*this, kMaxExpressionDepth);
    if (at(Tok::KwLambda)) return lambda();
    Node* body = orTest();
    // "x if c else y": the condition is an or_test, so a nested conditional there needs
    // parentheses, while the else branch is a full test and chains to the right.
    if (at(Tok::KwIf)) {
        Node* n = ast_.make(NodeKind::IfExp, body->line, body->column);
        take();
        n->b = body;
        n->a = orTest();
        expect(Tok::KwElse);
        n->c = test();
        return n;
    }
    return body;
}

// The filter of a comprehension: a conditional expression there would swallow the next "if"
// clause, so the grammar allows only an or_test (or a lambda).
Node* Parser::testNoCond() {
    if (at(Tok::KwLambda)) return lambda();
    return orTest();
}

Node* Parser::lambda() {
    Node* n = node(NodeKind::Lambda);
    take();
    n->a = arguments(Tok::Colon, false);
    expect(Tok::Colon);
    n->b = test();
    return n;
}

// "a or b or c" is one BoolOp with all operands, not nested pairs: a long chain costs no
// recursion, and the compiler can make every short-circuit jump go straight to the end.
Node* Parser::orTest() {
    Node* left = andTest();
    if (!at(Tok::KwOr)) return left;
    Node* n = ast_.make(NodeKind::BoolOp, left->line, left->column);
    n->op = 1;
    n->list.push_back(left);
    while (accept(Tok::KwOr)) n->list.push_back(andTest());
    return n;
}

Node* Parser::andTest() {
    Node* left = notTest();
    if (!at(Tok::KwAnd)) return left;
    Node* n = ast_.make(NodeKind::BoolOp, left->line, left->column);
    n->op = 0;
    n->list.push_back(left);
    while (accept(Tok::KwAnd)) n->list.push_back(notTest());
    return n;
}

Node* Parser::notTest() {
    if (at(Tok::KwNot)) {
        DepthGuard guard(*this, kMaxExpressionDepth);
        Node* n = node(NodeKind::UnaryOp);
        take();
        n->op = 3;
        n->a = notTest();
        return n;
    }
    return comparison();
}

Node* Parser::comparison() {
    // "a < b < c" is one Compare node: it means "a < b and b < c" with b evaluated once, so it
    // cannot be built from two binary comparisons.
    Node* left = bitOr();
    Node* n = nullptr;
    while (true) {
        CompareOp op;
        switch (peek().kind) {
        case Tok::Less: op = CompareOp::Lt; break;
        case Tok::LessEq: op = CompareOp::Le; break;
        case Tok::EqEq: op = CompareOp::Eq; break;
        case Tok::NotEq: op = CompareOp::Ne; break;
        case Tok::Greater: op = CompareOp::Gt; break;
        case Tok::GreaterEq: op = CompareOp::Ge; break;
        case Tok::KwIn: op = CompareOp::In; break;
        case Tok::KwIs:
            op = peek(1).kind == Tok::KwNot ? CompareOp::IsNot : CompareOp::Is;
            if (op == CompareOp::IsNot) take();
            break;
        case Tok::KwNot:
            // Only "not in" is a comparison; any other "not" here ends the expression.
            if (peek(1).kind != Tok::KwIn) return n ? n : left;
            take();
            op = CompareOp::NotIn;
            break;
        default:
            return n ? n : left;
        }
        take();
        if (!n) {
            n = ast_.make(NodeKind::Compare, left->line, left->column);
            n->a = left;
        }
        n->ops.push_back(op);
        n->list.push_back(bitOr());
    }
}

namespace {
Node* binary(Ast& ast, Node* left, BinaryOp op, Node* right) {
    Node* n = ast.make(NodeKind::BinOp, left->line, left->column);
    n->a = left;
    n->b = right;
    n->op = int(op);
    return n;
}
}  // namespace

// The binary levels below are left-associative, so each is a loop that grows the tree leftwards:
// "1+1+...+1" costs the parser no stack (the compiler bounds its own walk of the tree).
Node* Parser::bitOr() {
    Node* left = bitXor();
    while (accept(Tok::Pipe)) left = binary(ast_, left, BinaryOp::Or, bitXor());
    return left;
}

Node* Parser::bitXor() {
    Node* left = bitAnd();
    while (accept(Tok::Caret)) left = binary(ast_, left, BinaryOp::Xor, bitAnd());
    return left;
}

Node* Parser::bitAnd() {
    Node* left = shift();
    while (accept(Tok::Amp)) left = binary(ast_, left, BinaryOp::And, shift());
    return left;
}

Node* Parser::shift() {
    Node* left = arith();
    while (true) {
        if (accept(Tok::ShiftLeft)) left = binary(ast_, left, BinaryOp::LShift, arith());
        else if (accept(Tok::ShiftRight)) left = binary(ast_, left, BinaryOp::RShift, arith());
        else return left;
    }
}

Node* Parser::arith() {
    Node* left = term();
    while (true) {
        if (accept(Tok::Plus)) left = binary(ast_, left, BinaryOp::Add, term());
        else if (accept(Tok::Minus)) left = binary(ast_, left, BinaryOp::Sub, term());
        else return left;
    }
}

Node* Parser::term() {
    Node* left = factor();
    while (true) {
        BinaryOp op;
        switch (peek().kind) {
        case Tok::Star: op = BinaryOp::Mul; break;
        case Tok::At: op = BinaryOp::MatMul; break;
        case Tok::Slash: op = BinaryOp::TrueDiv; break;
        case Tok::SlashSlash: op = BinaryOp::FloorDiv; break;
        case Tok::Percent: op = BinaryOp::Mod; break;
        default: return left;
        }
        take();
        left = binary(ast_, left, op, factor());
    }
}

// Unary minus binds looser than "**" and tighter than the other binary operators: "-2**2" is
// -(2**2), and "2**-1" works because the right operand of "**" is a factor again.
Node* Parser::factor() {
    int op = -1;
    if (at(Tok::Minus)) op = 0;
    else if (at(Tok::Plus)) op = 1;
    else if (at(Tok::Tilde)) op = 2;
    if (op < 0) return power();
    DepthGuard guard(*this, kMaxExpressionDepth);
    Node* n = node(NodeKind::UnaryOp);
    take();
    n->op = op;
    n->a = factor();
    return n;
}

Node* Parser::power() {
    Node* base;
    if (at(Tok::KwAwait)) {
        // "await x ** 2" is "(await x) ** 2": await binds tighter than any operator.
        base = node(NodeKind::Await);
        take();
        base->a = primary();
    } else {
        base = primary();
    }
    if (!accept(Tok::StarStar)) return base;
    // `a ** b ** c` nests to the right, one C++ frame per operator: bound it like brackets.
    DepthGuard guard(*this, kMaxExpressionDepth);
    return binary(ast_, base, BinaryOp::Pow, factor());
}

Node* Parser::primary() {
    Node* value = atom();
    while (true) {
        if (at(Tok::LParen)) {
            Node* c = call(value);
            value = c;
        } else if (at(Tok::LBracket)) {
            value = subscript(value);
        } else if (at(Tok::Dot)) {
            Node* n = node(NodeKind::Attribute);
            take();
            n->line = value->line;
            n->a = value;
            n->str = expect(Tok::Name).text;
            value = n;
        } else {
            return value;
        }
    }
}

Node* Parser::call(Node* function) {
    Node* n = node(NodeKind::Call);
    expect(Tok::LParen);
    if (function) n->line = function->line;
    n->a = function;
    bool seenKeyword = false, seenDoubleStar = false;
    while (!at(Tok::RParen)) {
        if (accept(Tok::StarStar)) {
            Node* k = node(NodeKind::Keyword);
            k->a = test();
            n->list2.push_back(k);
            seenDoubleStar = true;
        } else if (at(Tok::Star)) {
            // "f(a=1, *b)" is legal (the keywords are matched after the positionals anyway);
            // only "f(**k, *b)" is refused, as CPython does.
            Node* s = node(NodeKind::Starred);
            take();
            s->a = test();
            if (seenDoubleStar) error("iterable argument unpacking follows keyword argument unpacking");
            n->list.push_back(s);
        } else if (at(Tok::Name) && peek(1).kind == Tok::Equal) {
            // "==" is its own token, so "f(a == b)" stays a positional argument.
            Node* k = node(NodeKind::Keyword);
            k->str = take().text;
            take();
            k->a = test();
            n->list2.push_back(k);
            seenKeyword = true;
        } else {
            Node* arg = namedTest();
            // "f(x for x in y)": a generator as the argument needs no parentheses of its own.
            if (at(Tok::KwFor) || (at(Tok::KwAsync) && peek(1).kind == Tok::KwFor)) {
                Node* g = ast_.make(NodeKind::GeneratorExp, arg->line, arg->column);
                g->a = arg;
                g->list = comprehensionClauses();
                arg = g;
            }
            if (seenKeyword || seenDoubleStar) error("positional argument follows keyword argument");
            n->list.push_back(arg);
        }
        if (!accept(Tok::Comma)) break;
    }
    expect(Tok::RParen);
    return n;
}

Node* Parser::sliceItem() {
    Node* lower = nullptr;
    if (!at(Tok::Colon)) {
        lower = starOrTest();
        if (!at(Tok::Colon)) return lower;
    }
    Node* s = node(NodeKind::Slice);
    take();
    s->a = lower;
    if (!at(Tok::Colon) && !at(Tok::RBracket) && !at(Tok::Comma)) s->b = test();
    if (accept(Tok::Colon)) {
        if (!at(Tok::RBracket) && !at(Tok::Comma)) s->c = test();
    }
    return s;
}

Node* Parser::subscript(Node* value) {
    Node* n = node(NodeKind::Subscript);
    take();   // [
    n->line = value->line;
    n->a = value;
    Node* first = sliceItem();
    // "a[i, j:k]" indexes with one tuple (which may hold slices): the object's __getitem__
    // decides what a multi-dimensional index means.
    if (at(Tok::Comma)) {
        Node* tuple = ast_.make(NodeKind::Tuple, first->line, first->column);
        tuple->list.push_back(first);
        while (accept(Tok::Comma)) {
            if (at(Tok::RBracket)) break;
            tuple->list.push_back(sliceItem());
        }
        first = tuple;
    }
    n->b = first;
    expect(Tok::RBracket);
    return n;
}

std::vector<Node*> Parser::comprehensionClauses() {
    DepthGuard guard(*this, kMaxExpressionDepth);
    std::vector<Node*> clauses;
    while (at(Tok::KwFor) || (at(Tok::KwAsync) && peek(1).kind == Tok::KwFor)) {
        Node* c = node(NodeKind::Comprehension);
        if (accept(Tok::KwAsync)) c->op = 1;
        take();
        c->a = exprList();
        checkAssignTarget(c->a);
        expect(Tok::KwIn);
        c->b = orTest();  // not a test: an "if" after the iterable starts a filter clause
        while (accept(Tok::KwIf)) c->list.push_back(testNoCond());
        clauses.push_back(c);
    }
    return clauses;
}

Node* Parser::yieldExpression() {
    Node* n = node(NodeKind::Yield);
    take();
    if (accept(Tok::KwFrom)) {
        // "yield from" delegates to one iterable; a bare "yield a, b" yields a tuple.
        n->kind = NodeKind::YieldFrom;
        n->a = test();
        return n;
    }
    if (startsExpression()) n->a = testList(true);
    return n;
}

Node* Parser::parenthesized() {
    Node* open = node(NodeKind::Tuple);
    take();   // (
    if (accept(Tok::RParen)) return open;   // ()
    // A yield used as a value must be parenthesised, so this is the one place it is an atom.
    if (at(Tok::KwYield)) {
        Node* y = yieldExpression();
        expect(Tok::RParen);
        return y;
    }
    Node* first = starOrTest();
    if (at(Tok::KwFor) || (at(Tok::KwAsync) && peek(1).kind == Tok::KwFor)) {
        Node* g = ast_.make(NodeKind::GeneratorExp, first->line, first->column);
        g->a = first;
        g->list = comprehensionClauses();
        expect(Tok::RParen);
        return g;
    }
    // "(x)" is x itself: only a comma makes a tuple.
    if (accept(Tok::RParen)) {
        if (first->kind == NodeKind::Starred) error("can't use starred expression here");
        if (first->kind == NodeKind::Tuple && first->op == 1) first->op = 0;
        return first;
    }
    open->list.push_back(first);
    while (accept(Tok::Comma)) {
        if (at(Tok::RParen)) break;
        open->list.push_back(starOrTest());
    }
    expect(Tok::RParen);
    return open;
}

Node* Parser::bracketed() {
    Node* list = node(NodeKind::List);
    take();   // [
    if (accept(Tok::RBracket)) return list;
    Node* first = starOrTest();
    if (at(Tok::KwFor) || (at(Tok::KwAsync) && peek(1).kind == Tok::KwFor)) {
        Node* c = ast_.make(NodeKind::ListComp, list->line, list->column);
        c->a = first;
        c->list = comprehensionClauses();
        expect(Tok::RBracket);
        return c;
    }
    list->list.push_back(first);
    while (accept(Tok::Comma)) {
        if (at(Tok::RBracket)) break;
        list->list.push_back(starOrTest());
    }
    expect(Tok::RBracket);
    return list;
}

Node* Parser::braced() {
    Node* dict = node(NodeKind::Dict);
    take();   // {
    // "{}" is an empty dict, never a set; the first item decides the rest: "k: v" or "**d"
    // makes a dict, anything else (including "*it") a set.
    if (accept(Tok::RBrace)) return dict;
    if (accept(Tok::StarStar)) {
        DepthGuard guard(*this, kMaxExpressionDepth);
        dict->list.push_back(nullptr);  // a null key marks "**mapping" for the compiler
        dict->list2.push_back(bitOr());
    } else {
        Node* first = starOrTest();
        if (first->kind != NodeKind::Starred && accept(Tok::Colon)) {
            Node* value = test();
            if (at(Tok::KwFor) || (at(Tok::KwAsync) && peek(1).kind == Tok::KwFor)) {
                Node* c = ast_.make(NodeKind::DictComp, dict->line, dict->column);
                c->a = first;
                c->b = value;
                c->list = comprehensionClauses();
                expect(Tok::RBrace);
                return c;
            }
            dict->list.push_back(first);
            dict->list2.push_back(value);
        } else {
            Node* set = ast_.make(NodeKind::Set, dict->line, dict->column);
            if (at(Tok::KwFor) || (at(Tok::KwAsync) && peek(1).kind == Tok::KwFor)) {
                set->kind = NodeKind::SetComp;
                set->a = first;
                set->list = comprehensionClauses();
                expect(Tok::RBrace);
                return set;
            }
            set->list.push_back(first);
            while (accept(Tok::Comma)) {
                if (at(Tok::RBrace)) break;
                set->list.push_back(starOrTest());
            }
            expect(Tok::RBrace);
            return set;
        }
    }
    while (accept(Tok::Comma)) {
        if (at(Tok::RBrace)) break;
        if (accept(Tok::StarStar)) {
            DepthGuard guard(*this, kMaxExpressionDepth);
            dict->list.push_back(nullptr);
            dict->list2.push_back(bitOr());
            continue;
        }
        dict->list.push_back(test());
        expect(Tok::Colon);
        dict->list2.push_back(test());
    }
    expect(Tok::RBrace);
    return dict;
}

Node* Parser::atom() {
    const Token& t = peek();
    Node* n;
    switch (t.kind) {
    case Tok::LParen: return parenthesized();
    case Tok::LBracket: return bracketed();
    case Tok::LBrace: return braced();
    case Tok::Name:
        // A name bound by const() is replaced by its value here, as MicroPython's compiler does,
        // so using it costs no lookup at run time.
        if (Node* constant = consts_.lookup(ast_, t.text, t.line, t.column)) {
            take();
            return constant;
        }
        n = node(NodeKind::Name);
        n->str = take().text;
        return n;
    case Tok::Int:
    case Tok::Float:
    case Tok::Imaginary:
        n = node(NodeKind::Constant);
        n->constKind = t.kind == Tok::Int ? ConstKind::Int : t.kind == Tok::Float ? ConstKind::Float : ConstKind::Imaginary;
        n->str = take().text;
        return n;
    case Tok::String:
    case Tok::Bytes:
    case Tok::FString:
        return strings();
    case Tok::KwNone: n = node(NodeKind::Constant); n->constKind = ConstKind::None; take(); return n;
    case Tok::KwTrue: n = node(NodeKind::Constant); n->constKind = ConstKind::True; take(); return n;
    case Tok::KwFalse: n = node(NodeKind::Constant); n->constKind = ConstKind::False; take(); return n;
    case Tok::Ellipsis: n = node(NodeKind::Constant); n->constKind = ConstKind::Ellipsis; take(); return n;
    default:
        error("invalid syntax");
    }
}

Node* Parser::strings() {
    Node* first = node(NodeKind::Constant);
    bool bytes = at(Tok::Bytes);
    bool anyFormat = false;
    // Adjacent literals are one constant, joined at compile time ("a" "b" is "ab").
    std::vector<Token> parts;
    while (at(Tok::String) || at(Tok::Bytes) || at(Tok::FString)) {
        if (at(Tok::Bytes) != bytes) error("cannot mix bytes and nonbytes literals");
        anyFormat |= at(Tok::FString);
        parts.push_back(take());
    }
    if (!anyFormat) {
        first->constKind = bytes ? ConstKind::Bytes : ConstKind::Str;
        for (auto& p : parts) first->str += p.text;
        return first;
    }
    Node* joined = ast_.make(NodeKind::JoinedStr, first->line, first->column);
    for (auto& p : parts) {
        if (p.kind == Tok::FString) {
            parseFString(joined, p);
        } else {
            Node* c = ast_.make(NodeKind::Constant, p.line, p.column);
            c->constKind = ConstKind::Str;
            c->str = p.text;
            joined->list.push_back(c);
        }
    }
    return joined;
}

void Parser::parseFString(Node* joined, const Token& token, int nesting) {
    const std::string& body = token.text;
    auto fail = [&](const char* message) { throw CompileError(message, token.line, token.column); };
    auto addLiteral = [&](const std::string& text) {
        if (text.empty()) return;
        Node* c = ast_.make(NodeKind::Constant, token.line, token.column);
        c->constKind = ConstKind::Str;
        c->str = decodeStringEscapes(text, token.rawString);
        joined->list.push_back(c);
    };
    std::string literal;
    size_t i = 0;
    while (i < body.size()) {
        char c = body[i];
        if (c == '{' && i + 1 < body.size() && body[i + 1] == '{') {
            literal += '{';
            i += 2;
            continue;
        }
        if (c == '}') {
            if (i + 1 < body.size() && body[i + 1] == '}') {
                literal += '}';
                i += 2;
                continue;
            }
            fail("f-string: single '}' is not allowed");
        }
        if (c != '{') {
            literal += c;
            ++i;
            continue;
        }
        if (nesting >= 2) fail("f-string: expressions nested too deeply");
        // An expression: find its end at depth 0 ('!', ':' or '}'), skipping nested brackets/strings.
        // "!=" is an operator, not a conversion, and a ':' inside brackets (a slice, a lambda in
        // parentheses, a dict) does not start the format spec.
        size_t start = ++i;
        int depth = 0;
        char quote = 0;
        while (i < body.size()) {
            char d = body[i];
            if (quote) {
                if (d == quote) quote = 0;
            } else if (d == '\'' || d == '"') {
                quote = d;
            } else if (d == '(' || d == '[' || d == '{') {
                ++depth;
            } else if (d == ')' || d == ']' || (d == '}' && depth > 0)) {
                --depth;
            } else if (depth == 0 && (d == '}' || d == ':' || (d == '!' && i + 1 < body.size() && body[i + 1] != '='))) {
                break;
            }
            ++i;
        }
        if (i >= body.size()) fail("f-string: expecting '}'");
        std::string exprText = body.substr(start, i - start);
        // f"{x=}" (3.8) prints the expression text too; "==", "!=", "<=", ">=" end in "=" but
        // are comparisons.
        bool selfDocumenting = false;
        {
            size_t end = exprText.find_last_not_of(" \t");
            if (end != std::string::npos && exprText[end] == '=' &&
                (end == 0 || std::string("=!<>").find(exprText[end - 1]) == std::string::npos)) {
                selfDocumenting = true;
                literal += exprText;
                exprText = exprText.substr(0, end);
            }
        }
        addLiteral(literal);
        literal.clear();
        if (exprText.find_first_not_of(" \t\n") == std::string::npos) fail("f-string: empty expression not allowed");
        // Parenthesised, so "a, b" is a tuple and newlines inside the braces join as in brackets.
        std::string source = "(" + exprText + ")";
        Lexer lexer(source, token.line);
        Parser sub(ast_, lexer.tokenize());
        sub.depth_ = depth_;   // an f-string inside the expression counts toward the same limit
        Node* value = sub.testList(true);
        Node* fv = ast_.make(NodeKind::FormattedValue, token.line, token.column);
        fv->a = value;
        if (selfDocumenting) fv->op = 'r';  // "=" defaults to repr ...
        if (body[i] == '!') {
            if (i + 1 >= body.size() || std::string("rsa").find(body[i + 1]) == std::string::npos)
                fail("f-string: invalid conversion character");
            fv->op = body[i + 1];
            i += 2;
        }
        if (i < body.size() && body[i] == ':') {
            // The spec may hold replacement fields of its own (f"{x:{width}}"): it is parsed as a
            // nested f-string body.
            size_t specStart = ++i;
            int nest = 0;
            while (i < body.size() && (body[i] != '}' || nest > 0)) {
                if (body[i] == '{') ++nest;
                else if (body[i] == '}') --nest;
                ++i;
            }
            Node* spec = ast_.make(NodeKind::JoinedStr, token.line, token.column);
            Token specToken = token;
            specToken.text = body.substr(specStart, i - specStart);
            parseFString(spec, specToken, nesting + 1);
            fv->b = spec;
            if (selfDocumenting && fv->op == 'r') fv->op = 0;  // ... but format() with a spec
        }
        if (i >= body.size() || body[i] != '}') fail("f-string: expecting '}'");
        ++i;
        joined->list.push_back(fv);
    }
    addLiteral(literal);
}

}  // namespace pyfw::engine
