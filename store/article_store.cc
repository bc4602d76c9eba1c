#include "store/article_store.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <thread>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "store/codec.h"
#include "util/parallel.h"
#include "util/status_macros.h"
#include "xxhash.h"

namespace wirecheck {
namespace {

constexpr char kCreateSql[] = R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE articles (
  seq             INTEGER PRIMARY KEY AUTOINCREMENT,
  key             TEXT NOT NULL,
  version         INTEGER NOT NULL,
  current         INTEGER NOT NULL,
  id              TEXT NOT NULL,
  url             TEXT NOT NULL,
  outlet          TEXT NOT NULL,
  published_grain INTEGER NOT NULL,
  published_start TEXT NOT NULL,
  published_utc   INTEGER NOT NULL,
  title           TEXT NOT NULL,
  origin          TEXT NOT NULL,
  inferred        INTEGER NOT NULL,
  stored_at       INTEGER NOT NULL,
  text_hash       INTEGER NOT NULL,
  text_size       INTEGER NOT NULL,
  text_z          BLOB NOT NULL,
  body            BLOB NOT NULL,
  UNIQUE (key, version)
);
CREATE INDEX articles_current ON articles (key) WHERE current = 1;
CREATE TABLE passages (
  hash INTEGER NOT NULL,
  seq  INTEGER NOT NULL,
  PRIMARY KEY (hash, seq)
) WITHOUT ROWID;
CREATE TABLE event_terms (
  term INTEGER NOT NULL,
  seq  INTEGER NOT NULL,
  PRIMARY KEY (term, seq)
) WITHOUT ROWID;
CREATE TABLE sketches (
  name TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  hash INTEGER NOT NULL,
  data BLOB NOT NULL
);
)sql"
                              R"sql(
CREATE TABLE findings (
  id         TEXT PRIMARY KEY,
  first_seen INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE superseded (seq INTEGER PRIMARY KEY);
CREATE TABLE claims (
  seq  INTEGER PRIMARY KEY,
  data BLOB NOT NULL
);
CREATE TABLE posting_buckets (
  id   INTEGER PRIMARY KEY,
  data BLOB NOT NULL
);
)sql";

// Article rows hold a compressed text of a few KB: with SQLite's default
// 4 KiB pages about a third of the file was the free tail of pages too
// full for the next row.
constexpr char kPageSizeSql[] = "PRAGMA page_size = 16384";

// Columns every schema 2 to 4 store has, checked on open: a file with other
// tables of the same names is not a store.
constexpr const char* kArticleColumns[] = {"seq",
                                           "key",
                                           "version",
                                           "current",
                                           "id",
                                           "url",
                                           "outlet",
                                           "published_grain",
                                           "published_start",
                                           "published_utc",
                                           "title",
                                           "origin",
                                           "inferred",
                                           "stored_at",
                                           "text_hash",
                                           "text_size",
                                           "text_z",
                                           "body"};

constexpr char kSelectArticle[] =
    "SELECT seq, version, stored_at, id, url, outlet, published_grain, "
    "published_start, published_utc, title, origin, inferred, text_z, body, "
    "text_size FROM articles ";

// The meta row naming what stored claims were extracted with.
constexpr char kClaimsKey[] = "claims_key";
// The meta rows counting the postings of each level (store/postings.h).
constexpr char kBucketedPostings[] = "bucketed_postings";
constexpr char kRecentPostings[] = "recent_postings";

// The row of a bucket in posting_buckets.
int64_t BucketRow(StoreIndex index, uint32_t bucket) {
  return (static_cast<int64_t>(index) << kBucketBits) | bucket;
}

// The recent level of an index: one row per posting.
const char* RecentTable(StoreIndex index) {
  return index == StoreIndex::kPassages ? "passages" : "event_terms";
}
const char* RecentKey(StoreIndex index) {
  return index == StoreIndex::kPassages ? "hash" : "term";
}

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

int64_t TextHash(absl::string_view text) {
  return static_cast<int64_t>(XXH3_64bits(text.data(), text.size()));
}

// Never 0, which stands for "no sketch".
int64_t TermDfHashOf(absl::string_view sketch) {
  const int64_t h = TextHash(sketch);
  return h == 0 ? 1 : h;
}

// A column's bytes where SQLite holds them, valid until the statement
// steps, resets or reads the column as another type.
absl::string_view ColumnView(sqlite3_stmt* st, int i) {
  const void* p = sqlite3_column_blob(st, i);
  return p == nullptr ? absl::string_view()
                      : absl::string_view(static_cast<const char*>(p),
                                          sqlite3_column_bytes(st, i));
}

std::string Column(sqlite3_stmt* st, int i) {
  return std::string(ColumnView(st, i));
}

// Owns a prepared statement.
class Statement {
 public:
  Statement(sqlite3* db, const std::string& sql) {
    rc_ = sqlite3_prepare_v2(db, sql.c_str(), -1, &st_, nullptr);
  }
  ~Statement() { sqlite3_finalize(st_); }
  bool ok() const { return rc_ == SQLITE_OK; }
  sqlite3_stmt* get() { return st_; }
  // A statement that never prepared (a damaged store without the table) has
  // nothing to reset; sqlite3_clear_bindings would dereference it.
  void Reset() {
    if (st_ == nullptr) return;
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
  }
  void Text(int i, absl::string_view s) {
    sqlite3_bind_text(st_, i, s.data(), static_cast<int>(s.size()),
                      SQLITE_TRANSIENT);
  }
  void Blob(int i, absl::string_view s) {
    sqlite3_bind_blob(st_, i, s.data(), static_cast<int>(s.size()),
                      SQLITE_TRANSIENT);
  }
  void Int(int i, int64_t v) { sqlite3_bind_int64(st_, i, v); }
  int Step() { return sqlite3_step(st_); }

 private:
  sqlite3_stmt* st_ = nullptr;
  int rc_;
};

// A statement of the cache for one use: reset when the use ends, so that a
// statement stopped before its last row keeps no read open.
class CachedUse {
 public:
  explicit CachedUse(Statement* st) : st_(st) {}
  ~CachedUse() { st_->Reset(); }
  CachedUse(const CachedUse&) = delete;
  CachedUse& operator=(const CachedUse&) = delete;
  bool ok() const { return st_->ok(); }
  Statement* operator->() { return st_; }

