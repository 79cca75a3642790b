#include "db.h"

#include <stdexcept>

namespace notes {

namespace {

const char* kSchema = R"sql(
PRAGMA journal_mode = WAL;
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (datetime('now')));
CREATE TABLE IF NOT EXISTS note_tags (note_id INTEGER REFERENCES notes(id) ON DELETE CASCADE, tag TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS links (from_id INTEGER, to_id INTEGER, PRIMARY KEY (from_id, to_id));
CREATE TABLE IF NOT EXISTS attachments (id INTEGER PRIMARY KEY, note_id INTEGER REFERENCES notes(id),
    filename TEXT NOT NULL, path TEXT NOT NULL, size INTEGER NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS notes_fts USING fts5(title, body, content='notes', content_rowid='id');
)sql";

std::string column_text(sqlite3_stmt* stmt, int col) {
    const unsigned char* text = sqlite3_column_text(stmt, col);
    return text ? reinterpret_cast<const char*>(text) : "";
}

}  // namespace

NotesDb::NotesDb(const std::string& path) : path_(path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK) {
        std::string err = sqlite3_errmsg(db_);
        sqlite3_close(db_);
        throw std::runtime_error("open " + path + ": " + err);
    }
    char* err = nullptr;
    if (sqlite3_exec(db_, kSchema, nullptr, nullptr, &err) != SQLITE_OK) {
        std::string message = err ? err : "unknown error";
        sqlite3_free(err);
        sqlite3_close(db_);
        throw std::runtime_error("schema: " + message);
    }
    sqlite3_busy_timeout(db_, 5000);
}

NotesDb::~NotesDb() { sqlite3_close(db_); }

sqlite3_stmt* NotesDb::prepare(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string("prepare: ") + sqlite3_errmsg(db_));
    return stmt;
}

std::optional<Note> NotesDb::get(long id) {
    sqlite3_stmt* stmt = prepare("SELECT id, title, body, updated_at FROM notes WHERE id = ?");
    sqlite3_bind_int64(stmt, 1, id);
    if (sqlite3_step(stmt) != SQLITE_ROW) return std::nullopt;
    Note note{sqlite3_column_int64(stmt, 0), column_text(stmt, 1), column_text(stmt, 2), column_text(stmt, 3)};
    sqlite3_finalize(stmt);
    return note;
}

std::vector<Note> NotesDb::recent(int limit) {
    sqlite3_stmt* stmt = prepare("SELECT id, title, substr(body, 1, 200), updated_at FROM notes "
                                 "ORDER BY updated_at DESC LIMIT ?");
    sqlite3_bind_int(stmt, 1, limit);
    std::vector<Note> out;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        out.push_back({sqlite3_column_int64(stmt, 0), column_text(stmt, 1), column_text(stmt, 2), column_text(stmt, 3)});
    sqlite3_finalize(stmt);
    return out;
}

long NotesDb::create(const std::string& title, const std::string& body) {
    sqlite3_stmt* stmt = prepare("INSERT INTO notes (title, body) VALUES (?, ?)");
    sqlite3_bind_text(stmt, 1, title.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(stmt, 2, body.c_str(), -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) throw std::runtime_error(std::string("insert note: ") + sqlite3_errmsg(db_));
    long id = sqlite3_last_insert_rowid(db_);
    sqlite3_exec(db_, ("INSERT INTO notes_fts (rowid, title, body) SELECT id, title, body FROM notes WHERE id = " +
                       std::to_string(id)).c_str(), nullptr, nullptr, nullptr);
    return id;
}

std::vector<std::string> NotesDb::tags(long note_id) {
    sqlite3_stmt* stmt = prepare("SELECT tag FROM note_tags WHERE note_id = ? ORDER BY tag");
    sqlite3_bind_int64(stmt, 1, note_id);
    std::vector<std::string> out;
    while (sqlite3_step(stmt) == SQLITE_ROW) out.push_back(column_text(stmt, 0));
    sqlite3_finalize(stmt);
    return out;
}

std::vector<Attachment> NotesDb::attachments(long note_id) {
    sqlite3_stmt* stmt = prepare("SELECT id, filename, path, size FROM attachments WHERE note_id = ?");
    sqlite3_bind_int64(stmt, 1, note_id);
    std::vector<Attachment> out;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        out.push_back({sqlite3_column_int64(stmt, 0), column_text(stmt, 1), column_text(stmt, 2),
                       static_cast<long>(sqlite3_column_int64(stmt, 3))});
    sqlite3_finalize(stmt);
    return out;
}

std::vector<long> NotesDb::backlinks(long note_id) {
    sqlite3_stmt* stmt = prepare("SELECT from_id FROM links WHERE to_id = ?");
    sqlite3_bind_int64(stmt, 1, note_id);
    std::vector<long> out;
    while (sqlite3_step(stmt) == SQLITE_ROW) out.push_back(sqlite3_column_int64(stmt, 0));
    sqlite3_finalize(stmt);
    return out;
}

long NotesDb::add_attachment(long note_id, const std::string& filename, const std::string& path, long size) {
    sqlite3_stmt* stmt = prepare("INSERT INTO attachments (note_id, filename, path, size) VALUES (?, ?, ?, ?)");
    sqlite3_bind_int64(stmt, 1, note_id);
    sqlite3_bind_text(stmt, 2, filename.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(stmt, 3, path.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(stmt, 4, size);
    int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) throw std::runtime_error(std::string("insert attachment: ") + sqlite3_errmsg(db_));
    return sqlite3_last_insert_rowid(db_);
}

std::vector<SearchHit> search_notes(const std::string& db_path, const std::string& query, int limit) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        throw std::runtime_error("search: cannot open " + db_path);
    sqlite3_stmt* stmt = nullptr;
    const char* sql = "SELECT rowid, title, snippet(notes_fts, 1, '[', ']', '...', 12) FROM notes_fts "
                      "WHERE notes_fts MATCH ? ORDER BY rank LIMIT ?";
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        std::string err = sqlite3_errmsg(db);
        sqlite3_close(db);
        throw std::runtime_error("search: " + err);
    }
    sqlite3_bind_text(stmt, 1, query.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(stmt, 2, limit);
    std::vector<SearchHit> hits;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        hits.push_back({sqlite3_column_int64(stmt, 0), column_text(stmt, 1), column_text(stmt, 2)});
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return hits;
}

}  // namespace notes
