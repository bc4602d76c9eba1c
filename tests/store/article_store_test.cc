#include "store/article_store.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "store/codec.h"

namespace wirecheck {
namespace {

std::string TempPath(const std::string& name) {
  const char* dir = std::getenv("TEST_TMPDIR");
  const std::string path = absl::StrCat(dir ? dir : "/tmp", "/", name);
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::remove(absl::StrCat(path, suffix).c_str());
  }
  return path;
}

Article Make(const std::string& id, const std::string& text) {
  Article a;
  a.id = id;
  a.url = "https://example.vn/" + id;
  a.outlet = "example.vn";
  a.published = PublishedTime::Day(2024, 6, 19);
  a.title = "Tiêu đề " + id;
  a.text = text;
  a.origin = "batch.jsonl:1";
  return a;
}

ArticleIndex Index(std::vector<uint64_t> fingerprints,
                   std::vector<uint64_t> terms) {
  ArticleIndex i;
  i.fingerprints = std::move(fingerprints);
  i.event_terms = terms;
  i.terms = std::move(terms);
  return i;
}

std::unique_ptr<ArticleStore> OpenOrDie(const std::string& path,
                                        StoreParams params = {}) {
  auto store = ArticleStore::Open(path, params, {});
  EXPECT_TRUE(store.ok()) << store.status();
  return store.ok() ? *std::move(store) : nullptr;
}

ArticleStore::PutOutcome PutOne(ArticleStore& store, const Article& a,
                                const ArticleIndex& index, int64_t now = 100) {
  EXPECT_TRUE(store.Begin().ok());
  auto put =
      store.Put(a, {Span{0, static_cast<uint32_t>(a.text.size())}}, index, now);
  EXPECT_TRUE(put.ok()) << put.status();
  EXPECT_TRUE(store.Commit().ok());
  return put.ok() ? *put : ArticleStore::PutOutcome{};
}

TEST(CodecTest, TextAndSpansRoundTrip) {
  const std::string text =
      "Bình Nhưỡng triển khai hơn 10.000 binh lính. " + std::string(5000, 'x');
  absl::StatusOr<std::string> back =
      DecompressText(CompressText(text), text.size());
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, text);
  EXPECT_LT(CompressText(text).size(), text.size() / 4);
  const std::vector<Span> spans = {{0, 10}, {12, 300}, {70000, 70001}};
  absl::StatusOr<std::vector<Span>> decoded = DecodeSpans(EncodeSpans(spans));
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(*decoded, spans);
  EXPECT_FALSE(DecompressText("not zstd", 8).ok());
  // A frame whose declared size is not its row's is damage, found before
  // anything is allocated.
  EXPECT_EQ(DecompressText(CompressText("abc"), 1ull << 40).status().code(),
            absl::StatusCode::kDataLoss);
  EXPECT_FALSE(DecompressText(CompressText("abc"), 4).ok());
  EXPECT_FALSE(DecodeSpans("\x80").ok());  // A varint cut short.
}

TEST(CodecTest, CountersRoundTripInABytePerSmallCounter) {
  // 16-bit little-endian counters: 0, 7, 254, 255 (escaped), 256, 65535.
  const std::string le16("\x00\x00\x07\x00\xfe\x00\xff\x00\x00\x01\xff\xff",
                         12);
  const std::string packed = PackCounters(le16);
  EXPECT_EQ(packed.size(), 3u + 3 * 3);
  absl::StatusOr<std::string> back = UnpackCounters(packed, le16.size());
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(*back, le16);
  // Damage: a size the bytes cannot hold, a cut escape, bytes left over.
  EXPECT_FALSE(UnpackCounters(packed, 1ull << 40).ok());
  EXPECT_FALSE(UnpackCounters(packed.substr(0, packed.size() - 1), 12).ok());
  EXPECT_FALSE(UnpackCounters(packed, 10).ok());
  EXPECT_FALSE(UnpackCounters(packed, 11).ok());
}

