// Errors are values inside the libraries: a function that can fail returns Result<T> (or Status),
// and the CLI turns an Error into one clear sentence and a non-zero exit.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace pyfw::base {

// One sentence that names the input and the rule it broke, e.g.
// "app.bin: segment 2 runs past the end of the file".
struct Error {
    std::string message;
};

inline Error fail(std::string message) { return Error{std::move(message)}; }

// E is the error: an Error (one sentence) everywhere, except where callers need more than the
// sentence (the file system's errno values, port/fs/errors.h).
template <typename T, typename E = Error>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(E error) : state_(std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { assert(ok()); return std::get<0>(state_); }
    const T& value() const& { assert(ok()); return std::get<0>(state_); }
    T&& value() && { assert(ok()); return std::get<0>(std::move(state_)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const E& error() const { assert(!ok()); return std::get<1>(state_); }

private:
    std::variant<T, E> state_;
};

template <typename E>
class [[nodiscard]] Result<void, E> {
public:
    Result() = default;
    Result(E error) : error_(std::move(error)) {}

    bool ok() const { return !error_.has_value(); }
    explicit operator bool() const { return ok(); }
    const E& error() const { assert(!ok()); return *error_; }

private:
    std::optional<E> error_;
};

using Status = Result<void>;

inline Status okStatus() { return {}; }

}  // namespace pyfw::base

// PYFW_TRY(expr): return the error of a failed Status/Result from the enclosing function.
#define PYFW_TRY(expr)                                              \
    do {                                                            \
        auto&& pyfw_try_result_ = (expr);                           \
        if (!pyfw_try_result_.ok()) return pyfw_try_result_.error(); \
    } while (0)

// PYFW_ASSIGN(decl, expr): declare decl from a successful Result, or return its error.
#define PYFW_CONCAT_INNER(a, b) a##b
#define PYFW_CONCAT(a, b) PYFW_CONCAT_INNER(a, b)
#define PYFW_ASSIGN(decl, expr) PYFW_ASSIGN_IMPL(PYFW_CONCAT(pyfw_assign_, __LINE__), decl, expr)
#define PYFW_ASSIGN_IMPL(tmp, decl, expr)        \
    auto tmp = (expr);                           \
    if (!tmp.ok()) return tmp.error();           \
    decl = std::move(tmp).value()