 private:
  Statement* st_;
};

// One row of kSelectArticle as read, its text still compressed: rows are
// read on one thread (SQLite's), then decoded on many (RowDecoded).
struct RawRow {
  StoredArticle stored;  // Without its text and body.
  std::string text_z, body;
  uint64_t text_size = 0;
};

RawRow ReadRawRow(sqlite3_stmt* st) {
  RawRow raw;
  StoredArticle& s = raw.stored;
  s.seq = sqlite3_column_int64(st, 0);
  s.version = sqlite3_column_int(st, 1);
  s.stored_at = sqlite3_column_int64(st, 2);
  Article& a = s.article;
  a.id = Column(st, 3);
  a.url = Column(st, 4);
  a.outlet = Column(st, 5);
  a.published.grain =
      static_cast<PublishedTime::Grain>(sqlite3_column_int(st, 6));
  a.published.start = ParseCivil(Column(st, 7));
  a.published.utc = sqlite3_column_int(st, 8) != 0;
  a.title = Column(st, 9);
  a.origin = Column(st, 10);
  const int bits = sqlite3_column_int(st, 11);
  a.id_inferred = bits & kIdBit;
  a.outlet_inferred = bits & kOutletBit;
  a.published_inferred = bits & kPublishedBit;
  a.title_inferred = bits & kTitleBit;
  raw.text_z = Column(st, 12);
  raw.body = Column(st, 13);
  raw.text_size = static_cast<uint64_t>(sqlite3_column_int64(st, 14));
  return raw;
}

// The article of `raw` with its text decompressed and its body decoded;
// DataLoss when either is damaged.
absl::StatusOr<StoredArticle> RowDecoded(RawRow raw) {
  StoredArticle s = std::move(raw.stored);
  Article& a = s.article;
  absl::StatusOr<std::string> text = DecompressText(raw.text_z, raw.text_size);
  if (!text.ok()) {
    return absl::DataLossError(
        absl::StrCat("article ", a.id, ": ", text.status().message()));
  }
  a.text = *std::move(text);
  absl::StatusOr<std::vector<Span>> body = DecodeSpans(raw.body);
  if (!body.ok()) {
    return absl::DataLossError(
        absl::StrCat("article ", a.id, ": ", body.status().message()));
  }
  s.body = *std::move(body);
  for (const Span& b : s.body) {
    if (b.end > a.text.size() || b.begin > b.end) {
      return absl::DataLossError(
          absl::StrCat("article ", a.id, ": body span outside its text"));
    }
  }
  return s;
}

// One row of kSelectArticle.
absl::StatusOr<StoredArticle> ReadRow(sqlite3_stmt* st) {
  return RowDecoded(ReadRawRow(st));
}

// "not a wirecheck store" errors name the file and what is wrong.
absl::Status NotAStore(const std::string& path, absl::string_view why) {
  return absl::InvalidArgumentError(
      absl::StrCat(path, ": not a wirecheck store (", why, ")"));
}

std::string RebuildHint(const std::string& path) {
  return absl::StrCat("; rebuild it with: wirecheck store rebuild --store=",
                      path);
}

}  // namespace

// Statements by their SQL, prepared at first use.
class StatementCache {
 public:
  explicit StatementCache(sqlite3* db) : db_(db) {}
  Statement* Get(const std::string& sql) {
    std::unique_ptr<Statement>& st = statements_[sql];
    if (st == nullptr) st = std::make_unique<Statement>(db_, sql);
    return st.get();
  }

 private:
  sqlite3* db_;
  absl::flat_hash_map<std::string, std::unique_ptr<Statement>> statements_;
};

ArticleStore::ArticleStore(sqlite3* db, std::string path, int threads)
    : db_(db),
      path_(std::move(path)),
      threads_(threads),
      statements_(std::make_unique<StatementCache>(db)) {}

std::string StoreKey(const Article& a) {
  if (!a.id_inferred) return absl::StrCat("id:", a.id);
  if (!a.url.empty()) return absl::StrCat("url:", a.url);
  return absl::StrFormat("text:%016x", static_cast<uint64_t>(TextHash(a.text)));
}

absl::StatusOr<std::unique_ptr<ArticleStore>> ArticleStore::Open(
    const std::string& path, const StoreParams& params,
    const OpenOptions& options) {
  struct stat info;
  const bool exists = ::stat(path.c_str(), &info) == 0;
  if (exists && S_ISDIR(info.st_mode)) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": is a directory, not a store file"));
  }
  if (!exists && !options.create) {
    return absl::NotFoundError(absl::StrCat(path, ": no such store"));
  }
  // SQLite opens a read-only file and fails only at the first write, after
  // the whole analysis: refuse it now.
  if (exists && ::access(path.c_str(), W_OK) != 0) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": store is not writable"));
  }
  sqlite3* db = nullptr;
  // One ArticleStore per thread: SQLite's own mutexes would only cost.
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
                    (options.create ? SQLITE_OPEN_CREATE : 0);
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    absl::Status s = absl::InvalidArgumentError(absl::StrCat(
        path, ": cannot open store: ", db ? sqlite3_errmsg(db) : "?"));
    sqlite3_close(db);
    return s;
  }
  std::unique_ptr<ArticleStore> store(
      new ArticleStore(db, path, options.threads));
  RETURN_IF_ERROR(store->Init(params, options));
  return store;
}

ArticleStore::~ArticleStore() {
  if (in_transaction_) Rollback();
  statements_.reset();  // Finalised before the close, or it fails.
  sqlite3_close(db_);
}

absl::Status ArticleStore::Error(absl::string_view what) const {
  const int code = sqlite3_errcode(db_);
  const std::string message =
      absl::StrCat(path_, ": ", what, ": ", sqlite3_errmsg(db_));
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
    return absl::UnavailableError(
        absl::StrCat(message, " (another wirecheck run holds the store)"));
  }
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
    return absl::DataLossError(message);
  }
  return absl::InternalError(message);
}

absl::Status ArticleStore::Exec(const char* sql) const {
  if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
    return Error("store");
  }
  return absl::OkStatus();
}

absl::Status ArticleStore::ExecWaiting(const char* sql, int timeout_ms) const {
  constexpr int kPauseMs = 10;
  for (int waited = 0;; waited += kPauseMs) {
    if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) == SQLITE_OK) {
      return absl::OkStatus();
    }
    const int code = sqlite3_errcode(db_);
    if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) ||
        waited >= timeout_ms) {
      return Error("store");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(kPauseMs));
  }
}