TEST(CodecTest, CountersAfterAHeaderAreTheHeaderThenTheSameBytes) {
  const std::string le16("\x00\x00\xff\x00\x00\x01", 6);
  std::string packed = "H";
  PackCountersAfter(le16, &packed);
  EXPECT_EQ(packed, "H" + PackCounters(le16));
  std::string back = "H";
  ASSERT_TRUE(UnpackCountersAfter(packed.substr(1), 6, &back).ok());
  EXPECT_EQ(back, "H" + le16);
  // Refused counters leave what came before them as it was.
  std::string refused = "H";
  EXPECT_FALSE(UnpackCountersAfter(packed.substr(1), 4, &refused).ok());
  EXPECT_EQ(refused, "H");
}

TEST(ArticleStoreTest, TheTermSketchRoundTripsAndItsHashTellsAChange) {
  const std::string path = TempPath("sketch.db");
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(*store->TermDf(), "");
  EXPECT_EQ(*store->TermDfHash(), 0u);
  std::string sketch("\x03", 1);
  for (int i = 0; i < 16; ++i) {
    sketch.push_back(static_cast<char>(i * 40));
    sketch.push_back(static_cast<char>(i % 3));
  }
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->PutTermDf(sketch).ok());
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(*store->TermDf(), sketch);
  const uint64_t first = *store->TermDfHash();
  EXPECT_NE(first, 0u);
  sketch[5] = 9;
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->PutTermDf(sketch).ok());
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(*OpenOrDie(path)->TermDf(), sketch);
  EXPECT_NE(*store->TermDfHash(), first);
}

TEST(ArticleStoreTest, NewStoresHaveSixteenKibPages) {
  const std::string path = TempPath("pages.db");
  OpenOrDie(path);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA page_size", -1, &st, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 16384);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

// Two runs starting together on a store that does not exist yet: one
// creates it, the other waits for the lock and then opens what the first
// made (was "table meta already exists" in 2 of 5 CLI runs).
TEST(ArticleStoreTest, TwoRunsCreatingOneStoreBothOpenIt) {
  for (int round = 0; round < 20; ++round) {
    const std::string path = TempPath(absl::StrCat("race", round, ".db"));
    absl::Status status[2];
    std::thread runs[2];
    for (int i = 0; i < 2; ++i) {
      runs[i] = std::thread(
          [&, i] { status[i] = ArticleStore::Open(path, {}, {}).status(); });
    }
    for (std::thread& t : runs) t.join();
    EXPECT_TRUE(status[0].ok()) << round << ": " << status[0];
    EXPECT_TRUE(status[1].ok()) << round << ": " << status[1];
  }
}

TEST(ArticleStoreTest, RoundTripsEveryFieldAndFindsByIndex) {
  auto store = OpenOrDie(TempPath("roundtrip.db"));
  ASSERT_NE(store, nullptr);
  Article a = Make("a1", "Nội dung bài viết.");
  a.published.utc = true;
  a.title_inferred = true;
  const auto put = PutOne(*store, a, Index({11, 22}, {7, 8}));
  EXPECT_EQ(put.kind, ArticleStore::PutKind::kAdded);
  auto hits = store->Lookup(StoreIndex::kPassages, {22, 99}, 10);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].key, 22u);
  auto loaded = store->Load({(*hits)[0].seq});
  ASSERT_TRUE(loaded.ok());
  const Article& b = (*loaded)[0].article;
  EXPECT_EQ(b.id, a.id);
  EXPECT_EQ(b.url, a.url);
  EXPECT_EQ(b.outlet, a.outlet);
  EXPECT_EQ(b.title, a.title);
  EXPECT_EQ(b.text, a.text);
  EXPECT_EQ(b.origin, a.origin);
  EXPECT_EQ(b.published.start, a.published.start);
  EXPECT_EQ(b.published.grain, a.published.grain);
  EXPECT_TRUE(b.published.utc);
  EXPECT_TRUE(b.title_inferred);
  EXPECT_FALSE(b.id_inferred);
  EXPECT_EQ((*loaded)[0].stored_at, 100);
  auto terms = store->Lookup(StoreIndex::kEventTerms, {8}, 10);
  ASSERT_TRUE(terms.ok());
  EXPECT_EQ(terms->size(), 1u);
}

