#include "compare/phrase_table.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "normalise/lexer.h"

namespace wirecheck {
namespace {

PhraseMatch At(const PhraseTable& t, const std::string& text, int i) {
  const std::vector<Lexeme> lx = LexAll(text);
  return t.LongestAt(lx, i, static_cast<int>(lx.size()));
}

TEST(PhraseTableTest, LongestPhraseFirstAndCaseFolded) {
  PhraseTable t;
  ASSERT_TRUE(t.Add("ít nhất", 1));
  ASSERT_TRUE(t.Add("ít", 2));
  ASSERT_TRUE(t.Add("người bị thương", 3));
  EXPECT_FALSE(t.Add("  ", 4));
  PhraseMatch m = At(t, "Ít nhất 3 người bị thương", 0);
  EXPECT_EQ(m.length, 2);
  EXPECT_EQ(m.tag, 1);
  m = At(t, "Ít nhất 3 người bị thương", 3);
  EXPECT_EQ(m.length, 3);
  EXPECT_EQ(m.tag, 3);
  m = At(t, "ít người", 0);
  EXPECT_EQ(m.length, 1);
  EXPECT_EQ(m.tag, 2);
  EXPECT_FALSE(At(t, "người bị", 0));  // A prefix of a phrase is no match.
  EXPECT_FALSE(At(t, "nhất", 0));
}

TEST(PhraseTableTest, HyphenAgainstTheWordIsSkipped) {
  PhraseTable t;
  t.Add("Kim Jong Un", 7);
  EXPECT_EQ(At(t, "Kim Jong-un nói", 0).length, 4);  // kim jong - un
  EXPECT_EQ(At(t, "Kim Jong un", 0).tag, 7);
  EXPECT_FALSE(At(t, "Kim Jong - un", 0));  // Spaced: a dash, not a join.
}

TEST(PhraseTableTest, FindTakesTheFoldedPhrase) {
  PhraseTable t;
  t.Add("Thiệt Mạng", 5);
  EXPECT_EQ(t.Find("thiệt mạng"), 5);
  EXPECT_EQ(t.Find("thiệt"), -1);
  EXPECT_EQ(t.Find("mạng thiệt"), -1);  // Word order is part of the hash.
  EXPECT_EQ(t.size(), 1u);
}

// Every phrase added is found again in text, and the tags are not mixed up
// among many phrases that share words.
TEST(PhraseTableTest, ManyPhrasesSharingWords) {
  PhraseTable t;
  const std::vector<std::string> words = {"giá",  "vàng", "tăng",
                                          "giảm", "mạnh", "nhẹ"};
  std::vector<std::string> phrases;
  for (const std::string& a : words) {
    for (const std::string& b : words) {
      phrases.push_back(a + " " + b);
      t.Add(phrases.back(), static_cast<int>(phrases.size()) - 1);
    }
  }
  for (size_t k = 0; k < phrases.size(); ++k) {
    const PhraseMatch m = At(t, phrases[k] + " .", 0);
    EXPECT_EQ(m.length, 2) << phrases[k];
    EXPECT_EQ(m.tag, static_cast<int>(k)) << phrases[k];
  }
}

}  // namespace
}  // namespace wirecheck
