#include "store/article_store.h"

#include <sqlite3.h>

#include <cstdio>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "util/status_macros.h"
#include "xxhash.h"

namespace wirecheck {
namespace {

constexpr char kCreateSql[] = R"sql(
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
  seq             INTEGER PRIMARY KEY AUTOINCREMENT,
  id              TEXT NOT NULL UNIQUE,
  url             TEXT NOT NULL,
  outlet          TEXT NOT NULL,
  published_grain INTEGER NOT NULL,
  published_start TEXT NOT NULL,
  published_utc   INTEGER NOT NULL,
  title           TEXT NOT NULL,
  text            TEXT NOT NULL,
  origin          TEXT NOT NULL,
  inferred        INTEGER NOT NULL,
  text_hash       INTEGER NOT NULL
);
)sql";

// Bits of the `inferred` column.
enum : int { kIdBit = 1, kOutletBit = 2, kPublishedBit = 4, kTitleBit = 8 };

int InferredBits(const Article& a) {
  return (a.id_inferred ? kIdBit : 0) | (a.outlet_inferred ? kOutletBit : 0) |
         (a.published_inferred ? kPublishedBit : 0) |
         (a.title_inferred ? kTitleBit : 0);
}

std::string CivilText(const absl::CivilSecond& t) {
  return absl::StrFormat("%04d-%02d-%02dT%02d:%02d:%02d", t.year(), t.month(),
                         t.day(), t.hour(), t.minute(), t.second());
}

absl::CivilSecond ParseCivil(const std::string& s) {
  int y = 1970, mo = 1, d = 1, h = 0, mi = 0, se = 0;
  std::sscanf(s.c_str(), "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &se);
  return absl::CivilSecond(y, mo, d, h, mi, se);
}

int64_t TextHash(const std::string& text) {
  return static_cast<int64_t>(XXH3_64bits(text.data(), text.size()));
}

std::string Column(sqlite3_stmt* st, int i) {
  const unsigned char* p = sqlite3_column_text(st, i);
  return p == nullptr ? "" : std::string(reinterpret_cast<const char*>(p),
                                         sqlite3_column_bytes(st, i));
}

// Owns a prepared statement.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) {
    rc_ = sqlite3_prepare_v2(db, sql, -1, &st_, nullptr);
  }
  ~Statement() { sqlite3_finalize(st_); }
  bool ok() const { return rc_ == SQLITE_OK; }
  sqlite3_stmt* get() { return st_; }
  void BindText(int i, const std::string& s) {
    sqlite3_bind_text(st_, i, s.data(), static_cast<int>(s.size()),
                      SQLITE_TRANSIENT);
  }

 private:
  sqlite3_stmt* st_ = nullptr;
  int rc_;
};

absl::Status SqlError(sqlite3* db, absl::string_view what) {
  return absl::InternalError(
      absl::StrCat("article store: ", what, ": ", sqlite3_errmsg(db)));
}

}  // namespace

absl::StatusOr<std::unique_ptr<ArticleStore>> ArticleStore::Open(
    const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                      nullptr) != SQLITE_OK) {
    absl::Status s = absl::InvalidArgumentError(absl::StrCat(
        "cannot open store ", path, ": ", db ? sqlite3_errmsg(db) : "?"));
    sqlite3_close(db);
    return s;
  }
  std::unique_ptr<ArticleStore> store(new ArticleStore(db));
  absl::Status migrated = store->Migrate();
  if (!migrated.ok()) {
    return absl::Status(migrated.code(),
                        absl::StrCat(path, ": ", migrated.message()));
  }
  return store;
}

ArticleStore::~ArticleStore() { sqlite3_close(db_); }

absl::Status ArticleStore::Exec(const char* sql) const {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    absl::Status s = absl::InvalidArgumentError(
        absl::StrCat("article store: ", error ? error : "error"));
    sqlite3_free(error);
    return s;
  }
  return absl::OkStatus();
}

