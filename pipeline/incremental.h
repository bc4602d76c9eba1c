// pipeline/incremental.h: a new batch matched against everything seen before.
//
// With a store (store/article_store.h), a run matches the new batch together
// with every article of earlier runs, so a copy of last month's story is
// still found, but reports only what involves the new batch: a pair of two
// old articles was reported when the later of them was new.
//
//   Batch batch = MergeWithSeen(std::move(seen), std::move(fresh));
//   ASSIGN_OR_RETURN(CheckResult r, RunCheck(batch.articles, options));
//   KeepFindingsTouchingNew(batch.is_new, &r);
#ifndef WIRECHECK_PIPELINE_INCREMENTAL_H_
#define WIRECHECK_PIPELINE_INCREMENTAL_H_

#include <vector>

#include "ingest/article.h"
#include "pipeline/check.h"

namespace wirecheck {

struct Batch {
  std::vector<Article> articles;  // Seen articles first, then the new ones.
  std::vector<bool> is_new;       // Parallel to `articles`.
};

// A fresh article replaces a seen one with the same id (a re-scrape).
Batch MergeWithSeen(std::vector<Article> seen, std::vector<Article> fresh);

// Drops copies, clusters, claims and discrepancies that involve no new
// article. Indices stay those of the batch.
void KeepFindingsTouchingNew(const std::vector<bool>& is_new,
                             CheckResult* result);

// Which articles a report should list: the new ones and any old one that a
// kept finding refers to.
std::vector<bool> ArticlesToList(const std::vector<bool>& is_new,
                                 const CheckResult& result);

}  // namespace wirecheck

#endif  // WIRECHECK_PIPELINE_INCREMENTAL_H_
