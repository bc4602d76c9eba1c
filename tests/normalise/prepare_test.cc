#include "normalise/prepare.h"

#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/normalise/test_files.h"

namespace wirecheck {
namespace {

std::vector<Article> SampleArticles() {
  std::vector<Article> articles;
  for (const std::string& name : SampleNames()) {
    Article a;
    a.id = name;
    a.text = ReadTestFile("samples/" + name);
    articles.push_back(a);
  }
  // Same outlet, shared footer: LineStats must see it.
  for (int i = 0; i < 4; ++i) {
    Article a;
    a.id = "synthetic-" + std::to_string(i);
    a.outlet = "example.com";
    a.text = "Harbour officials approved plan number " + std::to_string(i) +
             " on Tuesday after a long public debate, the council said.\n"
             "Subscribe to the Example Daily morning briefing\n";
    articles.push_back(a);
  }
  return articles;
}

bool SameDocument(const Document& a, const Document& b) {
  if (a.body != b.body || a.tokens.size() != b.tokens.size() ||
      a.removed.size() != b.removed.size()) {
    return false;
  }
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    if (a.tokens[i].span != b.tokens[i].span ||
        a.tokens[i].key_hash != b.tokens[i].key_hash) {
      return false;
    }
  }
  for (size_t i = 0; i < a.removed.size(); ++i) {
    if (a.removed[i].span != b.removed[i].span ||
        a.removed[i].reason != b.removed[i].reason) {
      return false;
    }
  }
  return true;
}

TEST(PrepareTest, ThreadCountDoesNotChangeOutput) {
  const std::vector<Article> articles = SampleArticles();
  PrepareOptions one;
  one.threads = 1;
  const std::vector<Document> base = PrepareDocuments(articles, one);
  ASSERT_EQ(base.size(), articles.size());
  for (int threads : {0, 2, 3, 16}) {
    PrepareOptions many;
    many.threads = threads;
    const std::vector<Document> docs = PrepareDocuments(articles, many);
    ASSERT_EQ(docs.size(), base.size());
    for (size_t i = 0; i < docs.size(); ++i) {
      EXPECT_TRUE(SameDocument(docs[i], base[i])) << threads << " " << i;
    }
  }
}

TEST(PrepareTest, TokensLieInsideBodyAndFooterIsRemoved) {
  const std::vector<Article> articles = SampleArticles();
  const std::vector<Document> docs = PrepareDocuments(articles, {});
  for (size_t i = 0; i < docs.size(); ++i) {
    const Document& d = docs[i];
    EXPECT_FALSE(d.tokens.empty()) << articles[i].id;
    size_t b = 0;
    for (const Token& t : d.tokens) {
      while (b < d.body.size() && d.body[b].end <= t.span.begin) ++b;
      ASSERT_LT(b, d.body.size());
      EXPECT_GE(t.span.begin, d.body[b].begin);
      EXPECT_LE(t.span.end, d.body[b].end);
    }
  }
  const Document& synthetic = docs.back();
  ASSERT_EQ(synthetic.body.size(), 1u);
  EXPECT_EQ(synthetic.body[0].Of(articles.back().text).find("Subscribe"),
            std::string::npos);
}

TEST(PrepareTest, WithoutBoilerplateRemovalEverythingIsBody) {
  std::vector<Article> articles(2);
  articles[0].text = "Tin tức\nMột dòng";
  PrepareOptions options;
  options.remove_boilerplate = false;
  const std::vector<Document> docs = PrepareDocuments(articles, options);
  ASSERT_EQ(docs.size(), 2u);
  ASSERT_EQ(docs[0].body.size(), 1u);
  EXPECT_EQ(docs[0].body[0].size(), articles[0].text.size());
  EXPECT_EQ(docs[0].tokens.size(), 4u);
  EXPECT_TRUE(docs[1].body.empty());
  EXPECT_TRUE(docs[1].tokens.empty());
}

// The article's lead field reaches boilerplate removal: a two-word lead
// ahead of a link list would otherwise be read as part of the menu.
TEST(PrepareTest, LeadGivenByTheInputIsKept) {
  const std::string lead = "Chính phủ";
  const std::string body =
      "Thủ tướng Chính phủ đã ký quyết định phê duyệt đề án phát triển "
      "hạ tầng giao thông vùng đồng bằng sông Cửu Long giai đoạn tới.";
  std::vector<Article> articles(1);
  articles[0].text = lead + "\n\nTin mới\nA b c d e\nF g h i k\n" + body;
  const std::vector<Document> without = PrepareDocuments(articles, {});
  articles[0].lead = {0, static_cast<uint32_t>(lead.size())};
  const std::vector<Document> with = PrepareDocuments(articles, {});
  ASSERT_EQ(with.size(), 1u);
  ASSERT_FALSE(with[0].body.empty());
  EXPECT_EQ(with[0].body[0].begin, 0u);
  ASSERT_FALSE(without[0].body.empty());
  EXPECT_NE(without[0].body[0].begin, 0u);
}

TEST(PrepareTest, ArbitraryBytesKeepSpansInsideTheText) {
  std::mt19937 rng(7);
  const std::string alphabet[] = {
      "a",  "Z",  " ",     "\n",       "\n\n",          ".",      "7",
      ":",  "/",  "\xC3",  "\xA1",     "\xE1\xBB\x87",  "\xFF",   "\xCC\x81",
      "ภา", "中", "Ảnh: ", "- Hình 1", "Tin liên quan", "12:30 ", "19/6/2024"};
  std::uniform_int_distribution<size_t> pick(0, std::size(alphabet) - 1);
  for (int round = 0; round < 300; ++round) {
    Article a;
    for (int n = rng() % 200; n > 0; --n) a.text += alphabet[pick(rng)];
    const Document d = PrepareDocument(a, nullptr, PrepareOptions());
    uint32_t cursor = 0;
    for (const Span& b : d.body) {
      EXPECT_LE(cursor, b.begin);
      EXPECT_LT(b.begin, b.end);
      cursor = b.end;
    }
    EXPECT_LE(cursor, a.text.size());
    for (const Token& t : d.tokens) {
      EXPECT_LT(t.span.begin, t.span.end);
      EXPECT_LE(t.span.end, a.text.size());
    }
  }
}

TEST(PrepareTest, EmptyBatch) { EXPECT_TRUE(PrepareDocuments({}, {}).empty()); }

}  // namespace
}  // namespace wirecheck
