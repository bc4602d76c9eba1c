// dedup/winnow.h: winnowing fingerprints, the store's index of passages.
//
// FindCopies compares a batch by MinHash LSH over passage windows; an
// archive of earlier batches cannot keep those band keys (37 bands x a
// window every 18 shingles is about 5 KB per article). It keeps winnowing
// fingerprints instead (Schleimer, Wilkerson and Aiken 2003; the scheme of
// MOSS): in every run of `window` consecutive shingle hashes the smallest is
// selected (the rightmost of equal ones), so neighbouring runs mostly select
// the same hash and about 2 / (window + 1) of the shingles are kept.
//
// Guarantee: two documents that share a run of at least `window` shingles
// (window + shingle - 1 tokens) share a fingerprint, because both select
// the same minimum of that run. With window = min_passage - shingle + 1,
// every verbatim passage long enough to be reported on its own is found.
// Copies edited so densely that no such run survives are only found by a
// batch run's LSH.
//
//   std::vector<uint64_t> seq = ShingleHashes(doc.tokens, 5);
//   std::vector<uint64_t> fingerprints = Winnow(seq, 36);
#ifndef WIRECHECK_DEDUP_WINNOW_H_
#define WIRECHECK_DEDUP_WINNOW_H_

#include <cstdint>
#include <vector>

namespace wirecheck {

// The sorted, duplicate-free fingerprints of a shingle sequence (text
// order). A sequence shorter than `window` gives its minimum. REQUIRES:
// window >= 1.
std::vector<uint64_t> Winnow(const std::vector<uint64_t>& hashes, int window);

}  // namespace wirecheck

#endif  // WIRECHECK_DEDUP_WINNOW_H_