TEST(ArticleStoreTest, AKeyHeldByTooManyArticlesFindsNothing) {
  auto store = OpenOrDie(TempPath("postings.db"));
  ASSERT_NE(store, nullptr);
  for (int i = 0; i < 4; ++i) {
    PutOne(*store, Make(absl::StrCat("a", i), absl::StrCat("text ", i)),
           Index({5}, {}));
  }
  EXPECT_EQ(store->Lookup(StoreIndex::kPassages, {5}, 4)->size(), 4u);
  EXPECT_TRUE(store->Lookup(StoreIndex::kPassages, {5}, 3)->empty());
}

// Counts rows of `sql` ("SELECT count(*) ...") in the store at `path`.
int64_t CountRows(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &st, nullptr), SQLITE_OK);
  EXPECT_EQ(sqlite3_step(st), SQLITE_ROW);
  const int64_t n = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

std::vector<int64_t> Rows(const absl::StatusOr<std::vector<Posting>>& hits) {
  std::vector<int64_t> out;
  EXPECT_TRUE(hits.ok()) << hits.status();
  if (hits.ok()) {
    for (const Posting& p : *hits) out.push_back(p.seq);
  }
  return out;
}

// A first run's postings go to the buckets; a small run after it to the
// recent level; lookups see both; a removed article is skipped at once and
// its postings leave the buckets when vacuum merges the index.
TEST(ArticleStoreTest, BothIndexLevelsAreFoundAndMerged) {
  const std::string path = TempPath("levels.db");
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  std::vector<uint64_t> many;
  for (uint64_t k = 1; k <= 100; ++k) many.push_back(k * 0x1234567);
  const auto a = PutOne(*store, Make("a", "một"), Index(many, {}));
  EXPECT_EQ(CountRows(path, "SELECT count(*) FROM passages"), 0);
  const auto b = PutOne(*store, Make("b", "hai"), Index({many[4]}, {}));
  EXPECT_EQ(CountRows(path, "SELECT count(*) FROM passages"), 1);
  EXPECT_EQ(Rows(store->Lookup(StoreIndex::kPassages, {many[4], many[5]}, 10)),
            (std::vector<int64_t>{a.seq, b.seq, a.seq}));
  EXPECT_EQ(store->Stats()->fingerprints, 101);
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->Remove(a.seq).ok());
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(Rows(store->Lookup(StoreIndex::kPassages, {many[4]}, 10)),
            std::vector<int64_t>{b.seq});
  ASSERT_TRUE(store->Vacuum().ok());
  EXPECT_EQ(CountRows(path, "SELECT count(*) FROM passages"), 0);
  EXPECT_EQ(CountRows(path, "SELECT count(*) FROM superseded"), 0);
  EXPECT_EQ(store->Stats()->fingerprints, 1);
  EXPECT_EQ(Rows(store->Lookup(StoreIndex::kPassages, {many[4]}, 10)),
            std::vector<int64_t>{b.seq});
}

TEST(ArticleStoreTest, ADamagedIndexBucketIsDataLossWithTheRebuildCommand) {
  const std::string path = TempPath("bucket.db");
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  PutOne(*store, Make("a", "một"), Index({42}, {}));
  store.reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "UPDATE posting_buckets SET data = x'0102030405'",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  auto hits = store->Lookup(StoreIndex::kPassages, {42}, 10);
  ASSERT_FALSE(hits.ok());
  EXPECT_EQ(hits.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_TRUE(absl::StrContains(hits.status().message(),
                                "wirecheck store rebuild --store="))
      << hits.status();
}

TEST(ArticleStoreTest, AnEditIsANewVersionAndTheOldTextStays) {
  auto store = OpenOrDie(TempPath("edits.db"));
  ASSERT_NE(store, nullptr);
  PutOne(*store, Make("a", "Vụ cháy làm 12 người chết."), Index({1}, {}));
  EXPECT_EQ(
      PutOne(*store, Make("a", "Vụ cháy làm 12 người chết."), Index({1}, {}))
          .kind,
      ArticleStore::PutKind::kUnchanged);
  const auto edited =
      PutOne(*store, Make("a", "Vụ cháy làm 14 người chết."), Index({2}, {}));
  EXPECT_EQ(edited.kind, ArticleStore::PutKind::kEdited);
  EXPECT_EQ(edited.version, 2);
  ASSERT_TRUE(edited.previous.has_value());
  EXPECT_EQ(edited.previous->article.text, "Vụ cháy làm 12 người chết.");
  auto current = store->Current(StoreKey(Make("a", "")));
  ASSERT_TRUE(current.ok() && current->has_value());
  EXPECT_EQ((*current)->article.text, "Vụ cháy làm 14 người chết.");
  // The old version's index entries no longer find it.
  EXPECT_TRUE(store->Lookup(StoreIndex::kPassages, {1}, 10)->empty());
  EXPECT_EQ(store->Lookup(StoreIndex::kPassages, {2}, 10)->size(), 1u);
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 1);
  EXPECT_EQ(stats->versions, 2);
  int versions = 0;
  ASSERT_TRUE(store
                  ->ForEach(
                      [&](const StoredArticle&) {
                        ++versions;
                        return absl::OkStatus();
                      },
                      /*all_versions=*/true)
                  .ok());
  EXPECT_EQ(versions, 2);
}

