// dedup/shingle.h: word k-shingles of a Document, as 64-bit hashes.
//
// A shingle is k consecutive body tokens t_0..t_{k-1}. Its hash is a rolling
// polynomial over the tokens' `key_hash` values, mod 2^64,
//   P = sum_j key_hash(t_j) * B^(k-1-j),   B = 0x9e3779b97f4a7c15,
// finalised as Mix64(P ^ Mix64(k)) (SplitMix64, dedup/minhash.h). It depends
// only on the normalised keys (not on spacing, case or punctuation), uses
// only integer arithmetic (same on every machine and run) and costs one
// multiply-add per token.
// Shingle i covers tokens [i, i + k); a document with n >= k tokens has
// n - k + 1 shingles and one with fewer tokens has none.
//
// Data flow: Document.tokens -> ShingleHashes (text order, kept for
// alignment) -> UniqueShingles (sorted set, for Jaccard/containment).
//
//   std::vector<uint64_t> seq = ShingleHashes(doc.tokens, 5);
//   std::vector<uint64_t> set = UniqueShingles(seq);
#ifndef WIRECHECK_DEDUP_SHINGLE_H_
#define WIRECHECK_DEDUP_SHINGLE_H_

#include <cstdint>
#include <vector>

#include "normalise/token.h"
#include "util/span.h"

namespace wirecheck {

// Hashes of every k-shingle of `tokens`, in text order. REQUIRES: k >= 1.
std::vector<uint64_t> ShingleHashes(const TokenList& tokens, int k);

// The same into `out` (replacing its contents, reusing its capacity: a
// per-thread buffer avoids an allocation per document).
void ShingleHashesInto(const TokenList& tokens, int k,
                       std::vector<uint64_t>* out);

// The sorted, duplicate-free set of `hashes`.
std::vector<uint64_t> UniqueShingles(const std::vector<uint64_t>& hashes);

// Original bytes covered by tokens [first_token, end_token).
// REQUIRES: first_token < end_token <= tokens.size().
Span TokenRangeSpan(const TokenList& tokens, int first_token, int end_token);

}  // namespace wirecheck

#endif  // WIRECHECK_DEDUP_SHINGLE_H_
