// End to end: CI-style runs sharing a --store file, as a user runs them.
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "report/json_writer.h"
#include "tests/cli/run_wirecheck.h"
#include "tests/testing/news_corpus.h"

namespace wirecheck {
namespace {

// Both streams together: the summary lines are on stderr with text output.
struct Output {
  std::string out;
  int exit_code = -1;
};

Output Wirecheck(const std::string& args) {
  RunResult r = RunWirecheck(args);
  return Output{r.out + r.err, r.exit_code};
}

std::string Temp(const std::string& name) {
  const std::string path = absl::StrCat(std::getenv("TEST_TMPDIR"), "/", name);
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::remove(absl::StrCat(path, suffix).c_str());
  }
  return path;
}

TEST(StoreTest, SecondBatchIsMatchedAgainstTheFirst) {
  const std::string store = Temp("seen.db");
  // Day 1: the five sample scrapes, nothing copied among them.
  Output day1 = Wirecheck(
      absl::StrCat("dedup --format=json --store=", store, " testdata/samples"));
  ASSERT_EQ(day1.exit_code, 0) << day1.out;
  EXPECT_TRUE(absl::StrContains(day1.out, "\"copies\": []")) << day1.out;
  EXPECT_TRUE(
      absl::StrContains(day1.out, "0 articles from earlier runs; 5 added"))
      << day1.out;

  // Day 2: only the re-publications. Their sources are yesterday's scrapes,
  // which this run does not name: the store supplies them.
  Output day2 = Wirecheck(
      absl::StrCat("dedup --format=json --fail-on=copies --store=", store,
                   " testdata/demo"));
  EXPECT_EQ(day2.exit_code, 1) << day2.out;
  EXPECT_TRUE(
      absl::StrContains(day2.out, "\"source\": \"003_52527fb49a4ec3a9\""))
      << day2.out;
  EXPECT_TRUE(
      absl::StrContains(day2.out, "\"copy\": \"nhanhnews-lavrov-wonsan\""));
  EXPECT_TRUE(
      absl::StrContains(day2.out, "5 articles from earlier runs; 5 added"))
      << day2.out;
  // Old articles are listed only when a finding cites them: 002 is not.
  EXPECT_FALSE(absl::StrContains(day2.out, "\"id\": \"002_1d707402690d7645\""));

  // Day 3: the same batch again changes nothing in the store.
  Output day3 =
      Wirecheck(absl::StrCat("dedup --store=", store, " testdata/demo"));
  EXPECT_EQ(day3.exit_code, 0);
  EXPECT_TRUE(absl::StrContains(
      day3.out, "10 articles from earlier runs; 0 added, 0 changed"))
      << day3.out;
  EXPECT_TRUE(absl::StrContains(day3.out, "5 already stored")) << day3.out;

  Output stats = Wirecheck(absl::StrCat("store stats --store=", store));
  EXPECT_EQ(stats.exit_code, 0) << stats.out;
  EXPECT_TRUE(absl::StrContains(stats.out, "articles:     10 (10 versions)"))
      << stats.out;
}

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

std::string Jsonl(const std::vector<Article>& articles) {
  std::string out;
  for (const Article& a : articles) {
    absl::StrAppend(&out, "{\"id\": ", JsonWriter::Quote(a.id),
                    ", \"outlet\": ", JsonWriter::Quote(a.outlet),
                    ", \"published\": \"", a.published.ToIso(),
                    "\", \"text\": ", JsonWriter::Quote(a.text), "}\n");
  }
  return out;
}

TEST(StoreTest, AnEditedArticleIsReportedAndGates) {
  const std::string store = Temp("edits.db");
  const std::string day1 = Temp("day1.jsonl"), day2 = Temp("day2.jsonl");
  const std::string text =
      "Vụ cháy chợ tại Quảng Nam xảy ra rạng sáng nay đã làm 12 người thiệt "
      "mạng và hàng chục ki ốt bị thiêu rụi hoàn toàn. Lực lượng chức năng đã "
      "có mặt tại hiện trường để khắc phục hậu quả và hỗ trợ tiểu thương.";
  WriteFile(day1, absl::StrCat("{\"id\": \"cho\", \"text\": ",
                               JsonWriter::Quote(text), "}\n"));
  std::string edited = text;
  edited.replace(edited.find("12 người"), 2, "15");
  WriteFile(day2, absl::StrCat("{\"id\": \"cho\", \"text\": ",
                               JsonWriter::Quote(edited), "}\n"));
  ASSERT_EQ(
      Wirecheck(absl::StrCat("check --store=", store, " ", day1)).exit_code, 0);
  Output r =
      Wirecheck(absl::StrCat("check --format=json --fail-on=edits "
                             "--store=",
                             store, " ", day2));
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "\"edits\"")) << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "\"version\": 2")) << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "\"text\": \"12 người\"")) << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "1 changed (kept as new versions)"))
      << r.out;
  Output text_report =
      Wirecheck(absl::StrCat("check --store=", store, " ", day2));
  EXPECT_FALSE(absl::StrContains(text_report.out, "Edits of stored"))
      << "an unchanged re-run reports no edit: " << text_report.out;
  Output exported = Wirecheck(absl::StrCat("store export --store=", store));
  EXPECT_EQ(exported.exit_code, 0);
  EXPECT_TRUE(absl::StrContains(exported.out, "\"version\":1"));
  EXPECT_TRUE(absl::StrContains(exported.out, "\"version\":2"));
}

