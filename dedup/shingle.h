// dedup/shingle.h: word k-shingles of a Document, as 64-bit hashes.
//
// A shingle is k consecutive body tokens. Its hash is XXH3-64 (seed 0) over
// the k tokens' `key_hash` values laid out as k little-endian uint64 words,
// so it depends only on the normalised keys (not on spacing, case or
// punctuation) and is the same on every little-endian machine and run.
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

// The sorted, duplicate-free set of `hashes`.
std::vector<uint64_t> UniqueShingles(std::vector<uint64_t> hashes);

// Original bytes covered by tokens [first_token, end_token).
// REQUIRES: first_token < end_token <= tokens.size().
Span TokenRangeSpan(const TokenList& tokens, int first_token, int end_token);

}  // namespace wirecheck

#endif  // WIRECHECK_DEDUP_SHINGLE_H_
