// dedup/align.h: seed-and-extend alignment of a copy against its source.
//
// Seeds are shingles the two texts share (equal hash). Seeds on the same
// diagonal (source position - copy position) at consecutive positions are
// extended into runs: maximal stretches of identical text at shingle
// granularity. Runs are picked longest first, never overlapping on the copy
// side (a copied paragraph maps to one place in the source; the source side
// may be reused when the copy repeats it). Picked runs, in copy order, are
// merged when both their copy gap and their source gap are at most
// `max_gap_tokens` (a light edit — a changed, added or dropped word —
// breaks the k shingles around it; merging bridges it). A merged region is
// kept when it covers at least `min_region_tokens` copy tokens.
//
// Regions are token ranges; TokenRangeSpan (shingle.h) maps them to the
// original bytes of each article.
//
//   AlignOptions opt;  // k = 5
//   for (const TokenRegion& r : AlignShingles(src_seq, copy_seq, opt)) ...
#ifndef WIRECHECK_DEDUP_ALIGN_H_
#define WIRECHECK_DEDUP_ALIGN_H_

#include <cstdint>
#include <vector>

namespace wirecheck {

struct AlignOptions {
  int shingle = 5;             // k used to build the sequences.
  int max_gap_tokens = 8;      // Largest edit bridged when merging runs.
  int min_region_tokens = 10;  // Smaller regions (stock phrases) are dropped.
  int max_seed_repeats = 8;    // Source positions tried per repeated shingle.
};

// Half-open token ranges in the source and in the copy.
struct TokenRegion {
  int source_begin = 0;
  int source_end = 0;
  int copy_begin = 0;
  int copy_end = 0;

  int copy_tokens() const { return copy_end - copy_begin; }
};

// `source_seq`/`copy_seq` are ShingleHashes in text order. Regions are
// sorted by copy_begin and disjoint on the copy side.
std::vector<TokenRegion> AlignShingles(const std::vector<uint64_t>& source_seq,
                                       const std::vector<uint64_t>& copy_seq,
                                       const AlignOptions& options);

}  // namespace wirecheck

#endif  // WIRECHECK_DEDUP_ALIGN_H_