absl::Status ArticleStore::Init(const StoreParams& params,
                                const OpenOptions& options) {
  sqlite3_busy_timeout(db_, options.busy_timeout_ms);
  // A file that is not SQLite fails at its first read.
  bool empty = false;
  {
    Statement tables(db_, "SELECT count(*) FROM sqlite_master");
    if (!tables.ok() || tables.Step() != SQLITE_ROW) {
      return NotAStore(path_, sqlite3_errmsg(db_));
    }
    empty = sqlite3_column_int(tables.get(), 0) == 0;
  }
  if (empty) {
    // Before the write transaction, which lays out page 1; a no-op when
    // another run has created the store meanwhile.
    RETURN_IF_ERROR(Exec(kPageSizeSql));
    RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
    // Another run may have created the store while this one waited for
    // the write lock: look again, now that no one else can write.
    Statement again(db_, "SELECT count(*) FROM sqlite_master");
    if (again.ok() && again.Step() == SQLITE_ROW &&
        sqlite3_column_int(again.get(), 0) > 0) {
      again.Reset();
      RETURN_IF_ERROR(Exec("COMMIT"));
      empty = false;
    }
  }
  if (empty) {
    absl::Status created = Exec(kCreateSql);
    Statement meta(db_, "INSERT INTO meta (key, value) VALUES (?1, ?2)");
    const std::pair<const char*, std::string> rows[] = {
        {"schema", absl::StrCat(kSchemaVersion)},
        {"shingle", absl::StrCat(params.shingle)},
        {"fingerprint_window", absl::StrCat(params.fingerprint_window)},
        {"fold_diacritics", params.fold_diacritics ? "1" : "0"},
        {"index_version", absl::StrCat(params.index_version)},
        {kBucketedPostings, "0"},
        {kRecentPostings, "0"},
        {kClaimsKey, params.claims_key}};
    for (const auto& [key, value] : rows) {
      if (!created.ok()) break;
      if (value.empty()) continue;  // No claims key yet (a dedup run).

      meta.Reset();
      meta.Text(1, key);
      meta.Text(2, value);
      if (meta.Step() != SQLITE_DONE) created = Error("creating store");
    }
    if (!created.ok()) {
      Exec("ROLLBACK").IgnoreError();
      return created;
    }
    RETURN_IF_ERROR(Exec("COMMIT"));
    // WAL once the store exists: switching holds no lock while it waits,
    // so two runs creating the store together cannot deadlock on it.
    RETURN_IF_ERROR(
        ExecWaiting("PRAGMA journal_mode = WAL", options.busy_timeout_ms));
  }
  RETURN_IF_ERROR(CheckMeta(params, options));
  // The indexes are B-trees filled in random order: a large page cache
  // keeps a run's inserts from rereading the file.
  RETURN_IF_ERROR(Exec("PRAGMA cache_size = -65536"));
  // A run reads a thousand article rows and most of the index: read in
  // place from the mapped file rather than copied page by page, loading
  // took half the time. Past the first GiB the file is read as before.
  RETURN_IF_ERROR(Exec("PRAGMA mmap_size = 1073741824"));
  return Exec("PRAGMA synchronous = NORMAL");
}

absl::Status ArticleStore::CheckMeta(const StoreParams& params,
                                     const OpenOptions& options) {
  Statement get(db_, "SELECT key, value FROM meta");
  if (!get.ok()) return NotAStore(path_, "no meta table");
  std::map<std::string, std::string> meta;
  while (get.Step() == SQLITE_ROW)
    meta[Column(get.get(), 0)] = Column(get.get(), 1);
  int schema = 0;
  if (!meta.count("schema") || !absl::SimpleAtoi(meta["schema"], &schema) ||
      schema < 1 || absl::StrCat(schema) != meta["schema"]) {
    return NotAStore(
        path_, absl::StrCat("meta.schema = '",
                            meta.count("schema") ? meta["schema"] : "", "'"));
  }
  if (schema > kSchemaVersion) {
    return absl::FailedPreconditionError(absl::StrCat(
        path_, ": store schema ", schema, " is newer than this wirecheck's (",
        kSchemaVersion, "); use a newer wirecheck"));
  }
  const bool readable_older = options.read_older_schema && schema >= 2;
  if (schema == 1 && !readable_older) {
    return absl::FailedPreconditionError(
        absl::StrCat(path_, ": store schema ", schema,
                     " has no index for this wirecheck", RebuildHint(path_)));
  }
  if (schema < kSchemaVersion && !readable_older) {
    return absl::FailedPreconditionError(absl::StrCat(
        path_, ": store schema ", schema, " is older than this wirecheck's (",
        kSchemaVersion, ")", RebuildHint(path_)));
  }
  Statement columns(db_, "SELECT name FROM pragma_table_info('articles')");
  std::set<std::string> have;
  while (columns.ok() && columns.Step() == SQLITE_ROW) {
    have.insert(Column(columns.get(), 0));
  }
  for (const char* c : kArticleColumns) {
    if (!have.count(c)) {
      return NotAStore(path_, absl::StrCat("table articles has no column ", c));
    }
  }
  if (!options.check_params || readable_older) return absl::OkStatus();
  const std::pair<const char*, std::string> expected[] = {
      {"shingle", absl::StrCat(params.shingle)},
      {"fingerprint_window", absl::StrCat(params.fingerprint_window)},
      {"fold_diacritics", params.fold_diacritics ? "1" : "0"},
      {"index_version", absl::StrCat(params.index_version)}};
  for (const auto& [key, value] : expected) {
    if (meta[key] != value) {
      return absl::FailedPreconditionError(
          absl::StrCat(path_, ": store was indexed with ", key, " = ",
                       meta[key], ", this run uses ", value, RebuildHint(path_),
                       " (with this run's flags)"));
    }
  }
  return SameClaimsKey(meta[kClaimsKey], params.claims_key);
}

absl::Status ArticleStore::SameClaimsKey(const std::string& stored,
                                         const std::string& run) const {
  // A run that reads no claims, or a store that holds none yet, mixes
  // nothing.
  if (stored.empty() || run.empty() || stored == run) return absl::OkStatus();
  return absl::FailedPreconditionError(absl::StrCat(
      path_,
      ": the store's claims were extracted with other lexicons, aliases or "
      "extraction options (claims_key ",
      stored, ", this run ", run, ")", RebuildHint(path_),
      " (with this run's flags)"));
}

absl::StatusOr<std::string> ArticleStore::StoredClaimsKey() const {
  Statement get(db_, "SELECT value FROM meta WHERE key = ?1");
  get.Text(1, kClaimsKey);
  const int rc = get.ok() ? get.Step() : SQLITE_ERROR;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error("reading meta");
  return rc == SQLITE_ROW ? Column(get.get(), 0) : std::string();
}