TEST(StoreTest, AReportThatCannotBeWrittenLeavesTheStoreAsItWas) {
  const std::string store = Temp("full.db");
  ASSERT_EQ(
      Wirecheck(absl::StrCat("dedup --store=", store, " testdata/samples"))
          .exit_code,
      0);
  Output r = Wirecheck(
      absl::StrCat("dedup --store=", store, " testdata/demo >/dev/full"));
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "the store was not updated")) << r.out;
  Output stats = Wirecheck(absl::StrCat("store stats --store=", store));
  EXPECT_TRUE(absl::StrContains(stats.out, "articles:     5 (5 versions)"))
      << stats.out;
}

TEST(StoreTest, BadStoresAreClearErrors) {
  // A text file, not a database: named, exit 2, no pointer to --help.
  const std::string bogus = "testdata/samples/000_8a7e7adb52db9b61.txt";
  Output r = Wirecheck(absl::StrCat("dedup --store=", bogus, " testdata/demo"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(absl::StrContains(r.out, "000_8a7e7adb52db9b61.txt")) << r.out;
  EXPECT_FALSE(absl::StrContains(r.out, "--help")) << r.out;
  // A directory and a missing folder.
  EXPECT_EQ(Wirecheck("dedup --store=testdata testdata/demo").exit_code, 2);
  EXPECT_EQ(Wirecheck(absl::StrCat("dedup --store=", std::getenv("TEST_TMPDIR"),
                                   "/no/such/s.db testdata/demo"))
                .exit_code,
            2);
  // Housekeeping needs an existing store.
  EXPECT_EQ(Wirecheck(absl::StrCat("store stats --store=", Temp("none.db")))
                .exit_code,
            2);
}

TEST(StoreTest, ASchemaOneStoreIsRebuiltKeepingItsArticles) {
  const std::string store = Temp("v1.db");
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(store.c_str(), &db), SQLITE_OK);
  const char* sql = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES ('schema', '1');
CREATE TABLE articles (seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE, url TEXT NOT NULL, outlet TEXT NOT NULL,
  published_grain INTEGER NOT NULL, published_start TEXT NOT NULL,
  published_utc INTEGER NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL,
  origin TEXT NOT NULL, inferred INTEGER NOT NULL, text_hash INTEGER NOT NULL);
INSERT INTO articles (id, url, outlet, published_grain, published_start,
  published_utc, title, text, origin, inferred, text_hash) VALUES
  ('old-1', '', 'a.vn', 3, '2024-06-19T00:00:00', 0, 't',
   'Bình Nhưỡng được cho là đã triển khai hơn 10.000 binh lính và cung cấp vũ khí nhằm hậu thuẫn Moscow trong cuộc xung đột kéo dài.',
   'x.jsonl:1', 0, 1);
)sql";
  ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  Output refused =
      Wirecheck(absl::StrCat("dedup --store=", store, " testdata/demo"));
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_TRUE(absl::StrContains(refused.out, "wirecheck store rebuild"))
      << refused.out;
  Output rebuilt = Wirecheck(absl::StrCat("store rebuild --store=", store));
  EXPECT_EQ(rebuilt.exit_code, 0) << rebuilt.out;
  EXPECT_TRUE(absl::StrContains(rebuilt.out, "from schema 1: 1 articles"))
      << rebuilt.out;
  Output after =
      Wirecheck(absl::StrCat("dedup --store=", store, " testdata/demo"));
  EXPECT_EQ(after.exit_code, 0) << after.out;
  EXPECT_TRUE(absl::StrContains(after.out, "1 articles from earlier runs"))
      << after.out;
}