TEST(ArticleStoreTest, MadeUpIdsNeverIdentifyAnArticle) {
  Article a = Make("today.jsonl:1", "Bài thứ nhất.");
  a.id_inferred = true;
  a.url.clear();
  Article b = a;
  b.text = "Một bài khác hẳn.";
  EXPECT_NE(StoreKey(a), StoreKey(b));
  a.url = b.url = "https://x.vn/1";
  EXPECT_EQ(StoreKey(a), StoreKey(b));  // The URL identifies it.
  Article given = Make("abc", "x");
  EXPECT_EQ(StoreKey(given), "id:abc");
}

TEST(ArticleStoreTest, RemoveDropsEveryVersionAndItsPostings) {
  auto store = OpenOrDie(TempPath("remove.db"));
  ASSERT_NE(store, nullptr);
  PutOne(*store, Make("a", "một"), Index({1}, {9}));
  const auto v2 = PutOne(*store, Make("a", "hai"), Index({2}, {9}));
  PutOne(*store, Make("b", "ba"), Index({3}, {9}));
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->Remove(v2.seq).ok());
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(store->Stats()->versions, 1);
  EXPECT_TRUE(store->Lookup(StoreIndex::kPassages, {2}, 10)->empty());
  EXPECT_EQ(store->Lookup(StoreIndex::kEventTerms, {9}, 10)->size(), 1u);
}

TEST(ArticleStoreTest, ClaimsAreKeptPerRowAndLeaveWithTheirArticle) {
  auto store = OpenOrDie(TempPath("claims.db"));
  ASSERT_NE(store, nullptr);
  const auto a = PutOne(*store, Make("a", "một"), Index({1}, {9}));
  const auto b = PutOne(*store, Make("b", "hai"), Index({2}, {9}));
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->AdoptClaimsKey("k1").ok());
  ASSERT_TRUE(store->PutClaims(a.seq, std::string("\x01\x00claims", 8)).ok());
  ASSERT_TRUE(store->Commit().ok());
  auto loaded = store->LoadClaims({b.seq, a.seq});
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  EXPECT_EQ(*loaded,
            (std::vector<std::string>{"", std::string("\x01\x00claims", 8)}));
  EXPECT_EQ(store->Stats()->with_claims, 1);
  EXPECT_EQ(store->Stats()->claims_bytes, 8);
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->Remove(a.seq).ok());
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(store->Stats()->with_claims, 0);
  EXPECT_EQ(*store->LoadClaims({a.seq}), std::vector<std::string>{""});
}