absl::Status ArticleStore::CheckClaimsKey(const std::string& key) const {
  ASSIGN_OR_RETURN(const std::string stored, StoredClaimsKey());
  return SameClaimsKey(stored, key);
}

absl::Status ArticleStore::AdoptClaimsKey(const std::string& key) {
  ASSIGN_OR_RETURN(const std::string stored, StoredClaimsKey());
  if (!stored.empty()) return SameClaimsKey(stored, key);
  Statement put(db_, "INSERT INTO meta (key, value) VALUES (?1, ?2)");
  put.Text(1, kClaimsKey);
  put.Text(2, key);
  if (!put.ok() || put.Step() != SQLITE_DONE) return Error("writing meta");
  return absl::OkStatus();
}

absl::StatusOr<std::vector<std::string>> ArticleStore::LoadClaims(
    const std::vector<int64_t>& seqs) const {
  CachedUse st(statements_->Get("SELECT data FROM claims WHERE seq = ?1"));
  if (!st.ok()) return Error("loading claims");
  std::vector<std::string> out;
  out.reserve(seqs.size());
  for (int64_t seq : seqs) {
    st->Reset();
    st->Int(1, seq);
    const int rc = st->Step();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error("loading claims");
    out.push_back(rc == SQLITE_ROW ? Column(st->get(), 0) : std::string());
  }
  return out;
}

absl::Status ArticleStore::PutClaims(int64_t seq, absl::string_view blob) {
  CachedUse st(statements_->Get(
      "INSERT OR REPLACE INTO claims (seq, data) VALUES (?1, ?2)"));
  if (!st.ok()) return Error("storing claims");
  st->Int(1, seq);
  st->Blob(2, blob);
  if (st->Step() != SQLITE_DONE) return Error("storing claims");
  return absl::OkStatus();
}

absl::StatusOr<std::vector<bool>> ArticleStore::SeenFindings(
    const std::vector<std::string>& ids) const {
  Statement st(db_, "SELECT 1 FROM findings WHERE id = ?1");
  if (!st.ok()) return Error("looking up findings");
  std::vector<bool> out;
  out.reserve(ids.size());
  for (const std::string& id : ids) {
    st.Reset();
    st.Text(1, id);
    const int rc = st.Step();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
      return Error("looking up findings");
    }
    out.push_back(rc == SQLITE_ROW);
  }
  return out;
}