TEST(StoreTest, ASchemaThreeStoreIsRebuiltKeepingVersionsAndFindings) {
  const std::string store = Temp("v3.db");
  const std::string batch = Temp("v3.jsonl");
  const std::string text =
      "Vụ cháy chợ tại Quảng Nam xảy ra rạng sáng nay đã làm 12 người thiệt "
      "mạng và hàng chục ki ốt bị thiêu rụi hoàn toàn.";
  std::string edited = text;
  edited.replace(edited.find("12 người"), 2, "15");
  WriteFile(batch, absl::StrCat("{\"id\": \"v3\", \"text\": ",
                                JsonWriter::Quote(text), "}\n"));
  ASSERT_EQ(Wirecheck(absl::StrCat("dedup --quiet --store=", store, " ", batch))
                .exit_code,
            0);
  WriteFile(batch, absl::StrCat("{\"id\": \"v3\", \"text\": ",
                                JsonWriter::Quote(edited), "}\n"));
  ASSERT_EQ(Wirecheck(absl::StrCat("dedup --quiet --store=", store, " ", batch))
                .exit_code,
            0);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(store.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "INSERT INTO findings VALUES ('c-old', 7);"
                         "DROP TABLE superseded;"
                         "UPDATE meta SET value = '3' WHERE key = 'schema';",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  Output refused = Wirecheck(absl::StrCat("dedup --store=", store, " ", batch));
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_TRUE(absl::StrContains(refused.out, "wirecheck store rebuild"))
      << refused.out;
  Output rebuilt = Wirecheck(absl::StrCat("store rebuild --store=", store));
  EXPECT_EQ(rebuilt.exit_code, 0) << rebuilt.out;
  EXPECT_TRUE(absl::StrContains(rebuilt.out, "from schema 3")) << rebuilt.out;
  Output stats = Wirecheck(absl::StrCat("store stats --store=", store));
  EXPECT_TRUE(absl::StrContains(stats.out, "1 (2 versions)")) << stats.out;
  ASSERT_EQ(sqlite3_open(store.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(
                db, "SELECT first_seen FROM findings WHERE id = 'c-old'", -1,
                &st, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int64(st, 0), 7);
  sqlite3_finalize(st);
  sqlite3_close(db);
  // The same batch again: unchanged, the store is usable.
  Output after = Wirecheck(absl::StrCat("dedup --store=", store, " ", batch));
  EXPECT_EQ(after.exit_code, 0) << after.out;
  EXPECT_TRUE(absl::StrContains(after.out, "1 already stored")) << after.out;
}

TEST(StoreTest, ClaimsOfOtherAliasesAreRefusedUntilRebuilt) {
  const std::string store = Temp("aliases.db");
  const std::string aliases = Temp("aliases.tsv");
  WriteFile(aliases, "Công ty Hoà Phát\tHoa Phat Group\n");
  Output first = Wirecheck(
      absl::StrCat("check --quiet --store=", store, " testdata/demo"));
  EXPECT_NE(first.exit_code, 2) << first.out;
  Output stats = Wirecheck(absl::StrCat("store stats --store=", store));
  EXPECT_TRUE(absl::StrContains(stats.out, "claims:       of ")) << stats.out;
  EXPECT_FALSE(absl::StrContains(stats.out, "claims:       of 0 "))
      << stats.out;
  const std::string with_aliases =
      absl::StrCat("check --quiet --aliases=", aliases, " --store=", store,
                   " testdata/demo");
  Output refused = Wirecheck(with_aliases);
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_TRUE(absl::StrContains(refused.out, "lexicons, aliases"))
      << refused.out;
  EXPECT_TRUE(absl::StrContains(refused.out, "wirecheck store rebuild"))
      << refused.out;
  // dedup reads no claims.
  EXPECT_EQ(
      Wirecheck(absl::StrCat("dedup --quiet --store=", store, " testdata/demo"))
          .exit_code,
      0);
  Output rebuilt = Wirecheck(
      absl::StrCat("store rebuild --aliases=", aliases, " --store=", store));
  EXPECT_EQ(rebuilt.exit_code, 0) << rebuilt.out;
  Output after = Wirecheck(with_aliases);
  EXPECT_NE(after.exit_code, 2) << after.out;
}

TEST(StoreTest, PruneDropsOldArticles) {
  const std::string store = Temp("prune.db");
  ASSERT_EQ(
      Wirecheck(absl::StrCat("dedup --store=", store, " testdata/samples"))
          .exit_code,
      0);
  Output none =
      Wirecheck(absl::StrCat("store prune --older-than=1d --store=", store));
  EXPECT_TRUE(absl::StrContains(none.out, "pruned 0 articles")) << none.out;
  Output all =
      Wirecheck(absl::StrCat("store prune --older-than=0d --store=", store));
  EXPECT_TRUE(absl::StrContains(all.out, "pruned 5 articles")) << all.out;
  EXPECT_EQ(Wirecheck(absl::StrCat("store vacuum --store=", store)).exit_code,
            0);
  EXPECT_EQ(Wirecheck("store prune --store=x.db").exit_code, 2);
}

// Number of current articles, or -1 when the store fails its integrity
// check.
int StoredArticles(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) !=
      SQLITE_OK) {
    sqlite3_close(db);
    return -1;
  }
  int n = -1;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) ==
          SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW &&
      std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) ==
          "ok") {
    sqlite3_finalize(st);
    st = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT count(*) FROM articles WHERE current = 1",
                           -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
      n = sqlite3_column_int(st, 0);
    }
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