TEST(ArticleStoreTest, ClaimsOfOtherLexiconsAreRefusedNeverMixed) {
  const std::string path = TempPath("claims_key.db");
  StoreParams first;
  first.claims_key = "e1.c1.aaaa";
  {
    // A store made by a dedup run records no key until claims are stored.
    auto store = OpenOrDie(path);
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(OpenOrDie(path, first) != nullptr);
    ASSERT_TRUE(store->Begin().ok());
    ASSERT_TRUE(store->AdoptClaimsKey(first.claims_key).ok());
    ASSERT_TRUE(store->Commit().ok());
  }
  StoreParams other = first;
  other.claims_key = "e1.c1.bbbb";
  auto refused = ArticleStore::Open(path, other, {});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_TRUE(absl::StrContains(refused.status().message(), "lexicons"));
  EXPECT_TRUE(absl::StrContains(refused.status().message(),
                                "wirecheck store rebuild --store="))
      << refused.status();
  // The same key, or a run that reads no claims, is welcome.
  EXPECT_NE(OpenOrDie(path, first), nullptr);
  EXPECT_NE(OpenOrDie(path, StoreParams{}), nullptr);
  // A run that opened before another recorded its key fails at the write.
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->Begin().ok());
  EXPECT_EQ(store->AdoptClaimsKey(other.claims_key).code(),
            absl::StatusCode::kFailedPrecondition);
  store->Rollback();
}

TEST(ArticleStoreTest, StoredBeforeFindsOldArticles) {
  auto store = OpenOrDie(TempPath("times.db"));
  ASSERT_NE(store, nullptr);
  PutOne(*store, Make("old", "x"), Index({}, {}), 1000);
  PutOne(*store, Make("new", "y"), Index({}, {}), 5000);
  auto old = store->StoredBefore(1000);
  ASSERT_TRUE(old.ok());
  ASSERT_EQ(old->size(), 1u);
  EXPECT_EQ(store->Load(*old)->at(0).article.id, "old");
}

TEST(ArticleStoreTest, PersistsAcrossOpensAndRefusesOtherParams) {
  const std::string path = TempPath("persist.db");
  {
    auto store = OpenOrDie(path);
    ASSERT_NE(store, nullptr);
    PutOne(*store, Make("a", "x"), Index({1}, {}));
  }
  auto again = OpenOrDie(path);
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(*again->CountCurrent(), 1);
  StoreParams other;
  other.shingle = 7;
  auto refused = ArticleStore::Open(path, other, {});
  ASSERT_FALSE(refused.ok());
  EXPECT_TRUE(absl::StrContains(refused.status().message(), "shingle"));
  EXPECT_TRUE(absl::StrContains(refused.status().message(),
                                "wirecheck store rebuild --store="));
}

TEST(ArticleStoreTest, AWriterWaitsBoundedThenFailsClearly) {
  const std::string path = TempPath("busy.db");
  auto first = OpenOrDie(path);
  ASSERT_NE(first, nullptr);
  ASSERT_TRUE(first->Begin().ok());
  ArticleStore::OpenOptions quick;
  quick.busy_timeout_ms = 100;
  auto second = ArticleStore::Open(path, StoreParams{}, quick);
  ASSERT_TRUE(second.ok()) << second.status();
  absl::Status s = (*second)->Begin();
  EXPECT_EQ(s.code(), absl::StatusCode::kUnavailable) << s;
  EXPECT_TRUE(absl::StrContains(s.message(), "another wirecheck run"));
  first->Rollback();
  EXPECT_TRUE((*second)->Begin().ok());
  (*second)->Rollback();
}

// Writes `sql` into a fresh SQLite file.
void MakeDatabase(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
}

TEST(ArticleStoreTest, RemembersReportedFindings) {
  const std::string path = TempPath("findings.db");
  {
    auto store = OpenOrDie(path);
    ASSERT_TRUE(store->Begin().ok());
    ASSERT_TRUE(store->PutFindings({"c-1", "d-2"}, 100).ok());
    ASSERT_TRUE(store->PutFindings({"c-1"}, 200).ok());  // Kept once.
    ASSERT_TRUE(store->Commit().ok());
  }
  auto store = OpenOrDie(path);
  absl::StatusOr<std::vector<bool>> seen =
      store->SeenFindings({"d-2", "c-3", "c-1"});
  ASSERT_TRUE(seen.ok()) << seen.status();
  EXPECT_EQ(*seen, (std::vector<bool>{true, false, true}));
}