absl::Status ArticleStore::PutFindings(const std::vector<std::string>& ids,
                                       int64_t now) {
  Statement st(db_,
               "INSERT OR IGNORE INTO findings (id, first_seen) "
               "VALUES (?1, ?2)");
  if (!st.ok()) return Error("storing findings");
  for (const std::string& id : ids) {
    st.Reset();
    st.Text(1, id);
    st.Int(2, now);
    if (st.Step() != SQLITE_DONE) return Error("storing findings");
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<std::pair<std::string, int64_t>>>
ArticleStore::Findings() const {
  Statement st(db_, "SELECT id, first_seen FROM findings ORDER BY id");
  if (!st.ok()) return Error("reading findings");
  std::vector<std::pair<std::string, int64_t>> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    out.push_back({Column(st.get(), 0), sqlite3_column_int64(st.get(), 1)});
  }
  if (rc != SQLITE_DONE) return Error("reading findings");
  return out;
}

absl::StatusOr<std::vector<Posting>> ArticleStore::Lookup(
    StoreIndex index, const std::vector<uint64_t>& keys,
    int max_postings) const {
  // Each key's rows from both levels: the buckets the keys fall in, each
  // read once, then the recent level (skipped while it is empty).
  std::vector<uint32_t> wanted;
  wanted.reserve(keys.size());
  for (uint64_t key : keys) wanted.push_back(PostingKey(key));
  std::sort(wanted.begin(), wanted.end());
  wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
  absl::flat_hash_map<uint32_t, std::vector<int64_t>> rows;
  ASSIGN_OR_RETURN(const std::vector<Posting> bucketed,
                   LookupBuckets(index, wanted));
  for (const Posting& p : bucketed) rows[p.key].push_back(p.seq);
  ASSIGN_OR_RETURN(const PostingCounts counts, ReadPostingCounts());
  if (counts.recent > 0) {
    CachedUse st(
        statements_->Get(absl::StrCat("SELECT seq FROM ", RecentTable(index),
                                      " WHERE ", RecentKey(index), " = ?1")));
    if (!st.ok()) return Error("looking up candidates");
    for (uint32_t key : wanted) {
      st->Reset();
      st->Int(1, key);
      int rc;
      while ((rc = st->Step()) == SQLITE_ROW) {
        rows[key].push_back(sqlite3_column_int64(st->get(), 0));
      }
      if (rc != SQLITE_DONE) return Error("looking up candidates");
    }
  }
  ASSIGN_OR_RETURN(const absl::flat_hash_set<int64_t> superseded,
                   SupersededRows());
  std::vector<Posting> out;
  for (uint64_t key : keys) {
    auto it = rows.find(PostingKey(key));
    if (it == rows.end()) continue;
    std::vector<int64_t> found;
    for (int64_t seq : it->second) {
      if (!superseded.contains(seq)) found.push_back(seq);
    }
    if (static_cast<int>(found.size()) > max_postings) continue;
    std::sort(found.begin(), found.end());
    for (int64_t seq : found) out.push_back({key, seq});
  }
  return out;
}

absl::StatusOr<absl::flat_hash_set<int64_t>> ArticleStore::SupersededRows()
    const {
  // Few rows: versions replaced or pruned since the last merge.
  CachedUse st(statements_->Get("SELECT seq FROM superseded"));
  if (!st.ok()) return Error("looking up candidates");
  absl::flat_hash_set<int64_t> out;
  int rc;
  while ((rc = st->Step()) == SQLITE_ROW) {
    out.insert(sqlite3_column_int64(st->get(), 0));
  }
  if (rc != SQLITE_DONE) return Error("looking up candidates");
  return out;
}

absl::StatusOr<std::optional<std::string>> ArticleStore::ReadBucketBlob(
    StoreIndex index, uint32_t bucket) const {
  CachedUse st(
      statements_->Get("SELECT data FROM posting_buckets WHERE id = ?1"));
  if (!st.ok()) return Error("looking up candidates");
  st->Int(1, BucketRow(index, bucket));
  const int rc = st->Step();
  if (rc == SQLITE_DONE) return std::optional<std::string>();
  if (rc != SQLITE_ROW) return Error("looking up candidates");
  return std::optional<std::string>(Column(st->get(), 0));
}

absl::StatusOr<std::vector<Posting>> ArticleStore::DecodeStoredBucket(
    const std::optional<std::string>& blob, uint32_t bucket,
    const absl::Span<const uint32_t>* keys) const {
  if (!blob) return std::vector<Posting>();
  absl::StatusOr<std::vector<Posting>> postings =
      keys == nullptr ? DecodeBucket(*blob, bucket)
                      : FindInBucket(*blob, bucket, *keys);
  if (!postings.ok()) {
    return absl::DataLossError(absl::StrCat(
        path_, ": ", postings.status().message(), RebuildHint(path_)));
  }
  return postings;
}

absl::StatusOr<std::vector<Posting>> ArticleStore::ReadBucket(
    StoreIndex index, uint32_t bucket) const {
  ASSIGN_OR_RETURN(const std::optional<std::string> blob,
                   ReadBucketBlob(index, bucket));
  return DecodeStoredBucket(blob, bucket);
}

absl::StatusOr<std::vector<Posting>> ArticleStore::LookupBuckets(
    StoreIndex index, const std::vector<uint32_t>& keys) const {
  // A batch's keys fall in most buckets: the blobs are read on SQLite's
  // thread, then decoded and searched on all (decoding was half a lookup).
  std::vector<uint32_t> buckets;
  std::vector<std::optional<std::string>> blobs;
  for (uint32_t key : keys) {
    if (!buckets.empty() && buckets.back() == BucketOf(key)) continue;
    buckets.push_back(BucketOf(key));
    ASSIGN_OR_RETURN(std::optional<std::string> blob,
                     ReadBucketBlob(index, buckets.back()));
    blobs.push_back(std::move(blob));
  }
  std::vector<std::vector<Posting>> found(buckets.size());
  std::vector<absl::Status> status(buckets.size());
  // Only the postings of the wanted keys are kept: decoding every posting
  // of the index into memory cost in proportion to the archive.
  ParallelFor(buckets.size(), threads_, [&](size_t b) {
    const auto first = std::lower_bound(
        keys.begin(), keys.end(), buckets[b],
        [](uint32_t k, uint32_t bucket) { return BucketOf(k) < bucket; });
    auto last = first;
    while (last != keys.end() && BucketOf(*last) == buckets[b]) ++last;
    const absl::Span<const uint32_t> in_bucket(
        keys.data() + (first - keys.begin()), last - first);
    absl::StatusOr<std::vector<Posting>> postings =
        DecodeStoredBucket(blobs[b], buckets[b], &in_bucket);
    if (!postings.ok()) {
      status[b] = postings.status();
      return;
    }
    found[b] = *std::move(postings);
  });
  std::vector<Posting> out;
  for (size_t b = 0; b < buckets.size(); ++b) {
    RETURN_IF_ERROR(status[b]);
    out.insert(out.end(), found[b].begin(), found[b].end());
  }
  return out;
}

absl::StatusOr<ArticleStore::PostingCounts> ArticleStore::ReadPostingCounts()
    const {
  CachedUse st(statements_->Get(
      absl::StrCat("SELECT key, value FROM meta WHERE key IN ('",
                   kBucketedPostings, "', '", kRecentPostings, "')")));
  if (!st.ok()) return Error("reading meta");
  PostingCounts counts;
  int rc;
  while ((rc = st->Step()) == SQLITE_ROW) {
    int64_t n = 0;
    if (!absl::SimpleAtoi(Column(st->get(), 1), &n) || n < 0) {
      return absl::DataLossError(
          absl::StrCat(path_, ": meta.", Column(st->get(), 0),
                       " is not a count", RebuildHint(path_)));
    }
    (Column(st->get(), 0) == kBucketedPostings ? counts.bucketed
                                               : counts.recent) = n;
  }
  if (rc != SQLITE_DONE) return Error("reading meta");
  return counts;
}

absl::Status ArticleStore::WritePostingCounts(const PostingCounts& counts) {
  CachedUse st(statements_->Get(
      "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)"));
  if (!st.ok()) return Error("writing meta");
  for (const auto& [key, n] :
       {std::pair<const char*, int64_t>{kBucketedPostings, counts.bucketed},
        {kRecentPostings, counts.recent}}) {
    st->Reset();
    st->Text(1, key);
    st->Text(2, absl::StrCat(n));
    if (st->Step() != SQLITE_DONE) return Error("writing meta");
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<StoredArticle>> ArticleStore::Load(
    const std::vector<int64_t>& seqs) const {
  CachedUse st(
      statements_->Get(absl::StrCat(kSelectArticle, "WHERE seq = ?1")));
  if (!st.ok()) return Error("loading articles");
  std::vector<RawRow> raw;
  raw.reserve(seqs.size());
  for (int64_t seq : seqs) {
    st->Reset();
    st->Int(1, seq);
    if (st->Step() != SQLITE_ROW) {
      return absl::NotFoundError(absl::StrCat(path_, ": no stored row ", seq));
    }
    raw.push_back(ReadRawRow(st->get()));
  }
  // Decompressing was most of a load, and a run loads a thousand rows.
  std::vector<absl::StatusOr<StoredArticle>> decoded(raw.size());
  ParallelFor(raw.size(), threads_,
              [&](size_t i) { decoded[i] = RowDecoded(std::move(raw[i])); });
  std::vector<StoredArticle> out;
  out.reserve(decoded.size());
  for (absl::StatusOr<StoredArticle>& a : decoded) {
    if (!a.ok()) return a.status();
    out.push_back(*std::move(a));
  }
  return out;
}

absl::StatusOr<std::optional<StoredArticle>> ArticleStore::Current(
    const std::string& key) const {
  CachedUse st(statements_->Get(
      absl::StrCat(kSelectArticle, "WHERE key = ?1 AND current = 1")));
  if (!st.ok()) return Error("looking up an article");
  st->Text(1, key);
  const int rc = st->Step();
  if (rc == SQLITE_DONE) return std::optional<StoredArticle>();
  if (rc != SQLITE_ROW) return Error("looking up an article");
  ASSIGN_OR_RETURN(StoredArticle a, ReadRow(st->get()));
  return std::optional<StoredArticle>(std::move(a));
}

absl::StatusOr<std::optional<StoredHead>> ArticleStore::Head(
    const std::string& key) const {
  CachedUse st(statements_->Get(
      "SELECT seq, version FROM articles WHERE key = ?1 AND current = 1"));
  if (!st.ok()) return Error("looking up an article");
  st->Text(1, key);
  const int rc = st->Step();
  if (rc == SQLITE_DONE) return std::optional<StoredHead>();
  if (rc != SQLITE_ROW) return Error("looking up an article");
  StoredHead head;
  head.seq = sqlite3_column_int64(st->get(), 0);
  head.version = sqlite3_column_int(st->get(), 1);
  return std::optional<StoredHead>(head);
}

absl::Status ArticleStore::ForEach(
    const std::function<absl::Status(const StoredArticle&)>& visit,
    bool all_versions) const {
  Statement st(db_, absl::StrCat(kSelectArticle,
                                 all_versions ? "" : "WHERE current = 1 ",
                                 "ORDER BY seq"));
  if (!st.ok()) return Error("reading articles");
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    ASSIGN_OR_RETURN(StoredArticle a, ReadRow(st.get()));
    RETURN_IF_ERROR(visit(a));
  }
  if (rc != SQLITE_DONE) return Error("reading articles");
  return absl::OkStatus();
}

absl::StatusOr<std::vector<int64_t>> ArticleStore::StoredBefore(
    int64_t unix_seconds) const {
  Statement st(db_,
               "SELECT seq FROM articles WHERE current = 1 AND stored_at <= ?1 "
               "ORDER BY seq");
  if (!st.ok()) return Error("reading articles");
  st.Int(1, unix_seconds);
  std::vector<int64_t> out;
  while (st.Step() == SQLITE_ROW)
    out.push_back(sqlite3_column_int64(st.get(), 0));
  return out;
}

absl::StatusOr<std::string> ArticleStore::TermDf() const {
  Statement st(db_, "SELECT data, size FROM sketches WHERE name = 'term_df'");
  if (!st.ok()) return Error("reading term frequencies");
  if (st.Step() != SQLITE_ROW) return std::string();
  // Read where SQLite holds it (valid until the statement moves on).
  const absl::string_view data = ColumnView(st.get(), 0);
  const uint64_t size =
      static_cast<uint64_t>(sqlite3_column_int64(st.get(), 1));
  if (data.empty() || size == 0) {
    return absl::DataLossError(
        absl::StrCat(path_, ": term frequencies: empty row"));
  }
  // The header byte as is, then the counters.
  std::string sketch(data.substr(0, 1));
  if (absl::Status s = UnpackCountersAfter(data.substr(1), size - 1, &sketch);
      !s.ok()) {
    return absl::DataLossError(
        absl::StrCat(path_, ": term frequencies: ", s.message()));
  }
  return sketch;
}

absl::StatusOr<uint64_t> ArticleStore::TermDfHash() const {
  // The hash precedes the data in the row: the sketch's pages are not read.
  Statement st(db_, "SELECT hash FROM sketches WHERE name = 'term_df'");
  if (!st.ok()) return Error("reading term frequencies");
  if (st.Step() != SQLITE_ROW) return uint64_t{0};
  return static_cast<uint64_t>(sqlite3_column_int64(st.get(), 0));
}

absl::StatusOr<int64_t> ArticleStore::CountCurrent() const {
  Statement st(db_, "SELECT count(*) FROM articles WHERE current = 1");
  if (!st.ok() || st.Step() != SQLITE_ROW) return Error("counting articles");
  return sqlite3_column_int64(st.get(), 0);
}

absl::Status ArticleStore::BeginRead() const {
  if (sqlite3_exec(db_, "BEGIN DEFERRED", nullptr, nullptr, nullptr) !=
      SQLITE_OK) {
    return Error("starting to read");
  }
  return absl::OkStatus();
}

void ArticleStore::EndRead() const {
  sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);
}

absl::Status ArticleStore::Begin() {
  if (sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) !=
      SQLITE_OK) {
    return Error("starting to write");
  }
  in_transaction_ = true;
  return absl::OkStatus();
}