void CopyFile(const std::string& from, const std::string& to) {
  std::ifstream in(from, std::ios::binary);
  std::ofstream(to, std::ios::binary) << in.rdbuf();
}

// Starts wirecheck on a batch and kills it with SIGKILL after `ms`.
void RunAndKill(const std::string& store, const std::string& batch, int ms) {
  const pid_t pid = fork();
  if (pid == 0) {
    if (freopen("/dev/null", "w", stdout) == nullptr ||
        freopen("/dev/null", "w", stderr) == nullptr) {
      _exit(126);
    }
    const std::string flag = absl::StrCat("--store=", store);
    execl("cli/wirecheck", "wirecheck", "check", "--quiet", flag.c_str(),
          batch.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(ms));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
}

TEST(StoreTest, KillNineAtAnyMomentLeavesTheStoreBeforeOrAfter) {
  const std::vector<Article> corpus =
      testing_news::MakeNewsCorpus(/*seed=*/3, /*events=*/250,
                                   /*unrelated=*/100);
  const size_t split = 200;
  const std::string first = Temp("kill_first.jsonl");
  const std::string second = Temp("kill_second.jsonl");
  WriteFile(first, Jsonl({corpus.begin(), corpus.begin() + split}));
  WriteFile(second, Jsonl({corpus.begin() + split, corpus.end()}));
  const std::string base = Temp("kill_base.db");
  ASSERT_EQ(Wirecheck(absl::StrCat("check --quiet --store=", base, " ", first))
                .exit_code,
            0);
  const int before = StoredArticles(base);
  ASSERT_EQ(before, static_cast<int>(split));
  const int after = static_cast<int>(corpus.size());
  for (int ms : {20, 60, 120, 250, 400, 700, 1000}) {
    const std::string store = Temp(absl::StrCat("kill_", ms, ".db"));
    CopyFile(base, store);
    RunAndKill(store, second, ms);
    const int n = StoredArticles(store);
    EXPECT_TRUE(n == before || n == after)
        << "killed at " << ms << " ms: " << n;
    // The next run completes the work.
    Output again =
        Wirecheck(absl::StrCat("check --quiet --store=", store, " ", second));
    EXPECT_EQ(again.exit_code, 0) << again.out;
    EXPECT_EQ(StoredArticles(store), after) << "after a kill at " << ms;
  }
}

}  // namespace
}  // namespace wirecheck
