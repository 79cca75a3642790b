#pragma once

#include <sqlite3.h>

#include <optional>
#include <string>
#include <vector>

namespace notes {

struct Note {
    long id = 0;
    std::string title, body, updated_at;
};

struct Attachment {
    long id = 0;
    std::string filename, path;
    long size = 0;
};

struct SearchHit {
    long note_id = 0;
    std::string title, snippet;
};

// One shared handle, opened in serialized mode so the DB worker threads can use it.
class NotesDb {
public:
    explicit NotesDb(const std::string& path);
    ~NotesDb();
    NotesDb(const NotesDb&) = delete;
    NotesDb& operator=(const NotesDb&) = delete;

    sqlite3* handle() const { return db_; }
    const std::string& path() const { return path_; }

    std::optional<Note> get(long id);
    std::vector<Note> recent(int limit);
    long create(const std::string& title, const std::string& body);
    std::vector<std::string> tags(long note_id);
    std::vector<Attachment> attachments(long note_id);
    std::vector<long> backlinks(long note_id);
    long add_attachment(long note_id, const std::string& filename, const std::string& path, long size);

private:
    sqlite3_stmt* prepare(const char* sql);
    std::string path_;
    sqlite3* db_ = nullptr;
};

std::vector<SearchHit> search_notes(const std::string& db_path, const std::string& query, int limit);

}  // namespace notes
