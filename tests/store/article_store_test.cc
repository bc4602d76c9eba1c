#include "store/article_store.h"

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "sqlite3.h"

namespace wirecheck {
namespace {

Article MakeArticle(const std::string& id, const std::string& text) {
  Article a;
  a.id = id;
  a.url = "https://example.vn/" + id;
  a.outlet = "example.vn";
  a.published = PublishedTime::Minute(2023, 9, 15, 4, 4);
  a.title = "Tổng thống Nga nhận lời";
  a.text = text;
  a.origin = "in/" + id + ".txt";
  a.outlet_inferred = true;
  a.title_inferred = true;
  return a;
}

TEST(ArticleStoreTest, RoundTripsEveryField) {
  auto store = ArticleStore::Open(":memory:");
  ASSERT_TRUE(store.ok()) << store.status();
  Article a = MakeArticle("a", std::string("Bình Nhưỡng\0tail", 17));
  Article b = MakeArticle("b", "Ngày 19/6");
  b.published = PublishedTime::Minute(2024, 6, 19, 1, 30);
  b.published.utc = true;
  b.published_inferred = true;
  b.outlet_inferred = false;
  auto counts = (*store)->Add({a, b});
  ASSERT_TRUE(counts.ok()) << counts.status();
  EXPECT_EQ(counts->added, 2);
  auto loaded = (*store)->LoadAll();
  ASSERT_TRUE(loaded.ok());
  ASSERT_EQ(loaded->size(), 2u);
  const Article& la = (*loaded)[0];
  EXPECT_EQ(la.id, "a");
  EXPECT_EQ(la.text, a.text);  // Embedded NUL survives.
  EXPECT_EQ(la.url, a.url);
  EXPECT_EQ(la.outlet, a.outlet);
  EXPECT_EQ(la.title, a.title);
  EXPECT_EQ(la.origin, a.origin);
  EXPECT_EQ(la.published.ToIso(), "2023-09-15T04:04");
  EXPECT_TRUE(la.outlet_inferred);
  EXPECT_TRUE(la.title_inferred);
  EXPECT_FALSE(la.published_inferred);
  const Article& lb = (*loaded)[1];
  EXPECT_EQ(lb.published.ToIso(), "2024-06-19T01:30Z");
  EXPECT_TRUE(lb.published_inferred);
  EXPECT_FALSE(lb.outlet_inferred);
}

TEST(ArticleStoreTest, SecondRunAddsOnlyWhatChanged) {
  auto store = ArticleStore::Open(":memory:");
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Add({MakeArticle("a", "x"), MakeArticle("b", "y")}).ok());
  auto counts = (*store)->Add(
      {MakeArticle("a", "x"), MakeArticle("b", "y2"), MakeArticle("c", "z")});
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->unchanged, 1);
  EXPECT_EQ(counts->replaced, 1);
  EXPECT_EQ(counts->added, 1);
  auto loaded = (*store)->LoadAll();
  ASSERT_EQ(loaded->size(), 3u);
  EXPECT_EQ((*loaded)[1].text, "y2");
  EXPECT_EQ((*loaded)[2].id, "c");
}

TEST(ArticleStoreTest, PersistsAcrossOpens) {
  const std::string path =
      absl::StrCat(getenv("TEST_TMPDIR") ? getenv("TEST_TMPDIR") : "/tmp",
                   "/persist.db");
  std::remove(path.c_str());
  {
    auto store = ArticleStore::Open(path);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->Add({MakeArticle("a", "x")}).ok());
  }
  auto store = ArticleStore::Open(path);
  ASSERT_TRUE(store.ok());
  auto loaded = (*store)->LoadAll();
  ASSERT_TRUE(loaded.ok());
  ASSERT_EQ(loaded->size(), 1u);
  EXPECT_EQ((*loaded)[0].id, "a");
}

TEST(ArticleStoreTest, RefusesAFileThatIsNotAStore) {
  const std::string path =
      absl::StrCat(getenv("TEST_TMPDIR") ? getenv("TEST_TMPDIR") : "/tmp",
                   "/not_a_db.db");
  FILE* f = std::fopen(path.c_str(), "wb");
  std::fputs("this is a text file, not SQLite, and it is long enough", f);
  std::fclose(f);
  auto store = ArticleStore::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("not_a_db.db"), std::string::npos)
      << store.status();
}

TEST(ArticleStoreTest, RefusesANewerSchema) {
  const std::string path =
      absl::StrCat(getenv("TEST_TMPDIR") ? getenv("TEST_TMPDIR") : "/tmp",
                   "/newer.db");
  std::remove(path.c_str());
  {
    auto store = ArticleStore::Open(path);
    ASSERT_TRUE(store.ok());
  }
  {
    sqlite3* db;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    sqlite3_exec(db, "UPDATE meta SET value = '99' WHERE key = 'schema'",
                 nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  auto store = ArticleStore::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), absl::StatusCode::kFailedPrecondition);
}

}  // namespace
}  // namespace wirecheck
