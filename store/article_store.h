// store/article_store.h: everything wirecheck has read, indexed for the
// next batch.
//
// CI runs wirecheck on every new batch of scrapes, and a copy or a conflict
// between today's article and last month's must still be found without
// reprocessing the month. The store is one SQLite file (format:
// doc/store.md) that keeps, per article:
//   * its text, compressed (every reported offset indexes it) and the body
//     spans boilerplate removal kept;
//   * its winnowing fingerprints (dedup/winnow.h), indexed: which stored
//     articles share a passage with a new one;
//   * its heaviest terms (store/index_terms.h), indexed: which stored
//     articles may report the same event;
//   * its extracted claims and event profile (store/claims_codec.h), once a
//     run that compares has extracted them, so a later run does not lex
//     the article again; the key of what they were extracted with is
//     stored too (StoreParams::claims_key);
// the ids of the findings earlier runs reported (so a run can say which
// findings are not new),
// and, for all articles together, the document frequency of those terms (a
// count-min sketch), so a new batch's terms are weighed against everything.
// A run looks candidates up through the indexes and loads only them.
//
// Articles are identified by a key: the id when the input gave one, else
// the URL, else a hash of the text (an id wirecheck made up from a file
// name never identifies an article). A known key with another text is kept
// as a new version beside the old ones (an edit), never overwritten.
//
// The index depends on how texts were tokenised and fingerprinted; those
// parameters are stored (StoreParams) and a store built with others, or
// with another schema, is refused with the command that rebuilds it.
//
// Only current versions are found through the indexes: a version an edit
// replaced, or an article pruned, is listed as superseded and its postings
// are skipped until the next merge of the index drops them
// (store/postings.h: the index is kept in buckets plus a recent level).
//
// Writes happen in one transaction per run (Begin/Commit; WAL journal), so
// a run killed at any moment leaves the store as it was before. A second
// run on the same store waits up to `busy_timeout_ms`, then fails.
//
//   ASSIGN_OR_RETURN(auto store, ArticleStore::Open("seen.db", params, {}));
//   ASSIGN_OR_RETURN(auto hits, store->Lookup(StoreIndex::kPassages, fps,
//   100)); ASSIGN_OR_RETURN(auto old, store->Load(seqs));
//   RETURN_IF_ERROR(store->Begin());
//   ASSIGN_OR_RETURN(PutOutcome o, store->Put(article, body, index, now));
//   RETURN_IF_ERROR(store->Commit());
//
// Thread safety: one ArticleStore per thread.
#ifndef WIRECHECK_STORE_ARTICLE_STORE_H_
#define WIRECHECK_STORE_ARTICLE_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "ingest/article.h"
#include "store/postings.h"
#include "util/span.h"

struct sqlite3;

namespace wirecheck {

// What the stored index was computed with. Any difference makes the index
// of stored articles incomparable with a new batch's.
struct StoreParams {
  int shingle = 5;               // Tokens per shingle.
  int fingerprint_window = 36;   // Winnowing window, in shingles.
  bool fold_diacritics = false;  // Tokenizer: "Hà Nội" matches "Ha Noi".
  // Bumped whenever tokenisation, shingle hashing or event terms change.
  int index_version = 1;
  // What stored claims were extracted with (pipeline/store_run.h
  // ClaimsKeyFor: the extractor's and the claim layout's versions, the
  // lexicons and aliases, the extraction options); "" for a run that reads
  // no claims (dedup). A store remembers the key of the first run that
  // stored claims, and refuses a run with another: claims of two lexicons
  // are never mixed.
  std::string claims_key;
};

// The key an article is stored under (see the header comment).
std::string StoreKey(const Article& article);

enum class StoreIndex : uint8_t { kPassages, kEventTerms };

struct StoredArticle {
  int64_t seq = 0;        // Row of this version.
  int version = 1;        // 1 for the first text stored under its key.
  int64_t stored_at = 0;  // Unix seconds of the run that stored it.
  Article article;
  std::vector<Span> body;
};

// What the index of one article holds.
struct ArticleIndex {
  std::vector<uint64_t> fingerprints;  // Sorted, unique.
  std::vector<uint64_t> event_terms;   // Heaviest first (index_terms.h).
  std::vector<uint64_t> terms;  // Every term, for the document frequencies.
};

// The current version of a key, without its text (a cheap look-up).
struct StoredHead {
  int64_t seq = 0;
  int version = 1;
};

struct StoreStats {
  int64_t articles = 0;          // Keys.
  int64_t versions = 0;          // Rows (an edited article has several).
  int64_t text_bytes = 0;        // Uncompressed.
  int64_t compressed_bytes = 0;  // As stored.
  int64_t fingerprints = 0, event_terms = 0;  // Index entries.
  int64_t with_claims = 0;   // Versions whose claims are stored.
  int64_t claims_bytes = 0;  // Their claims, as stored (compressed).
  int64_t file_bytes = 0;
  int64_t oldest = 0, newest = 0;  // stored_at range.
};

class StatementCache;

class ArticleStore {
 public:
  // 3 added the findings table; 4 the superseded table (lookups no longer
  // read article rows), 16 KiB pages and a compressed term sketch; 5 the
  // claims table and meta.claims_key; 6 the bucketed postings
  // (store/postings.h). Older stores are rebuilt (`store rebuild`), not
  // migrated.
  static constexpr int kSchemaVersion = 6;