absl::Status ArticleStore::Commit() {
  if (absl::Status s = FlushIndex(); !s.ok()) {
    Rollback();
    return s;
  }
  if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
    absl::Status s = Error("committing");
    Rollback();
    return s;
  }
  in_transaction_ = false;
  return absl::OkStatus();
}

void ArticleStore::Rollback() {
  sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  in_transaction_ = false;
  queued_passages_.clear();
  queued_terms_.clear();
}

absl::StatusOr<ArticleStore::PutOutcome> ArticleStore::Put(
    const Article& a, const std::vector<Span>& body, const ArticleIndex& index,
    int64_t now) {
  return PutCompressed({&a, &body, &index, now}, CompressText(a.text));
}

absl::StatusOr<std::vector<ArticleStore::PutOutcome>> ArticleStore::PutAll(
    const std::vector<PutInput>& inputs, int threads) {
  std::vector<std::string> compressed(inputs.size());
  ParallelFor(inputs.size(), threads, [&](size_t i) {
    compressed[i] = CompressText(inputs[i].article->text);
  });
  std::vector<PutOutcome> out;
  out.reserve(inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) {
    ASSIGN_OR_RETURN(PutOutcome put, PutCompressed(inputs[i], compressed[i]));
    out.push_back(std::move(put));
  }
  return out;
}

absl::StatusOr<ArticleStore::PutOutcome> ArticleStore::PutCompressed(
    const PutInput& in, const std::string& text_z) {
  const Article& a = *in.article;
  const std::string key = StoreKey(a);
  PutOutcome out;
  // Most keys are new: only a known one has its text read and compared.
  ASSIGN_OR_RETURN(std::optional<StoredHead> head, Head(key));
  if (head) {
    ASSIGN_OR_RETURN(std::optional<StoredArticle> previous, Current(key));
    if (!previous) return Error("storing a new version");
    if (previous->article.text == a.text) {
      out.kind = PutKind::kUnchanged;
      out.seq = previous->seq;
      out.version = previous->version;
      return out;
    }
    out.kind = PutKind::kEdited;
    out.version = previous->version + 1;
    for (const char* sql : {"UPDATE articles SET current = 0 WHERE seq = ?1",
                            "INSERT INTO superseded (seq) VALUES (?1)"}) {
      CachedUse st(statements_->Get(sql));
      st->Int(1, previous->seq);
      if (!st.ok() || st->Step() != SQLITE_DONE) {
        return Error("storing a new version");
      }
    }
    out.previous = std::move(previous);
  }
  CachedUse insert(statements_->Get(
      "INSERT INTO articles (key, version, current, id, url, outlet, "
      "published_grain, published_start, published_utc, title, origin, "
      "inferred, stored_at, text_hash, text_size, text_z, body) VALUES "
      "(?1, ?2, 1, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
      "?16)"));
  if (!insert.ok()) return Error("storing an article");
  insert->Text(1, key);
  insert->Int(2, out.version);
  insert->Text(3, a.id);
  insert->Text(4, a.url);
  insert->Text(5, a.outlet);
  insert->Int(6, static_cast<int>(a.published.grain));
  insert->Text(7, CivilText(a.published.start));
  insert->Int(8, a.published.utc ? 1 : 0);
  insert->Text(9, a.title);
  insert->Text(10, a.origin);
  insert->Int(11, InferredBits(a));
  insert->Int(12, in.stored_at);
  insert->Int(13, TextHash(a.text));
  insert->Int(14, static_cast<int64_t>(a.text.size()));
  insert->Blob(15, text_z);
  insert->Blob(16, EncodeSpans(*in.body));
  if (insert->Step() != SQLITE_DONE) {
    return Error(absl::StrCat("storing ", a.id));
  }
  out.seq = sqlite3_last_insert_rowid(db_);
  for (uint64_t h : in.index->fingerprints) {
    queued_passages_.push_back({PostingKey(h), out.seq});
  }
  for (uint64_t t : in.index->event_terms) {
    queued_terms_.push_back({PostingKey(t), out.seq});
  }
  return out;
}

