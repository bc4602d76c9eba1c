#include "pipeline/baseline.h"

#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace wirecheck {
namespace {

constexpr char kCopyId[] = "c-0123456789abcdef";
constexpr char kConflictId[] = "d-fedcba9876543210";

std::vector<Article> Articles() {
  std::vector<Article> a(4);
  a[0].id = "wire-1";
  a[0].outlet = "ttxvn.vn";
  a[1].id = "copy-1";
  a[1].outlet = "bao.vn";
  a[2].id = "x";
  a[3].id = "y";
  return a;
}

DedupResult Copies() {
  DedupResult d;
  CopyPair p;
  p.id = kCopyId;
  p.source = 0;
  p.copy = 1;
  p.containment = 0.85;
  p.by_date = true;
  d.copies.push_back(p);
  return d;
}

CompareResult Conflicts() {
  CompareResult c;
  Discrepancy d;
  d.id = kConflictId;
  d.a.doc = 2;
  d.b.doc = 3;
  d.a.low = d.a.high = 12;
  d.b.low = d.b.high = 120;
  c.discrepancies.push_back(d);
  return c;
}

TEST(BaselineTest, WrittenFileReadsBackAsTheSameEntries) {
  const std::vector<Article> articles = Articles();
  DedupResult dedup = Copies();
  CompareResult compare = Conflicts();
  const std::string file = FormatBaseline(
      BaselineEntriesFor(articles, &dedup, &compare, /*previous=*/nullptr));
  EXPECT_TRUE(absl::StartsWith(file, "# wirecheck baseline 1\n")) << file;
  EXPECT_TRUE(absl::StrContains(
      file,
      "c-0123456789abcdef\tcopy\topen\t\tcopy-1 (bao.vn) copied from wire-1 "
      "(ttxvn.vn); 85% of it, not credited\n"))
      << file;
  absl::StatusOr<Baseline> b = ParseBaseline(file, "b.tsv");
  ASSERT_TRUE(b.ok()) << b.status();
  ASSERT_EQ(b->entries.size(), 2u);
  EXPECT_EQ(b->entries[1].id, kConflictId);
  EXPECT_EQ(b->entries[1].type, FindingType::kDiscrepancy);
  EXPECT_EQ(b->entries[1].status, BaselineStatus::kOpen);
}

TEST(BaselineTest, ListedFindingsAreLeftOutAndCounted) {
  const std::string file = absl::StrCat(
      "# wirecheck baseline 1\n", "id\ttype\tstatus\tnote\tsummary\n",
      kConflictId, "\tdiscrepancy\tdismissed\ttwo different trials\tx\n");
  absl::StatusOr<Baseline> b = ParseBaseline(file, "b.tsv");
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ(b->Find(kConflictId)->note, "two different trials");
  DedupResult dedup = Copies();
  CompareResult compare = Conflicts();
  const BaselineCounts hidden = ApplyBaseline(*b, &dedup, &compare);
  EXPECT_EQ(hidden.dismissed, 1);
  EXPECT_EQ(hidden.total(), 1);
  EXPECT_EQ(dedup.copies.size(), 1u);
  EXPECT_TRUE(compare.discrepancies.empty());
}

TEST(BaselineTest, RewritingKeepsStatusAndNote) {
  const std::string file = absl::StrCat("# wirecheck baseline 1\n", kCopyId,
                                        "\tcopy\taccepted\tsyndication deal\n");
  absl::StatusOr<Baseline> b = ParseBaseline(file, "b.tsv");
  ASSERT_TRUE(b.ok()) << b.status();
  DedupResult dedup = Copies();
  const std::vector<BaselineEntry> e =
      BaselineEntriesFor(Articles(), &dedup, nullptr, &*b);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].status, BaselineStatus::kAccepted);
  EXPECT_EQ(e[0].note, "syndication deal");
  EXPECT_FALSE(e[0].summary.empty());
}

TEST(BaselineTest, BadLinesNameFileAndLine) {
  const std::string head = "# wirecheck baseline 1\n# comment\n\n";
  const struct {
    std::string text;
    std::string error;
  } cases[] = {
      {"id\ttype\n", "b.tsv:1: not a wirecheck baseline"},
      {head + kCopyId + "\tcopy\tfixed\n", "b.tsv:4: status 'fixed'"},
      {head + kCopyId + "\tdiscrepancy\topen\n",
       "b.tsv:4: type 'discrepancy' does not fit"},
      {head + "c-12\tcopy\topen\n", "b.tsv:4: 'c-12' is not a finding id"},
      // An editor that turned tabs into spaces.
      {head + kCopyId + "    copy    open\n",
       "b.tsv:4: expected 3 to 5 tab-separated fields"},
      {head + kCopyId + "\tcopy\topen\n" + kCopyId + "\tcopy\tdismissed\n",
       "b.tsv:5: c-0123456789abcdef is listed twice (first on line 4)"},
  };
  for (const auto& c : cases) {
    absl::StatusOr<Baseline> b = ParseBaseline(c.text, "b.tsv");
    ASSERT_FALSE(b.ok()) << c.text;
    EXPECT_TRUE(absl::StartsWith(b.status().message(), c.error))
        << b.status() << "\nwanted: " << c.error;
  }
}

TEST(BaselineTest, CrLfAndMissingTrailingFieldsAreFine) {
  absl::StatusOr<Baseline> b = ParseBaseline(
      absl::StrCat("# wirecheck baseline 1\r\n", kCopyId, "\tcopy\topen\r\n"),
      "b.tsv");
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ(b->entries.size(), 1u);
}

}  // namespace
}  // namespace wirecheck
