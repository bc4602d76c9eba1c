// A batch matched against a store finds what a run over the whole archive
// finds, keeps edits as versions, and writes nothing until committed.
#include "pipeline/store_run.h"

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "pipeline/store_admin.h"
#include "tests/testing/news_corpus.h"

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

StoreRunOptions Options() {
  StoreRunOptions o;
  o.check.prepare.threads = 2;
  o.check.dedup.threads = 2;
  o.check.compare.threads = 2;
  return o;
}

std::unique_ptr<ArticleStore> NewStore(const std::string& name,
                                       const StoreRunOptions& o) {
  auto store = ArticleStore::Open(TempPath(name), StoreParamsFor(o.check), {});
  EXPECT_TRUE(store.ok()) << store.status();
  return store.ok() ? *std::move(store) : nullptr;
}

// Runs and commits one batch.
StoreRun RunBatch(ArticleStore& store, std::vector<Article> batch,
                  const StoreRunOptions& o) {
  absl::StatusOr<StoreRun> run = MatchAgainstStore(store, std::move(batch), o);
  EXPECT_TRUE(run.ok()) << run.status();
  if (!run.ok()) return StoreRun{};
  absl::StatusOr<StoreCounts> c = CommitToStore(store, *run, 1000);
  EXPECT_TRUE(c.ok()) << c.status();
  return *std::move(run);
}

using CopyKey = std::tuple<std::string, std::string, uint32_t, uint32_t>;
using ConflictKey = std::tuple<std::string, uint32_t, std::string, uint32_t>;

std::set<CopyKey> Copies(const std::vector<Article>& articles,
                         const CheckResult& r) {
  std::set<CopyKey> out;
  for (const CopyPair& p : r.dedup->copies) {
    out.insert({articles[p.source].id, articles[p.copy].id,
                p.spans.empty() ? 0 : p.spans[0].copy.begin,
                p.spans.empty() ? 0 : p.spans[0].copy.end});
  }
  return out;
}

std::set<ConflictKey> Conflicts(const std::vector<Article>& articles,
                                const CheckResult& r) {
  std::set<ConflictKey> out;
  for (const Discrepancy& d : r.compare->discrepancies) {
    ConflictKey a{articles[d.a.doc].id, d.a.span.begin, articles[d.b.doc].id,
                  d.b.span.begin};
    ConflictKey b{std::get<2>(a), std::get<3>(a), std::get<0>(a),
                  std::get<1>(a)};
    out.insert(std::min(a, b));
  }
  return out;
}

TEST(StoreRunTest, SameFindingsAsARunOverTheWholeArchive) {
  const std::vector<Article> corpus =
      testing_news::MakeNewsCorpus(/*seed=*/7, /*events=*/90,
                                   /*unrelated=*/40);
  ASSERT_GT(corpus.size(), 250u);
  const size_t split = corpus.size() * 2 / 3;
  std::vector<Article> archive(corpus.begin(), corpus.begin() + split);
  std::vector<Article> batch(corpus.begin() + split, corpus.end());
  const StoreRunOptions o = Options();

  // From scratch: everything at once, findings that touch the batch.
  absl::StatusOr<CheckResult> whole = RunCheck(corpus, o.check);
  ASSERT_TRUE(whole.ok()) << whole.status();
  std::vector<bool> is_new(corpus.size(), false);
  for (size_t i = split; i < corpus.size(); ++i) is_new[i] = true;
  KeepFindingsTouchingNew(is_new, &*whole);

  // Through the store.
  auto store = NewStore("equivalence.db", o);
  ASSERT_NE(store, nullptr);
  RunBatch(*store, archive, o);
  const StoreRun run = RunBatch(*store, batch, o);
  EXPECT_LT(run.candidates, static_cast<int>(split));  // An index, not a scan.
  // The archive was stored by a run that compares: no candidate is lexed.
  EXPECT_EQ(run.claims_from_store, run.candidates);

  const std::set<CopyKey> want_copies = Copies(corpus, *whole);
  EXPECT_GT(want_copies.size(), 20u);
  EXPECT_EQ(Copies(run.batch.articles, run.result), want_copies);
  const std::set<ConflictKey> want_conflicts = Conflicts(corpus, *whole);
  EXPECT_GT(want_conflicts.size(), 5u);
  EXPECT_EQ(Conflicts(run.batch.articles, run.result), want_conflicts);
}