absl::Status ArticleStore::FlushIndex() {
  const int64_t queued =
      static_cast<int64_t>(queued_passages_.size() + queued_terms_.size());
  if (queued == 0) return absl::OkStatus();
  ASSIGN_OR_RETURN(PostingCounts counts, ReadPostingCounts());
  if ((counts.recent + queued) * kMergeShare > counts.bucketed) {
    return MergeIndex();
  }
  const std::pair<const char*, std::vector<Posting>*> tables[] = {
      {"INSERT OR IGNORE INTO passages (hash, seq) VALUES ", &queued_passages_},
      {"INSERT OR IGNORE INTO event_terms (term, seq) VALUES ",
       &queued_terms_}};
  for (const auto& [insert, queue] : tables) {
    // In key order: sequential B-tree inserts.
    std::sort(queue->begin(), queue->end(),
              [](const Posting& x, const Posting& y) {
                return x.key != y.key ? x.key < y.key : x.seq < y.seq;
              });
    RETURN_IF_ERROR(InsertPostings(insert, *queue));
    queue->clear();
  }
  counts.recent += queued;
  return WritePostingCounts(counts);
}

absl::Status ArticleStore::MergeIndex() {
  ASSIGN_OR_RETURN(const absl::flat_hash_set<int64_t> dropped,
                   SupersededRows());
  PostingCounts counts;
  RETURN_IF_ERROR(MergeIndex(StoreIndex::kPassages, &queued_passages_, dropped,
                             &counts.bucketed));
  RETURN_IF_ERROR(MergeIndex(StoreIndex::kEventTerms, &queued_terms_, dropped,
                             &counts.bucketed));
  // Their postings are gone from both levels: nothing is left to skip.
  RETURN_IF_ERROR(Exec("DELETE FROM superseded"));
  return WritePostingCounts(counts);
}

absl::Status ArticleStore::MergeIndex(
    StoreIndex index, std::vector<Posting>* queued,
    const absl::flat_hash_set<int64_t>& dropped, int64_t* bucketed) {
  std::vector<Posting> fresh = std::move(*queued);
  queued->clear();
  {
    Statement recent(db_, absl::StrCat("SELECT ", RecentKey(index),
                                       ", seq FROM ", RecentTable(index)));
    if (!recent.ok()) return Error("merging the index");
    int rc;
    while ((rc = recent.Step()) == SQLITE_ROW) {
      fresh.push_back(
          {static_cast<uint64_t>(sqlite3_column_int64(recent.get(), 0)),
           sqlite3_column_int64(recent.get(), 1)});
    }
    if (rc != SQLITE_DONE) return Error("merging the index");
  }
  std::sort(fresh.begin(), fresh.end(), [](const Posting& x, const Posting& y) {
    return x.key != y.key ? x.key < y.key : x.seq < y.seq;
  });
  CachedUse put(statements_->Get(
      "INSERT OR REPLACE INTO posting_buckets (id, data) VALUES (?1, ?2)"));
  CachedUse drop(statements_->Get("DELETE FROM posting_buckets WHERE id = ?1"));
  if (!put.ok() || !drop.ok()) return Error("merging the index");
  // Every bucket: the dropped rows' postings may lie in any of them.
  auto next = fresh.begin();
  for (uint32_t bucket = 0; bucket < kBuckets; ++bucket) {
    auto end = next;
    while (end != fresh.end() &&
           BucketOf(static_cast<uint32_t>(end->key)) == bucket) {
      ++end;
    }
    ASSIGN_OR_RETURN(const std::vector<Posting> old, ReadBucket(index, bucket));
    const std::vector<Posting> merged =
        MergePostings(old, std::vector<Posting>(next, end), dropped);
    next = end;
    *bucketed += static_cast<int64_t>(merged.size());
    if (merged.size() == old.size() && (merged.empty() || merged == old)) {
      continue;  // Unchanged: not written again.
    }
    CachedUse& st = merged.empty() ? drop : put;
    st->Reset();
    st->Int(1, BucketRow(index, bucket));
    if (!merged.empty()) st->Blob(2, EncodeBucket(merged, bucket));
    if (st->Step() != SQLITE_DONE) return Error("merging the index");
  }
  return Exec(absl::StrCat("DELETE FROM ", RecentTable(index)).c_str());
}

absl::Status ArticleStore::InsertPostings(absl::string_view insert,
                                          const std::vector<Posting>& rows) {
  // Many rows a statement: a store's first run inserts millions of
  // postings, and stepping a statement per row was most of SQLite's time.
  constexpr size_t kRowsPerStatement = 64;
  auto sql_for = [&](size_t n) {
    std::string sql(insert);
    for (size_t i = 0; i < n; ++i)
      absl::StrAppend(&sql, i ? ",(?,?)" : "(?,?)");
    return sql;
  };
  for (size_t from = 0; from < rows.size();) {
    const size_t n = std::min(kRowsPerStatement, rows.size() - from);
    CachedUse st(statements_->Get(sql_for(n)));
    if (!st.ok()) return Error("indexing articles");
    for (size_t i = 0; i < n; ++i) {
      st->Int(static_cast<int>(2 * i + 1),
              static_cast<int64_t>(rows[from + i].key));
      st->Int(static_cast<int>(2 * i + 2), rows[from + i].seq);
    }
    if (st->Step() != SQLITE_DONE) return Error("indexing articles");
    from += n;
  }
  return absl::OkStatus();
}

