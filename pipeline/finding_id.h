// pipeline/finding_id.h: stable ids for findings, so a team can refer to
// one across runs (baselines, CI logs, the store's "seen before").
//
// An id depends only on what the finding is about: the two articles' ids
// (never their positions in the batch) and the byte spans the finding
// reports in each. The two sides are hashed in sorted order, so the id is
// the same whichever article is given first and whichever is called source
// or copy, a or b.
//
//   side  = article id, then the side's spans (sorted) as begin-end pairs
//   id    = prefix + hex16(XXH3_64(kind tag, min(side), max(side)))
//
// Copies are "c-...", their sides' spans being the aligned passages;
// discrepancies are "d-...", their sides' spans being the two claims. The
// bytes hashed are fixed (lengths little-endian, fields length-prefixed):
// changing them changes every id a team has recorded, so they are pinned
// by known-answer tests.
//
//   AssignFindingIds(articles, &dedup, &compare);
//   for (const CopyPair& p : dedup.copies) std::cout << p.id;
#ifndef WIRECHECK_PIPELINE_FINDING_ID_H_
#define WIRECHECK_PIPELINE_FINDING_ID_H_

#include <string>
#include <vector>

#include "compare/compare.h"
#include "dedup/dedup.h"
#include "ingest/article.h"
#include "util/span.h"

namespace wirecheck {

// One side of a finding: an article's id and the spans reported in it.
struct FindingSide {
  std::string doc_id;
  std::vector<Span> spans;
};

// "c-" + 16 lower-case hex digits; symmetric in its two sides.
std::string CopyFindingId(const FindingSide& x, const FindingSide& y);
// "d-" + 16 lower-case hex digits; symmetric in its two sides.
std::string DiscrepancyFindingId(const FindingSide& x, const FindingSide& y);

std::string IdOf(const std::vector<Article>& articles, const CopyPair& p);
std::string IdOf(const std::vector<Article>& articles, const Discrepancy& d);

// Sets `id` on every copy and discrepancy; either result may be null.
void AssignFindingIds(const std::vector<Article>& articles, DedupResult* dedup,
                      CompareResult* compare);

}  // namespace wirecheck

#endif  // WIRECHECK_PIPELINE_FINDING_ID_H_