// Two runs matched before either commits: the second to commit reads the
// frequencies the first wrote and adds its own batch's terms, taken again
// from its tokens (the run dropped them once counted), so the store counts
// what one run after the other would have counted.
TEST(StoreRunTest, RunsCommittingInTurnCountEveryTerm) {
  const std::vector<Article> corpus =
      testing_news::MakeNewsCorpus(/*seed=*/3, /*events=*/20,
                                   /*unrelated=*/10);
  const size_t third = corpus.size() / 3;
  const std::vector<Article> archive(corpus.begin(), corpus.begin() + third);
  const std::vector<Article> first(corpus.begin() + third,
                                   corpus.begin() + 2 * third);
  const std::vector<Article> second(corpus.begin() + 2 * third, corpus.end());
  const StoreRunOptions o = Options();

  auto in_turn = NewStore("in_turn.db", o);
  ASSERT_NE(in_turn, nullptr);
  RunBatch(*in_turn, archive, o);
  RunBatch(*in_turn, first, o);
  RunBatch(*in_turn, second, o);

  auto at_once = NewStore("at_once.db", o);
  ASSERT_NE(at_once, nullptr);
  RunBatch(*at_once, archive, o);
  absl::StatusOr<StoreRun> a = MatchAgainstStore(*at_once, first, o);
  absl::StatusOr<StoreRun> b = MatchAgainstStore(*at_once, second, o);
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_TRUE(b->term_df_with_batch.has_value());
  ASSERT_TRUE(CommitToStore(*at_once, *a, 1000).ok());
  ASSERT_TRUE(CommitToStore(*at_once, *b, 1000).ok());

  EXPECT_EQ(*at_once->TermDf(), *in_turn->TermDf());
  EXPECT_EQ(*at_once->CountCurrent(), *in_turn->CountCurrent());
}

Article Make(const std::string& id, const std::string& text) {
  Article a;
  a.id = id;
  a.outlet = "baomoi.vn";
  a.published = PublishedTime::Day(2024, 6, 20);
  a.text = text;
  return a;
}

TEST(StoreRunTest, AnEditIsReportedAndKeptAsAVersion) {
  const StoreRunOptions o = Options();
  auto store = NewStore("edit.db", o);
  ASSERT_NE(store, nullptr);
  const std::string lead =
      "Vụ cháy chợ tại Quảng Nam xảy ra rạng sáng nay đã làm 12 người thiệt "
      "mạng và hàng chục ki ốt bị thiêu rụi hoàn toàn. ";
  const std::string body =
      "Lực lượng chức năng đã có mặt tại hiện trường để khắc phục hậu quả. "
      "Chính quyền địa phương cho biết sẽ tiếp tục theo dõi tình hình và hỗ "
      "trợ các tiểu thương bị thiệt hại trong vụ cháy. ";
  const std::string removed =
      "Một nhân chứng kể lại ngọn lửa bùng lên từ khu hàng khô phía sau chợ.";
  RunBatch(*store, {Make("cho-chay", lead + body + removed)}, o);
  std::string edited_lead = lead;
  edited_lead.replace(edited_lead.find("12 người"), 2, "15");
  const StoreRun run =
      RunBatch(*store, {Make("cho-chay", edited_lead + body)}, o);
  EXPECT_EQ(run.to_edit, 1);
  EXPECT_EQ(run.claims_from_store, 1);  // The first version's.
  ASSERT_EQ(run.edits.size(), 1u);
  const Edit& e = run.edits[0];
  EXPECT_EQ(e.version, 2);
  ASSERT_EQ(e.figures.size(), 1u);
  const Article& before = run.batch.articles[e.previous];
  const Article& after = run.batch.articles[e.doc];
  EXPECT_EQ(e.figures[0].a.span.Of(before.text), "12 người");
  EXPECT_EQ(e.figures[0].b.span.Of(after.text), "15 người");
  ASSERT_FALSE(e.removed.empty());
  bool found = false;
  for (const Span& s : e.removed) {
    found |= s.Of(before.text).find("nhân chứng") != absl::string_view::npos;
  }
  EXPECT_TRUE(found);
  // Not reported as a copy of itself.
  EXPECT_TRUE(run.result.dedup->copies.empty());
  auto stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 1);
  EXPECT_EQ(stats->versions, 2);
}

