// pipeline/incremental.h: a new batch among articles seen before.
//
// With a store (pipeline/store_run.h), a run matches the new batch together
// with the stored articles it may touch, but reports only what involves the
// new batch: a pair of two old articles was reported when the later of them
// was new.
//
//   KeepFindingsTouchingNew(batch.is_new, &result);
//   std::vector<bool> listed = ArticlesToList(batch.is_new, result);
#ifndef WIRECHECK_PIPELINE_INCREMENTAL_H_
#define WIRECHECK_PIPELINE_INCREMENTAL_H_

#include <string>
#include <vector>

#include "ingest/article.h"
#include "pipeline/check.h"

namespace wirecheck {

struct Batch {
  std::vector<Article> articles;  // Seen articles first, then the new ones.
  std::vector<bool> is_new;       // Parallel to `articles`.
};

// A batch with no store: every article is new.
Batch AllNew(std::vector<Article> articles);

// Drops copies, clusters, claims and discrepancies that involve no new
// article. Indices stay those of the batch.
void KeepFindingsTouchingNew(const std::vector<bool>& is_new,
                             CheckResult* result);

// The ids of every copy and discrepancy, copies first.
std::vector<std::string> FindingIds(const CheckResult& result);

// --new-only: drops findings an earlier run reported (`seen_before`);
// returns how many. Either result may be null.
int DropSeenBefore(DedupResult* dedup, CompareResult* compare);

// After findings were left out (a baseline, --new-only): the stories
// (clusters) of the copies that remain, so no story lists an article only
// a left-out copy joined.
void RebuildClusters(const std::vector<Article>& articles, CheckResult* result);

// Which articles a report should list: the new ones and any old one that a
// kept finding refers to.
std::vector<bool> ArticlesToList(const std::vector<bool>& is_new,
                                 const CheckResult& result);

}  // namespace wirecheck

#endif  // WIRECHECK_PIPELINE_INCREMENTAL_H_
