#include "dedup/shingle.h"

#include <algorithm>

#include "dedup/minhash.h"

namespace wirecheck {

namespace {

// Odd 64-bit base of the polynomial; any odd constant works, this one is
// the golden-ratio constant.
constexpr uint64_t kBase = 0x9e3779b97f4a7c15ULL;

}  // namespace

std::vector<uint64_t> ShingleHashes(const TokenList& tokens, int k) {
  std::vector<uint64_t> out;
  ShingleHashesInto(tokens, k, &out);
  return out;
}

void ShingleHashesInto(const TokenList& tokens, int k,
                       std::vector<uint64_t>* out_vector) {
  std::vector<uint64_t>& out = *out_vector;
  out.clear();
  if (k < 1 || tokens.size() < static_cast<size_t>(k)) return;
  // Rolling polynomial over the key hashes, then a SplitMix64 finaliser so
  // the result is well mixed for MinHash binning. One multiply-add per
  // token instead of hashing k * 8 bytes per shingle.
  uint64_t top = 1;  // kBase^(k-1), the weight of the outgoing token.
  for (int j = 1; j < k; ++j) top *= kBase;
  const uint64_t salt = Mix64(static_cast<uint64_t>(k));
  const size_t n = tokens.size() - k + 1;
  out.resize(n);
  // Each rolling step waits for the previous one (two multiplies), so the
  // positions are cut into kChains stretches rolled side by side: the same
  // exact integers, several times the throughput.
  constexpr size_t kChains = 4;
  const size_t stretch = (n + kChains - 1) / kChains;
  uint64_t h[kChains];
  size_t pos[kChains], end[kChains];
  for (size_t c = 0; c < kChains; ++c) {
    pos[c] = std::min(n, c * stretch);
    end[c] = std::min(n, pos[c] + stretch);
    h[c] = 0;
    if (pos[c] < end[c]) {
      for (int j = 0; j < k; ++j)
        h[c] = h[c] * kBase + tokens[pos[c] + j].key_hash;
    }
  }
  const Token* t = tokens.data();
  uint64_t* o = out.data();
  // All chains but possibly the last have `stretch` positions.
  const size_t common = end[kChains - 1] - pos[kChains - 1];
  for (size_t step = 0; step < common; ++step) {
    for (size_t c = 0; c < kChains; ++c) {
      const size_t i = pos[c] + step;
      o[i] = Mix64(h[c] ^ salt);
      if (i + 1 < n)
        h[c] = (h[c] - t[i].key_hash * top) * kBase + t[i + k].key_hash;
    }
  }
  for (size_t c = 0; c < kChains; ++c) {
    for (size_t i = pos[c] + common; i < end[c]; ++i) {
      o[i] = Mix64(h[c] ^ salt);
      if (i + 1 < n)
        h[c] = (h[c] - t[i].key_hash * top) * kBase + t[i + k].key_hash;
    }
  }
}

namespace {

// Sorts well-mixed 64-bit hashes into `sorted`: one counting pass on the
// top bits into about n/2..n buckets, then insertion sort inside each (two
// or so values). Several times faster than std::sort, which mispredicts a
// branch per comparison on random keys. Skewed input (not hashes) stays
// correct: a crowded bucket falls back to std::sort.
void SortHashes(const std::vector<uint64_t>& v, std::vector<uint64_t>* out) {
  std::vector<uint64_t>& sorted = *out;
  const size_t n = v.size();
  sorted.assign(v.begin(), v.end());
  if (n < 64) {
    std::sort(sorted.begin(), sorted.end());
    return;
  }
  int bits = 0;
  while ((size_t{2} << bits) <= n && bits < 20) ++bits;
  const int shift = 64 - bits;
  const size_t buckets = size_t{1} << bits;
  thread_local std::vector<uint32_t> start;
  start.assign(buckets + 1, 0);
  for (uint64_t h : v) ++start[(h >> shift) + 1];
  for (size_t b = 0; b < buckets; ++b) start[b + 1] += start[b];
  for (uint64_t h : v) sorted[start[h >> shift]++] = h;
  // start[b] is now the end of bucket b (and the beginning of b + 1).
  size_t begin = 0;
  for (size_t b = 0; b < buckets; ++b) {
    const size_t end = start[b];
    if (end - begin > 32) {
      std::sort(sorted.begin() + begin, sorted.begin() + end);
    } else {
      for (size_t i = begin + 1; i < end; ++i) {
        const uint64_t x = sorted[i];
        size_t j = i;
        for (; j > begin && sorted[j - 1] > x; --j) sorted[j] = sorted[j - 1];
        sorted[j] = x;
      }
    }
    begin = end;
  }
}

}  // namespace

std::vector<uint64_t> UniqueShingles(const std::vector<uint64_t>& hashes) {
  thread_local std::vector<uint64_t> sorted;
  SortHashes(hashes, &sorted);
  const auto end = std::unique(sorted.begin(), sorted.end());
  // Exactly sized: a batch keeps every document's set.
  std::vector<uint64_t> set(sorted.begin(), end);
  if (sorted.capacity() > (size_t{1} << 20))
    std::vector<uint64_t>().swap(sorted);
  return set;
}

Span TokenRangeSpan(const TokenList& tokens, int first_token, int end_token) {
  return Span{tokens[first_token].span.begin, tokens[end_token - 1].span.end};
}

}  // namespace wirecheck
