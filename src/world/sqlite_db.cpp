#include "world/sqlite_db.h"

#include <sqlite3.h>

namespace pyfw::world {

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept : db_(other.db_), statement_(other.statement_) {
    other.statement_ = nullptr;
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(statement_); }

SqliteStatement& SqliteStatement::bind(int index, int64_t value) {
    sqlite3_bind_int64(statement_, index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value) {
    sqlite3_bind_double(statement_, index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const std::string& value) {
    sqlite3_bind_text(statement_, index, value.data(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, base::ByteView value) {
    // A zero-length blob is still a blob (not NULL): the pointer must not be null.
    static const uint8_t kEmpty = 0;
    sqlite3_bind_blob(statement_, index, value.empty() ? &kEmpty : value.data(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index) {
    sqlite3_bind_null(statement_, index);
    return *this;
}

base::Result<bool> SqliteStatement::step() {
    const int rc = sqlite3_step(statement_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    const std::string why = sqlite3_errmsg(db_);
    sqlite3_reset(statement_);
    return base::fail(why);
}

base::Status SqliteStatement::run() {
    base::Result<bool> more = false;
    do more = step();
    while (more.ok() && *more);
    if (!more.ok()) return more.error();
    reset();
    return base::okStatus();
}

void SqliteStatement::reset() {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
}

int64_t SqliteStatement::integer(int column) const { return sqlite3_column_int64(statement_, column); }

double SqliteStatement::real(int column) const { return sqlite3_column_double(statement_, column); }

std::string SqliteStatement::text(int column) const {
    const auto* p = sqlite3_column_text(statement_, column);
    return p ? std::string(reinterpret_cast<const char*>(p), size_t(sqlite3_column_bytes(statement_, column))) : "";
}

base::Bytes SqliteStatement::blob(int column) const {
    const auto* p = static_cast<const uint8_t*>(sqlite3_column_blob(statement_, column));
    return p ? base::Bytes(p, p + sqlite3_column_bytes(statement_, column)) : base::Bytes{};
}

bool SqliteStatement::isNull(int column) const { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }

base::Result<SqliteDb> SqliteDb::open(const std::filesystem::path& path) {
    // SQLite's own words for a folder ("unable to open database file") do not say what is wrong.
    std::error_code ignored;
    if (std::filesystem::is_directory(path, ignored))
        return base::fail(path.string() + ": cannot open the database: it is a folder, not a database file");
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        const std::string why = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close(db);
        return base::fail(path.string() + ": cannot open the database: " + why);
    }
    // Another process (the fleet page, a second reader) may hold a lock for a moment.
    sqlite3_busy_timeout(db, 2000);
    return SqliteDb(db, path);
}

SqliteDb::SqliteDb(SqliteDb&& other) noexcept : db_(other.db_), path_(std::move(other.path_)) { other.db_ = nullptr; }

SqliteDb::~SqliteDb() { sqlite3_close(db_); }

base::Error SqliteDb::error(const std::string& doing) const {
    return base::fail(path_.string() + ": " + doing + ": " + sqlite3_errmsg(db_));
}

base::Status SqliteDb::execute(const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string why = message ? message : "unknown error";
        sqlite3_free(message);
        return base::fail(path_.string() + ": " + why);
    }
    return base::okStatus();
}

base::Result<SqliteStatement> SqliteDb::prepare(const std::string& sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(db_, sql.c_str(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
        SQLITE_OK)
        return error("cannot prepare a statement");
    return SqliteStatement(db_, statement);
}

}  // namespace pyfw::world
