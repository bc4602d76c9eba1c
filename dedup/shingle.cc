#include "dedup/shingle.h"

#include <algorithm>
#include <cstring>

#include "xxhash.h"

namespace wirecheck {

std::vector<uint64_t> ShingleHashes(const TokenList& tokens, int k) {
  std::vector<uint64_t> out;
  if (k < 1 || tokens.size() < static_cast<size_t>(k)) return out;
  // The keys are copied into one contiguous array so each shingle is a
  // single XXH3 call over 8k bytes (x86/ARM are little-endian, which is the
  // byte order the hash is defined over).
  std::vector<uint64_t> keys(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) keys[i] = tokens[i].key_hash;
  const size_t n = tokens.size() - k + 1;
  out.resize(n);
  for (size_t i = 0; i < n; ++i) {
    out[i] = XXH3_64bits(&keys[i], sizeof(uint64_t) * k);
  }
  return out;
}

std::vector<uint64_t> UniqueShingles(std::vector<uint64_t> hashes) {
  std::sort(hashes.begin(), hashes.end());
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
  return hashes;
}

Span TokenRangeSpan(const TokenList& tokens, int first_token, int end_token) {
  return Span{tokens[first_token].span.begin, tokens[end_token - 1].span.end};
}

}  // namespace wirecheck