// What stores of schema 2 (no findings), 3 (old versions found by joining
// article rows; no superseded table), 4 (no claims) and 5 (a B-tree row per
// posting) look like to this wirecheck.
TEST(ArticleStoreTest, OlderSchemasAreRefusedWithTheRebuildCommand) {
  for (const char* downgrade :
       {"DROP TABLE findings; DROP TABLE superseded;"
        "UPDATE meta SET value = '2' WHERE key = 'schema';",
        "DROP TABLE superseded;"
        "UPDATE meta SET value = '3' WHERE key = 'schema';",
        "DROP TABLE claims;"
        "UPDATE meta SET value = '4' WHERE key = 'schema';",
        "DROP TABLE posting_buckets;"
        "UPDATE meta SET value = '5' WHERE key = 'schema';"}) {
    const std::string path = TempPath("older.db");
    PutOne(*OpenOrDie(path), Make("a", "văn bản"), Index({1}, {2}));
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, downgrade, nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
    const int schema = ArticleStore::SchemaOf(path);
    auto refused = ArticleStore::Open(path, {}, {});
    ASSERT_FALSE(refused.ok()) << schema;
    EXPECT_EQ(refused.status().code(), absl::StatusCode::kFailedPrecondition);
    EXPECT_TRUE(absl::StrContains(refused.status().message(),
                                  "wirecheck store rebuild --store="))
        << refused.status();
    EXPECT_EQ(ArticleStore::SchemaOf(path), schema);  // Left as it was.
    // Rebuilding reads it.
    ArticleStore::OpenOptions read;
    read.create = false;
    read.check_params = false;
    read.read_older_schema = true;
    auto old = ArticleStore::Open(path, {}, read);
    ASSERT_TRUE(old.ok()) << old.status();
    EXPECT_EQ(*(*old)->CountCurrent(), 1);
  }
}

TEST(ArticleStoreTest, BadStoresAreClearErrorsAndStayUntouched) {
  const char* dir = std::getenv("TEST_TMPDIR");
  // A directory, a missing folder.
  EXPECT_TRUE(absl::StrContains(
      ArticleStore::Open(dir, {}, {}).status().message(), "directory"));
  EXPECT_FALSE(
      ArticleStore::Open(absl::StrCat(dir, "/no/such/dir/s.db"), {}, {}).ok());
  // Not SQLite.
  const std::string text = TempPath("text.db");
  std::ofstream(text) << "this is not a database, it is a note\n";
  auto not_db = ArticleStore::Open(text, {}, {});
  ASSERT_FALSE(not_db.ok());
  EXPECT_TRUE(absl::StrContains(not_db.status().message(), "not a wirecheck"));
  std::ifstream in(text);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "this is not a database, it is a note");
  // SQLite, but another program's.
  const std::string other = TempPath("other.db");
  MakeDatabase(other, "CREATE TABLE notes (x TEXT);");
  EXPECT_TRUE(absl::StrContains(
      ArticleStore::Open(other, {}, {}).status().message(), "not a wirecheck"));
  // A schema value that is not a whole number.
  for (const char* bad : {"0", "abc", "-1", "1.9", "99999999999"}) {
    const std::string path = TempPath("schema.db");
    MakeDatabase(path, absl::StrCat("CREATE TABLE meta (key TEXT, value TEXT);"
                                    "INSERT INTO meta VALUES ('schema', '",
                                    bad, "');")
                           .c_str());
    auto s = ArticleStore::Open(path, {}, {});
    ASSERT_FALSE(s.ok()) << bad;
    EXPECT_TRUE(absl::StrContains(s.status().message(), path)) << s.status();
  }
  // Schema 1 (before the index): rebuild, with the command.
  const std::string v1 = TempPath("v1.db");
  MakeDatabase(v1,
               "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
               "INSERT INTO meta VALUES ('schema', '1');");
  auto old = ArticleStore::Open(v1, {}, {});
  ASSERT_FALSE(old.ok());
  EXPECT_TRUE(absl::StrContains(old.status().message(), "store rebuild"));
  EXPECT_EQ(ArticleStore::SchemaOf(v1), 1);
  // Read-only: refused before any work, not at the final write.
  const std::string ro = TempPath("readonly.db");
  { OpenOrDie(ro); }
  ASSERT_EQ(chmod(ro.c_str(), 0444), 0);
  if (access(ro.c_str(), W_OK) != 0) {  // Root may write anyway.
    auto s = ArticleStore::Open(ro, {}, {});
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(absl::StrContains(s.status().message(), "not writable"));
  }
}

}  // namespace
}  // namespace wirecheck