  struct OpenOptions {
    bool create = true;           // Create the file when missing.
    bool check_params = true;     // Refuse a store built with other params.
    int busy_timeout_ms = 30000;  // Waiting for another run's transaction.
    // Open a store of an older schema (2 or later) to read its articles and
    // findings (rebuilding); nothing else may be asked of it.
    bool read_older_schema = false;
    // Threads that decode what Lookup and Load read (0: all cores).
    int threads = 0;
  };
  // InvalidArgument for a path that cannot be a store (a directory, a
  // missing folder, a file that is not SQLite or not wirecheck's);
  // FailedPrecondition for another schema or other params, naming the
  // command that rebuilds it.
  static absl::StatusOr<std::unique_ptr<ArticleStore>> Open(
      const std::string& path, const StoreParams& params,
      const OpenOptions& options);
  ~ArticleStore();
  ArticleStore(const ArticleStore&) = delete;
  ArticleStore& operator=(const ArticleStore&) = delete;

  // Postings of `keys` in an index, key by key in the order given, each
  // key's rows ascending; a key with more than `max_postings` stored
  // articles is skipped (a phrase every article shares finds nothing).
  // Reads each bucket the keys fall in once: give a run's keys in one call.
  absl::StatusOr<std::vector<Posting>> Lookup(StoreIndex index,
                                              const std::vector<uint64_t>& keys,
                                              int max_postings) const;
  // The given rows, in the order given.
  absl::StatusOr<std::vector<StoredArticle>> Load(
      const std::vector<int64_t>& seqs) const;
  // The current version stored under `key`, if any.
  absl::StatusOr<std::optional<StoredArticle>> Current(
      const std::string& key) const;
  // The same without reading its text.
  absl::StatusOr<std::optional<StoredHead>> Head(const std::string& key) const;
  // Current versions in storage order, one call each (export, rebuild).
  absl::Status ForEach(
      const std::function<absl::Status(const StoredArticle&)>& visit,
      bool all_versions = false) const;
  // Current versions stored at or before `unix_seconds`.
  absl::StatusOr<std::vector<int64_t>> StoredBefore(int64_t unix_seconds) const;

  // Each row's stored claims (store/claims_codec.h), in the order given;
  // "" for a row whose claims were never stored (one a dedup run added).
  absl::StatusOr<std::vector<std::string>> LoadClaims(
      const std::vector<int64_t>& seqs) const;
  // Stores (or replaces) the claims of row `seq` (inside Begin/Commit).
  absl::Status PutClaims(int64_t seq, absl::string_view blob);
  // FailedPrecondition, as Open gives, when the store's claims were
  // extracted under another key than `key` (checked again by a run in its
  // read transaction: another run may have stored the first claims since
  // this one opened the store).
  absl::Status CheckClaimsKey(const std::string& key) const;
  // Inside Begin/Commit, before the first PutClaims of a run: records `key`
  // (StoreParams::claims_key) as what the store's claims are extracted
  // with, or, when another run recorded another key meanwhile, fails as
  // Open does.
  absl::Status AdoptClaimsKey(const std::string& key);

  // Document frequency of index terms over every current version (a
  // serialised CountMin, "" for a new store).
  absl::StatusOr<std::string> TermDf() const;
  // A hash of TermDf() that changes whenever it does (0 for a new store),
  // read without the sketch: has another run written since this one read?
  absl::StatusOr<uint64_t> TermDfHash() const;

  // Which of `ids` (finding ids, pipeline/finding_id.h) an earlier run
  // reported: one flag per id.
  absl::StatusOr<std::vector<bool>> SeenFindings(
      const std::vector<std::string>& ids) const;
  // Records finding ids as reported at `now` (inside Begin/Commit); an id
  // already recorded keeps its first time.
  absl::Status PutFindings(const std::vector<std::string>& ids, int64_t now);
  // Every recorded finding id with the time it was first reported (for
  // rebuilding a store).
  absl::StatusOr<std::vector<std::pair<std::string, int64_t>>> Findings() const;
  absl::StatusOr<int64_t> CountCurrent() const;

  // One read transaction, for a run's many lookups: the reads until
  // EndRead see one snapshot of the store, and SQLite takes its file locks
  // once for all of them rather than once per statement (tens of thousands
  // of system calls in a 1,000-article run). Not inside Begin/Commit.
  absl::Status BeginRead() const;
  void EndRead() const;

  // One write transaction (BEGIN IMMEDIATE ... COMMIT).
  absl::Status Begin();
  absl::Status Commit();
  void Rollback();

