#include "compare/aliases.h"

#include "compare/compare.h"
#include "gtest/gtest.h"
#include "tests/compare/extract_fixture.h"
#include "tests/testing/test_files.h"

namespace wirecheck {
namespace {

TEST(AliasTableTest, ShippedTableParsesAndLinksLanguages) {
  auto t = AliasTable::Parse(ReadFixture("testdata/compare/aliases.tsv"));
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_GT(t->size(), 10);
  struct {
    const char* a;
    const char* b;
  } same[] = {{"Kim Jong-un", "Kim Jong Un"},
              {"Bình Nhưỡng", "Pyongyang"},
              {"Triều Tiên", "North Korea"},
              {"CHDCND Triều Tiên", "Triều Tiên"},
              {"Matxcơva", "Moscow"},
              {"Mỹ", "Hoa Kỳ"},
              {"Hoa Kỳ", "US"},
              {"KIM JONG UN", "kim jong-un"}};
  for (const auto& p : same) {
    EXPECT_GE(t->Lookup(p.a), 0) << p.a;
    EXPECT_EQ(t->Lookup(p.a), t->Lookup(p.b)) << p.a << " vs " << p.b;
  }
  EXPECT_NE(t->Lookup("Triều Tiên"), t->Lookup("Hàn Quốc"));
  EXPECT_EQ(t->Lookup("Atlantis"), -1);
}

TEST(AliasTableTest, FindsLongestNamesAndRespectsCapitals) {
  auto t = AliasTable::Parse(
      "North Korea\tTriều Tiên\tCHDCND Triều Tiên\n"
      "South Korea\tHàn Quốc\tNam Triều Tiên\n"
      "Japan\tNhật\n");
  ASSERT_TRUE(t.ok());
  std::string text =
      "Nam Triều Tiên và CHDCND Triều Tiên cập nhật tin; Nhật im lặng.";
  std::vector<Lexeme> lx = LexAll(text);
  std::vector<AliasMatch> m = t->Find(lx, 0, static_cast<int>(lx.size()));
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(t->Display(m[0].entity), "South Korea");
  EXPECT_EQ(t->Display(m[1].entity), "North Korea");
  EXPECT_EQ(t->Display(m[2].entity), "Japan");  // Not the "nhật" of "cập nhật".
}

TEST(AliasTableTest, CommentsBlankLinesAndUserExtensions) {
  auto t = AliasTable::Parse("# comment\n\nFoo\tBar  # trailing\n  \t \nBaz\n");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->size(), 2);
  EXPECT_EQ(t->Lookup("bar"), t->Lookup("Foo"));
}

TEST(AliasTableTest, NameUnderTwoEntitiesIsAnError) {
  auto t = AliasTable::Parse("A\tShared\nB\tShared\n");
  EXPECT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("line 2"), std::string::npos);
}

TEST(AliasTableTest, AJsonlFileIsNotAnAliasTable) {
  auto t = AliasTable::Parse(
      "Hà Nội\tHanoi\n{\"id\": \"a1\", \"text\": \"Tin tức\"}\n");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("aliases line 2"), std::string::npos)
      << t.status();
  EXPECT_NE(t.status().message().find("JSONL"), std::string::npos);
}

TEST(AliasTableTest, UserFileErrorsNameTheFileAndItsOwnLine) {
  KnowledgeFiles extra;
  extra.aliases = "Foo\tBar\n{\"id\": 1}\n";
  extra.aliases_name = "mine.tsv";
  auto k = LoadKnowledge(extra);
  ASSERT_FALSE(k.ok());
  EXPECT_EQ(k.status().message().rfind("mine.tsv: aliases line 2", 0), 0u)
      << k.status();
}

}  // namespace
}  // namespace wirecheck