// Everything a discrepancy says, for comparing two runs' findings.
std::set<std::string> Described(const std::vector<Article>& articles,
                                const CheckResult& r) {
  std::set<std::string> out;
  for (const Discrepancy& d : r.compare->discrepancies) {
    out.insert(absl::StrCat(
        d.id, " ", articles[d.a.doc].id, "@", d.a.span.begin, "-", d.a.span.end,
        " ", articles[d.b.doc].id, "@", d.b.span.begin, "-", d.b.span.end, " ",
        static_cast<int>(d.cls), " ", d.confidence, " ", d.topic, " ",
        d.frame_similarity, " ", d.local_similarity, " ", d.event_similarity,
        " ", d.agreements, " ", d.changed_in_copy));
  }
  return out;
}

struct Split {
  std::vector<Article> archive, batch;
};

Split NewsSplit() {
  const std::vector<Article> corpus =
      testing_news::MakeNewsCorpus(/*seed=*/11, /*events=*/90,
                                   /*unrelated=*/40);
  const size_t split = corpus.size() * 2 / 3;
  return {{corpus.begin(), corpus.begin() + split},
          {corpus.begin() + split, corpus.end()}};
}

TEST(StoreRunTest, StoredClaimsFindWhatExtractingThemAgainFinds) {
  const Split news = NewsSplit();
  const StoreRunOptions check = Options();
  StoreRunOptions dedup_only = check;
  dedup_only.check.run_compare = false;
  // One archive stored by a run that compares (claims kept), one by a
  // dedup run (none: the batch's run extracts its candidates).
  auto with_claims = NewStore("with_claims.db", check);
  auto without = NewStore("without_claims.db", dedup_only);
  ASSERT_NE(with_claims, nullptr);
  ASSERT_NE(without, nullptr);
  RunBatch(*with_claims, news.archive, check);
  RunBatch(*without, news.archive, dedup_only);
  const StoreRun read = RunBatch(*with_claims, news.batch, check);
  const StoreRun extracted = RunBatch(*without, news.batch, check);
  EXPECT_GT(read.candidates, 10);
  EXPECT_EQ(read.claims_from_store, read.candidates);
  EXPECT_EQ(extracted.claims_from_store, 0);
  const std::set<std::string> want =
      Described(extracted.batch.articles, extracted.result);
  EXPECT_GT(want.size(), 3u);
  EXPECT_EQ(Described(read.batch.articles, read.result), want);
  EXPECT_EQ(Copies(read.batch.articles, read.result),
            Copies(extracted.batch.articles, extracted.result));
  // The run that extracted its candidates stored their claims too.
  EXPECT_EQ(without->Stats()->with_claims,
            static_cast<int64_t>(news.batch.size()) + extracted.candidates);
}

