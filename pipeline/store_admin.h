// pipeline/store_admin.h: housekeeping of a store (`wirecheck store ...`).
//
// Prune drops articles stored before a time (every version of each, its
// index entries, and its share of the term frequencies). Rebuild writes a
// new store with this run's parameters from an old one (any schema,
// including schema 1, which had no index), keeping every version, and puts
// it in place of the old file only when complete. Every version's claims
// are extracted again under this run's lexicons and aliases (about as long
// as a `check` of the whole archive), so the runs after a rebuild read
// them and a store whose claims were made with other lexicons is cured.
//
//   ASSIGN_OR_RETURN(int pruned, PruneStore(*store, now - 90 * 86400, opts));
//   ASSIGN_OR_RETURN(RebuildCounts c, RebuildStore(path, opts, now));
#ifndef WIRECHECK_PIPELINE_STORE_ADMIN_H_
#define WIRECHECK_PIPELINE_STORE_ADMIN_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "pipeline/store_run.h"
#include "store/article_store.h"

namespace wirecheck {

// Removes the articles whose current version was stored at or before
// `before_unix_seconds`; returns how many.
absl::StatusOr<int> PruneStore(ArticleStore& store, int64_t before_unix_seconds,
                               const StoreRunOptions& options);

struct RebuildCounts {
  int articles = 0;  // Keys.
  int versions = 0;  // Rows written.
  int from_schema = 0;
};

// Rebuilds the store at `path` in place (see the header comment). The old
// file stays untouched until the new one is complete.
absl::StatusOr<RebuildCounts> RebuildStore(const std::string& path,
                                           const StoreRunOptions& options,
                                           int64_t now);

}  // namespace wirecheck

#endif  // WIRECHECK_PIPELINE_STORE_ADMIN_H_