absl::Status ArticleStore::PutTermDf(const std::string& sketch) {
  if (sketch.empty()) {
    return absl::InvalidArgumentError("storing an empty term sketch");
  }
  Statement st(db_,
               "INSERT OR REPLACE INTO sketches (name, size, hash, data) "
               "VALUES ('term_df', ?1, ?2, ?3)");
  st.Int(1, static_cast<int64_t>(sketch.size()));
  st.Int(2, TermDfHashOf(sketch));
  std::string packed = sketch.substr(0, 1);
  PackCountersAfter(absl::string_view(sketch).substr(1), &packed);
  st.Blob(3, packed);
  if (!st.ok() || st.Step() != SQLITE_DONE) {
    return Error("storing term frequencies");
  }
  return absl::OkStatus();
}

absl::Status ArticleStore::Remove(int64_t seq) {
  Statement key(db_, "SELECT key FROM articles WHERE seq = ?1");
  key.Int(1, seq);
  if (!key.ok() || key.Step() != SQLITE_ROW)
    return Error("removing an article");
  const std::string k = Column(key.get(), 0);
  Statement rows(db_, "SELECT seq FROM articles WHERE key = ?1");
  rows.Text(1, k);
  std::vector<int64_t> seqs;
  while (rows.Step() == SQLITE_ROW)
    seqs.push_back(sqlite3_column_int64(rows.get(), 0));
  // The recent level's postings go now; the buckets' are skipped as
  // superseded until the next merge drops them.
  Statement del_passages(db_, "DELETE FROM passages WHERE seq = ?1");
  Statement del_terms(db_, "DELETE FROM event_terms WHERE seq = ?1");
  Statement skip(db_, "INSERT OR IGNORE INTO superseded (seq) VALUES (?1)");
  Statement del_claims(db_, "DELETE FROM claims WHERE seq = ?1");
  Statement del_row(db_, "DELETE FROM articles WHERE seq = ?1");
  int64_t recent_removed = 0;
  for (int64_t s : seqs) {
    for (Statement* st :
         {&del_passages, &del_terms, &skip, &del_claims, &del_row}) {
      st->Reset();
      st->Int(1, s);
      if (st->Step() != SQLITE_DONE) return Error("removing an article");
      if (st == &del_passages || st == &del_terms) {
        recent_removed += sqlite3_changes(db_);
      }
    }
  }
  ASSIGN_OR_RETURN(PostingCounts counts, ReadPostingCounts());
  counts.recent = std::max<int64_t>(0, counts.recent - recent_removed);
  return WritePostingCounts(counts);
}

absl::Status ArticleStore::Vacuum() {
  RETURN_IF_ERROR(Begin());
  if (absl::Status s = MergeIndex(); !s.ok()) {
    Rollback();
    return s;
  }
  RETURN_IF_ERROR(Commit());
  return Exec("VACUUM");
}

absl::StatusOr<StoreStats> ArticleStore::Stats() const {
  StoreStats s;
  Statement a(db_,
              "SELECT count(DISTINCT key), count(*), sum(text_size), "
              "sum(length(text_z)), min(stored_at), max(stored_at) FROM "
              "articles");
  if (!a.ok() || a.Step() != SQLITE_ROW) return Error("reading statistics");
  s.articles = sqlite3_column_int64(a.get(), 0);
  s.versions = sqlite3_column_int64(a.get(), 1);
  s.text_bytes = sqlite3_column_int64(a.get(), 2);
  s.compressed_bytes = sqlite3_column_int64(a.get(), 3);
  s.oldest = sqlite3_column_int64(a.get(), 4);
  s.newest = sqlite3_column_int64(a.get(), 5);
  Statement c(db_, "SELECT count(*), sum(length(data)) FROM claims");
  if (!c.ok() || c.Step() != SQLITE_ROW) return Error("reading statistics");
  s.with_claims = sqlite3_column_int64(c.get(), 0);
  s.claims_bytes = sqlite3_column_int64(c.get(), 1);
  Statement p(db_, "SELECT count(*) FROM passages");
  Statement t(db_, "SELECT count(*) FROM event_terms");
  Statement f(db_,
              "SELECT page_count * page_size FROM pragma_page_count(), "
              "pragma_page_size()");
  if (!p.ok() || !t.ok() || !f.ok() || p.Step() != SQLITE_ROW ||
      t.Step() != SQLITE_ROW || f.Step() != SQLITE_ROW) {
    return Error("reading statistics");
  }
  s.fingerprints = sqlite3_column_int64(p.get(), 0);
  s.event_terms = sqlite3_column_int64(t.get(), 0);
  s.file_bytes = sqlite3_column_int64(f.get(), 0);
  Statement b(db_, "SELECT id, data FROM posting_buckets");
  if (!b.ok()) return Error("reading statistics");
  while (b.Step() == SQLITE_ROW) {
    const bool passages = (sqlite3_column_int64(b.get(), 0) >> kBucketBits) ==
                          static_cast<int64_t>(StoreIndex::kPassages);
    (passages ? s.fingerprints : s.event_terms) +=
        BucketSize(Column(b.get(), 1));
  }
  return s;
}

int ArticleStore::SchemaOf(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) !=
      SQLITE_OK) {
    sqlite3_close(db);
    return 0;
  }
  int schema = 0;
  {
    Statement st(db, "SELECT value FROM meta WHERE key = 'schema'");
    if (st.ok() && st.Step() == SQLITE_ROW &&
        !absl::SimpleAtoi(Column(st.get(), 0), &schema)) {
      schema = 0;
    }
  }
  sqlite3_close(db);
  return schema;
}

absl::StatusOr<std::vector<Article>> ArticleStore::ReadSchema1(
    const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) !=
      SQLITE_OK) {
    sqlite3_close(db);
    return absl::InvalidArgumentError(absl::StrCat(path, ": cannot open"));
  }
  std::vector<Article> out;
  {
    Statement st(db,
                 "SELECT id, url, outlet, published_grain, published_start, "
                 "title, text, origin, inferred, published_utc FROM articles "
                 "ORDER BY seq");
    if (!st.ok()) {
      sqlite3_close(db);
      return NotAStore(path, "no schema 1 articles table");
    }
    while (st.Step() == SQLITE_ROW) {
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
  }
  sqlite3_close(db);
  return out;
}

}  // namespace wirecheck
