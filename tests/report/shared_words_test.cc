#include "report/shared_words.h"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "gtest/gtest.h"

namespace wirecheck {
namespace {

Span All(const std::string& s) {
  return Span{0, static_cast<uint32_t>(s.size())};
}

std::vector<std::string> Texts(const std::string& text,
                               const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (const Span& s : spans) out.emplace_back(s.Of(text));
  return out;
}

TEST(SharedWordsTest, AChangedFigureIsNotShared) {
  const std::string a = "Lũ quét khiến 12 người thiệt mạng tại Bát Xát.";
  const std::string b =
      "Tin nóng. Lũ quét khiến 15 người thiệt mạng tại Bát Xát.";
  const SharedRuns r = SharedWords(a, All(a), b, All(b));
  ASSERT_TRUE(r.found);
  EXPECT_EQ(Texts(a, r.a),
            (std::vector<std::string>{"Lũ quét khiến",
                                      "người thiệt mạng tại Bát Xát."}));
  EXPECT_EQ(Texts(b, r.b), Texts(a, r.a));
}

TEST(SharedWordsTest, OnlyInsideTheSpans) {
  const std::string a = "x y shared words z";
  const std::string b = "shared words";
  const SharedRuns r = SharedWords(a, Span{4, 16}, b, All(b));
  ASSERT_TRUE(r.found);
  EXPECT_EQ(Texts(a, r.a), std::vector<std::string>{"shared words"});
  EXPECT_EQ(r.a[0].begin, 4u);
}

TEST(SharedWordsTest, GivesUpPastTheEditLimit) {
  const std::string a = "a b c d e f";
  const std::string b = "u v w x y z";
  EXPECT_FALSE(SharedWords(a, All(a), b, All(b), 4).found);
  EXPECT_TRUE(SharedWords(a, All(a), b, All(b), 12).found);
}

// Brute-force reference: the LCS length by dynamic programming.
size_t LcsLength(const std::vector<std::string>& a,
                 const std::vector<std::string>& b) {
  std::vector<std::vector<size_t>> t(a.size() + 1,
                                     std::vector<size_t>(b.size() + 1, 0));
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1
                                     : std::max(t[i - 1][j], t[i][j - 1]);
    }
  }
  return t[a.size()][b.size()];
}

size_t WordCount(const std::string& text, const std::vector<Span>& runs) {
  size_t n = 0;
  for (const Span& s : runs) {
    const std::string run(s.Of(text));
    n += std::count(run.begin(), run.end(), ' ') + 1;
  }
  return n;
}

TEST(SharedWordsTest, SharesALongestCommonSubsequence) {
  std::mt19937 rng(20261201);
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> a, b;
    const int na = rng() % 12, nb = rng() % 12;
    for (int i = 0; i < na; ++i) a.push_back(std::string(1, 'a' + rng() % 4));
    for (int i = 0; i < nb; ++i) b.push_back(std::string(1, 'a' + rng() % 4));
    const std::string ta = absl::StrJoin(a, " "), tb = absl::StrJoin(b, " ");
    const SharedRuns r = SharedWords(ta, All(ta), tb, All(tb));
    ASSERT_TRUE(r.found);
    ASSERT_EQ(r.a.size(), r.b.size());
    EXPECT_EQ(Texts(ta, r.a), Texts(tb, r.b)) << ta << " | " << tb;
    EXPECT_EQ(WordCount(ta, r.a), LcsLength(a, b)) << ta << " | " << tb;
    for (size_t i = 1; i < r.a.size(); ++i) {
      EXPECT_LT(r.a[i - 1].end, r.a[i].begin);
      EXPECT_LT(r.b[i - 1].end, r.b[i].begin);
    }
  }
}

}  // namespace
}  // namespace wirecheck