TEST(StoreRunTest, DamagedStoredClaimsNameTheStoreAndTheArticle) {
  const Split news = NewsSplit();
  const StoreRunOptions o = Options();
  const std::string path = TempPath("damaged_claims.db");
  {
    auto store = NewStore("damaged_claims.db", o);
    ASSERT_NE(store, nullptr);
    RunBatch(*store, news.archive, o);
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "UPDATE claims SET data = substr(data, 1, 12)",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto store = ArticleStore::Open(path, StoreParamsFor(o.check), {});
  ASSERT_TRUE(store.ok()) << store.status();
  absl::StatusOr<StoreRun> run = MatchAgainstStore(**store, news.batch, o);
  ASSERT_FALSE(run.ok());
  EXPECT_EQ(run.status().code(), absl::StatusCode::kDataLoss);
  const std::string message(run.status().message());
  EXPECT_TRUE(absl::StrContains(message, path)) << message;
  EXPECT_TRUE(absl::StrContains(message, "stored claims of article"))
      << message;
  EXPECT_TRUE(absl::StrContains(message, "wirecheck store rebuild")) << message;
  bool names_an_archived_article = false;
  for (const Article& a : news.archive) {
    names_an_archived_article |=
        absl::StrContains(message, absl::StrCat("article ", a.id, " "));
  }
  EXPECT_TRUE(names_an_archived_article) << message;
}

TEST(StoreRunTest, OtherAliasesAreRefusedUntilTheStoreIsRebuilt) {
  const Split news = NewsSplit();
  const StoreRunOptions o = Options();
  const std::string path = TempPath("aliases.db");
  {
    auto store = NewStore("aliases.db", o);
    ASSERT_NE(store, nullptr);
    RunBatch(*store, news.archive, o);
  }
  StoreRunOptions aliased = o;
  aliased.check.knowledge.aliases = "Công ty Hoà Phát\tHoa Phat Group\n";
  aliased.check.knowledge.aliases_name = "my_aliases.tsv";
  EXPECT_NE(ClaimsKeyFor(aliased.check), ClaimsKeyFor(o.check));
  StoreRunOptions other_extraction = o;
  other_extraction.check.compare.extract.frame_terms += 1;
  EXPECT_NE(ClaimsKeyFor(other_extraction.check), ClaimsKeyFor(o.check));
  // Options that do not change claims do not change the key.
  StoreRunOptions other_report = o;
  other_report.check.compare.min_confidence = 0.9;
  EXPECT_EQ(ClaimsKeyFor(other_report.check), ClaimsKeyFor(o.check));
  auto refused = ArticleStore::Open(path, StoreParamsFor(aliased.check), {});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_TRUE(absl::StrContains(refused.status().message(),
                                "wirecheck store rebuild --store="))
      << refused.status();
  // A dedup run reads no claims: it is not refused.
  StoreRunOptions dedup_only = aliased;
  dedup_only.check.run_compare = false;
  auto for_dedup =
      ArticleStore::Open(path, StoreParamsFor(dedup_only.check), {});
  ASSERT_TRUE(for_dedup.ok()) << for_dedup.status();
  // A comparing run on a store opened without its key is refused all the
  // same, before reading a claim.
  absl::StatusOr<StoreRun> mixed =
      MatchAgainstStore(**for_dedup, news.batch, aliased);
  EXPECT_EQ(mixed.status().code(), absl::StatusCode::kFailedPrecondition);
  for_dedup->reset();

  absl::StatusOr<RebuildCounts> rebuilt = RebuildStore(path, aliased, 2000);
  ASSERT_TRUE(rebuilt.ok()) << rebuilt.status();
  auto store = ArticleStore::Open(path, StoreParamsFor(aliased.check), {});
  ASSERT_TRUE(store.ok()) << store.status();
  EXPECT_EQ((*store)->Stats()->with_claims,
            static_cast<int64_t>(news.archive.size()));
  const StoreRun run = RunBatch(**store, news.batch, aliased);
  EXPECT_EQ(run.claims_from_store, run.candidates);
  EXPECT_FALSE(ArticleStore::Open(path, StoreParamsFor(o.check), {}).ok());
}

TEST(StoreRunTest, NothingIsWrittenBeforeTheCommit) {
  const StoreRunOptions o = Options();
  auto store = NewStore("nocommit.db", o);
  ASSERT_NE(store, nullptr);
  auto run = MatchAgainstStore(*store, {Make("a", "Một bài báo.")}, o);
  ASSERT_TRUE(run.ok());
  EXPECT_EQ(run->to_add, 1);
  EXPECT_EQ(*store->CountCurrent(), 0);
}

TEST(StoreRunTest, ArticlesWithMadeUpIdsAreNeverReplaced) {
  const StoreRunOptions o = Options();
  auto store = NewStore("inferred.db", o);
  ASSERT_NE(store, nullptr);
  const std::string story =
      "Vụ sạt lở đất tại Hà Giang đã làm 7 người thiệt mạng, theo báo cáo "
      "của ban chỉ huy phòng chống thiên tai tỉnh chiều nay. Các tuyến "
      "đường liên xã bị chia cắt trong nhiều giờ và hàng trăm cán bộ chiến "
      "sĩ được huy động tham gia cứu hộ tại hiện trường.";
  Article day1 = Make("today", story);
  day1.id_inferred = true;  // From a file named today.txt.
  RunBatch(*store, {day1}, o);
  Article day2 = Make("today", "Bài mới: " + story);
  day2.id_inferred = true;
  const StoreRun run = RunBatch(*store, {day2}, o);
  EXPECT_EQ(run.to_add, 1);
  EXPECT_EQ(run.to_edit, 0);
  EXPECT_EQ(run.result.dedup->copies.size(), 1u);
  EXPECT_EQ(*store->CountCurrent(), 2);
}

}  // namespace
}  // namespace wirecheck
