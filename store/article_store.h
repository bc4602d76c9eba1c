// store/article_store.h: the articles wirecheck has seen in earlier runs.
//
// CI runs wirecheck on every new batch of scrapes; a copy or a conflict
// between today's article and last month's must still be found. The store
// is one SQLite file holding every article read so far (metadata and text,
// so that spans in later reports still point at the exact bytes). A run
// loads it, adds the new batch, matches everything, reports only findings
// that involve a new article, and saves the new articles.
//
//   ASSIGN_OR_RETURN(std::unique_ptr<ArticleStore> store,
//                    ArticleStore::Open("seen.db"));
//   ASSIGN_OR_RETURN(std::vector<Article> seen, store->LoadAll());
//   ... run on seen + new ...
//   RETURN_IF_ERROR(store->Add(new_articles));
//
// An article is identified by its id; adding an id that is already stored
// replaces it only when its text changed (a re-scrape), which is what
// `Add` reports back. The file format is versioned (doc/store.md); a file
// written by a newer schema is refused rather than misread.
//
// Thread safety: one ArticleStore per thread; SQLite serialises writers
// across processes.
#ifndef WIRECHECK_STORE_ARTICLE_STORE_H_
#define WIRECHECK_STORE_ARTICLE_STORE_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "ingest/article.h"

struct sqlite3;

namespace wirecheck {

class ArticleStore {
 public:
  static constexpr int kSchemaVersion = 1;

  // Opens or creates the store at `path` (":memory:" for tests).
  static absl::StatusOr<std::unique_ptr<ArticleStore>> Open(
      const std::string& path);
  ~ArticleStore();
  ArticleStore(const ArticleStore&) = delete;
  ArticleStore& operator=(const ArticleStore&) = delete;

  // Every stored article, in the order first added.
  absl::StatusOr<std::vector<Article>> LoadAll() const;

  struct AddCounts {
    int added = 0;      // New ids.
    int replaced = 0;   // Known ids whose text changed.
    int unchanged = 0;  // Known ids with the same text: nothing written.
  };
  // Stores `articles` in one transaction (all or nothing).
  absl::StatusOr<AddCounts> Add(const std::vector<Article>& articles);

 private:
  explicit ArticleStore(sqlite3* db) : db_(db) {}
  absl::Status Exec(const char* sql) const;
  absl::Status Migrate();

  sqlite3* db_;
};

}  // namespace wirecheck

#endif  // WIRECHECK_STORE_ARTICLE_STORE_H_
