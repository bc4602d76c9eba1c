// Each compare limit, fed until it is hit, is reported as a warning naming
// the article's file (and line), and normal articles hit none.
#include "pipeline/limits.h"

#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "pipeline/check.h"

namespace wirecheck {
namespace {

std::vector<Diagnostic> WarningsOf(const std::vector<Article>& articles,
                                   const CheckOptions& options) {
  absl::StatusOr<CheckResult> r = RunCheck(articles, options);
  EXPECT_TRUE(r.ok()) << r.status();
  if (!r.ok() || !r->compare) return {};
  return LimitWarnings(articles, *r->compare, options.compare.extract);
}

Article Make(std::string id, std::string origin, std::string text) {
  Article a;
  a.id = std::move(id);
  a.origin = std::move(origin);
  a.text = std::move(text);
  return a;
}

CheckOptions Options() {
  CheckOptions o;
  o.run_compare = true;
  o.compare.threads = 1;
  return o;
}

// The reproducer 2, smaller: one sentence of dates and figures.
TEST(LimitsTest, ClaimsPerSentence) {
  std::string text;
  for (int i = 0; i < 300; ++i) {
    absl::StrAppend(&text, i, ".000 binh lính ngày ", i % 28 + 1, "/",
                    i % 12 + 1, " ");
  }
  const std::vector<Diagnostic> w =
      WarningsOf({Make("mn", "mn.txt", text)}, Options());
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].file, "mn.txt");
  EXPECT_EQ(w[0].severity, Diagnostic::Severity::kWarning);
  const std::string s = w[0].ToString();
  EXPECT_TRUE(absl::StartsWith(
      s,
      "mn.txt: warning: 64 claims per sentence read at most "
      "(ExtractOptions::max_claims_per_sentence): the rest of 1 sentence "
      "not read, the first claim left out at byte "))
      << s;
}

// Reproducer 3, smaller: many short sentences, each with a claim.
TEST(LimitsTest, ClaimsPerArticle) {
  std::string text;
  for (int i = 0; i < 120; ++i)
    absl::StrAppend(&text, "Bình Nhưỡng 10.000 quân. ");
  CheckOptions o = Options();
  o.compare.extract.max_claims_per_article = 50;
  const std::vector<Diagnostic> w =
      WarningsOf({Make("r", "<stdin>:1", text)}, o);
  ASSERT_EQ(w.size(), 1u);
  const std::string at =
      absl::StrCat(50 * std::string("Bình Nhưỡng 10.000 quân. ").size());
  EXPECT_EQ(w[0].ToString(),
            absl::StrCat("<stdin>:1: warning: 50 claims per article read at "
                         "most (ExtractOptions::max_claims_per_article): the "
                         "text from byte ",
                         at, " on not read for claims"));
}

TEST(LimitsTest, OrdinaryArticlesHitNone) {
  const std::vector<Diagnostic> w = WarningsOf(
      {Make("a", "a.txt",
            "Ngày 19/6, hai bên hội đàm tại Bình Nhưỡng. Có 10.000 người "
            "dự lễ. Giá vàng tăng 2%."),
       Make("b", "b.txt",
            "Ngày 20/6, hai bên hội đàm tại Bình Nhưỡng. Có 12.000 người "
            "dự lễ.")},
      Options());
  EXPECT_TRUE(w.empty());
}

}  // namespace
}  // namespace wirecheck