  enum class PutKind : uint8_t { kAdded, kEdited, kUnchanged };
  struct PutOutcome {
    PutKind kind = PutKind::kAdded;
    int64_t seq = 0;
    int version = 1;
    std::optional<StoredArticle> previous;  // For kEdited: the last version.
  };
  // Stores one article (inside Begin/Commit); the previous version's text
  // is kept. Its index entries are only queued: FlushIndex writes all
  // queued entries at once, in key order, to the recent level of the index
  // or, when that level would pass its share, merging both into the
  // buckets (store/postings.h); Commit flushes.
  absl::StatusOr<PutOutcome> Put(const Article& article,
                                 const std::vector<Span>& body,
                                 const ArticleIndex& index, int64_t now);
  struct PutInput {
    const Article* article = nullptr;
    const std::vector<Span>* body = nullptr;
    const ArticleIndex* index = nullptr;
    int64_t stored_at = 0;
  };
  // Put of each input in order; the texts are compressed first on up to
  // `threads` threads (0: all cores), compression being most of a Put.
  absl::StatusOr<std::vector<PutOutcome>> PutAll(
      const std::vector<PutInput>& inputs, int threads);
  absl::Status FlushIndex();
  absl::Status PutTermDf(const std::string& sketch);
  // Removes every version of the article whose current version is `seq`
  // (inside Begin/Commit); lookups no longer return it, and the next merge
  // of the index drops its postings. The term sketch is the caller's to
  // adjust (its terms are not stored).
  absl::Status Remove(int64_t seq);
  // Merges the index (dropping the postings of removed and replaced
  // versions), then gives the space of deleted rows back.
  absl::Status Vacuum();
  absl::StatusOr<StoreStats> Stats() const;

  // The schema version of the store at `path` (0: none or not a store).
  static int SchemaOf(const std::string& path);
  // The articles of a schema 1 store (before the index), for rebuilding.
  static absl::StatusOr<std::vector<Article>> ReadSchema1(
      const std::string& path);

  const std::string& path() const { return path_; }

 private:
  ArticleStore(sqlite3* db, std::string path, int threads);
  absl::StatusOr<PutOutcome> PutCompressed(const PutInput& input,
                                           const std::string& text_z);
  // Inserts postings with `insert` ("INSERT ... VALUES ").
  absl::Status InsertPostings(absl::string_view insert,
                              const std::vector<Posting>& rows);
  // Rows lookups skip: versions an edit replaced, articles pruned.
  absl::StatusOr<absl::flat_hash_set<int64_t>> SupersededRows() const;
  // The blob of one bucket of an index (none when it has no row).
  absl::StatusOr<std::optional<std::string>> ReadBucketBlob(
      StoreIndex index, uint32_t bucket) const;
  // Its postings, decoded (DataLoss naming the store when damaged); with
  // `keys` (sorted, unique), only theirs.
  absl::StatusOr<std::vector<Posting>> DecodeStoredBucket(
      const std::optional<std::string>& blob, uint32_t bucket,
      const absl::Span<const uint32_t>* keys = nullptr) const;
  absl::StatusOr<std::vector<Posting>> ReadBucket(StoreIndex index,
                                                  uint32_t bucket) const;
  // The postings of `keys` (sorted, unique) in the buckets, key by key.
  absl::StatusOr<std::vector<Posting>> LookupBuckets(
      StoreIndex index, const std::vector<uint32_t>& keys) const;
  // Postings in the buckets and in the recent level (meta rows).
  struct PostingCounts {
    int64_t bucketed = 0, recent = 0;
  };
  absl::StatusOr<PostingCounts> ReadPostingCounts() const;
  absl::Status WritePostingCounts(const PostingCounts& counts);
  // Moves the recent level and the queued postings into the buckets,
  // dropping the postings of superseded rows (inside Begin/Commit).
  absl::Status MergeIndex();
  absl::Status MergeIndex(StoreIndex index, std::vector<Posting>* queued,
                          const absl::flat_hash_set<int64_t>& dropped,
                          int64_t* bucketed);
  absl::Status Exec(const char* sql) const;
  // Exec, retried while the store is busy for up to `timeout_ms`: for the
  // statements SQLite does not wait on by itself (switching to WAL).
  absl::Status ExecWaiting(const char* sql, int timeout_ms) const;
  absl::Status Init(const StoreParams& params, const OpenOptions& options);
  absl::Status CheckMeta(const StoreParams& params, const OpenOptions& options);
  // meta.claims_key ("" when no run has stored claims).
  absl::StatusOr<std::string> StoredClaimsKey() const;
  // FailedPrecondition, naming the rebuild command, when the store's claims
  // key and the run's are both set and differ.
  absl::Status SameClaimsKey(const std::string& stored,
                             const std::string& run) const;
  absl::Status Error(absl::string_view what) const;

  sqlite3* db_;
  std::string path_;
  int threads_;
  // Prepared once per store: a run executes the same few statements
  // thousands of times.
  std::unique_ptr<StatementCache> statements_;
  bool in_transaction_ = false;
  std::vector<Posting> queued_passages_, queued_terms_;
};

}  // namespace wirecheck

#endif  // WIRECHECK_STORE_ARTICLE_STORE_H_
