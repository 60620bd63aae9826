// A thin owner of a SQLite connection and its prepared statements (Debian's libsqlite3), so the
// network server's store reads as SQL plus binds, and every failure is an error value naming the
// database and what SQLite said.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "base/bytes.h"
#include "base/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace pyfw::world {

class SqliteStatement {
public:
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement) : db_(db), statement_(statement) {}
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&&) = delete;
    ~SqliteStatement();

    // Parameters are numbered from 1, as in SQL's ?1, ?2.
    SqliteStatement& bind(int index, int64_t value);
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, const std::string& value);
    SqliteStatement& bind(int index, base::ByteView value);
    SqliteStatement& bindNull(int index);
    // One step: true while a row is available, false when done; an error otherwise.
    base::Result<bool> step();
    // Runs to the end (for statements that return no rows) and resets for the next use.
    base::Status run();
    void reset();

    int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    base::Bytes blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* statement_;
};

class SqliteDb {
public:
    static base::Result<SqliteDb> open(const std::filesystem::path& path);
    SqliteDb(SqliteDb&& other) noexcept;
    SqliteDb& operator=(SqliteDb&&) = delete;
    ~SqliteDb();

    // Runs one or more statements that return no rows.
    base::Status execute(const std::string& sql);
    base::Result<SqliteStatement> prepare(const std::string& sql);
    const std::filesystem::path& path() const { return path_; }
    base::Error error(const std::string& doing) const;

private:
    SqliteDb(sqlite3* db, std::filesystem::path path) : db_(db), path_(std::move(path)) {}
    sqlite3* db_;
    std::filesystem::path path_;
};

}  // namespace pyfw::world
