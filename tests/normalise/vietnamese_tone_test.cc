#include "normalise/vietnamese_tone.h"

#include <string>

#include "gtest/gtest.h"
#include "normalise/lexer.h"

namespace wirecheck {
namespace {

std::string Canonical(std::string s) {
  CanonicalTone(&s);
  return s;
}

TEST(VietnameseToneTest, BothConventionsMeet) {
  EXPECT_EQ(Canonical("hòa"), Canonical("hoà"));
  EXPECT_EQ(Canonical("hòa"), "hoà");
  EXPECT_EQ(Canonical("khỏe"), "khoẻ");
  EXPECT_EQ(Canonical("thủy"), "thuỷ");
  EXPECT_EQ(Canonical("tòa"), Canonical("toà"));
}

TEST(VietnameseToneTest, MisplacedMarksMoveToTheirVowel) {
  EXPECT_EQ(Canonical("tuôỉ"), "tuổi");
  EXPECT_EQ(Canonical("dươí"), "dưới");
  EXPECT_EQ(Canonical("ngòai"), "ngoài");
  EXPECT_EQ(Canonical("hòang"), "hoàng");
}

TEST(VietnameseToneTest, WellPlacedMarksStay) {
  for (const char* s : {"người", "tuổi", "hoàng", "mái", "múa", "ngoài", "quý",
                        "già", "giữa", "quyết", "thuở", "cửa", "tháng"}) {
    EXPECT_EQ(Canonical(s), s) << s;
  }
}

TEST(VietnameseToneTest, OtherWordsStay) {
  for (const char* s : {"café", "maría", "naïve", "hà nội", "2013", "ab", ""}) {
    EXPECT_EQ(Canonical(s), s) << s;
  }
}

TEST(VietnameseToneTest, LexerKeysMeetAcrossConventions) {
  const std::string a = "Tòa án", b = "TOÀ ÁN";
  const std::vector<Lexeme> la = LexAll(a);
  const std::vector<Lexeme> lb = LexAll(b);
  ASSERT_EQ(la.size(), 2u);
  ASSERT_EQ(lb.size(), 2u);
  EXPECT_EQ(la[0].key, lb[0].key);
  EXPECT_EQ(la[0].key_hash, lb[0].key_hash);
  EXPECT_EQ(FoldKey("Hòa"), FoldKey("hoà"));
}

}  // namespace
}  // namespace wirecheck