absl::Status ArticleStore::Migrate() {
  // A file that is not SQLite at all fails here, with SQLite's own words.
  RETURN_IF_ERROR(Exec(kCreateSql));
  Statement get(db_, "SELECT value FROM meta WHERE key = 'schema'");
  if (!get.ok()) return SqlError(db_, "reading schema version");
  if (sqlite3_step(get.get()) == SQLITE_ROW) {
    const int version = sqlite3_column_int(get.get(), 0);
    if (version > kSchemaVersion) {
      return absl::FailedPreconditionError(absl::StrCat(
          "store schema ", version, " is newer than this wirecheck (",
          kSchemaVersion, "); upgrade wirecheck"));
    }
    return absl::OkStatus();
  }
  return Exec("INSERT INTO meta(key, value) VALUES ('schema', '1')");
}

absl::StatusOr<std::vector<Article>> ArticleStore::LoadAll() const {
  Statement st(db_,
               "SELECT id, url, outlet, published_grain, published_start, "
               "title, text, origin, inferred, published_utc FROM articles "
               "ORDER BY seq");
  if (!st.ok()) return SqlError(db_, "loading articles");
  std::vector<Article> out;
  int rc;
  while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
    Article a;
    a.id = Column(st.get(), 0);
    a.url = Column(st.get(), 1);
    a.outlet = Column(st.get(), 2);
    a.published.grain =
        static_cast<PublishedTime::Grain>(sqlite3_column_int(st.get(), 3));
    a.published.start = ParseCivil(Column(st.get(), 4));
    a.title = Column(st.get(), 5);
    a.text = Column(st.get(), 6);
    a.origin = Column(st.get(), 7);
    const int bits = sqlite3_column_int(st.get(), 8);
    a.id_inferred = bits & kIdBit;
    a.outlet_inferred = bits & kOutletBit;
    a.published_inferred = bits & kPublishedBit;
    a.title_inferred = bits & kTitleBit;
    a.published.utc = sqlite3_column_int(st.get(), 9) != 0;
    out.push_back(std::move(a));
  }
  if (rc != SQLITE_DONE) return SqlError(db_, "loading articles");
  return out;
}

absl::StatusOr<ArticleStore::AddCounts> ArticleStore::Add(
    const std::vector<Article>& articles) {
  RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
  AddCounts counts;
  Statement find(db_, "SELECT text_hash FROM articles WHERE id = ?1");
  Statement upsert(
      db_,
      "INSERT INTO articles(id, url, outlet, published_grain, "
      "published_start, title, text, origin, inferred, text_hash, "
      "published_utc) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
      "ON CONFLICT(id) DO UPDATE SET url = ?2, outlet = ?3, "
      "published_grain = ?4, published_start = ?5, title = ?6, text = ?7, "
      "origin = ?8, inferred = ?9, text_hash = ?10, published_utc = ?11");
  if (!find.ok() || !upsert.ok()) {
    absl::Status s = SqlError(db_, "preparing insert");
    Exec("ROLLBACK").IgnoreError();
    return s;
  }
  for (const Article& a : articles) {
    const int64_t hash = TextHash(a.text);
    sqlite3_reset(find.get());
    find.BindText(1, a.id);
    const bool known = sqlite3_step(find.get()) == SQLITE_ROW;
    if (known && sqlite3_column_int64(find.get(), 0) == hash) {
      ++counts.unchanged;
      continue;
    }
    ++(known ? counts.replaced : counts.added);
    sqlite3_reset(upsert.get());
    upsert.BindText(1, a.id);
    upsert.BindText(2, a.url);
    upsert.BindText(3, a.outlet);
    sqlite3_bind_int(upsert.get(), 4, static_cast<int>(a.published.grain));
    upsert.BindText(5, CivilText(a.published.start));
    upsert.BindText(6, a.title);
    upsert.BindText(7, a.text);
    upsert.BindText(8, a.origin);
    sqlite3_bind_int(upsert.get(), 9, InferredBits(a));
    sqlite3_bind_int64(upsert.get(), 10, hash);
    sqlite3_bind_int(upsert.get(), 11, a.published.utc ? 1 : 0);
    if (sqlite3_step(upsert.get()) != SQLITE_DONE) {
      absl::Status s = SqlError(db_, absl::StrCat("storing ", a.id));
      Exec("ROLLBACK").IgnoreError();
      return s;
    }
  }
  RETURN_IF_ERROR(Exec("COMMIT"));
  return counts;
}

}  // namespace wirecheck
