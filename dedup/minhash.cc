#include "dedup/minhash.h"

#include <algorithm>
#include <limits>

namespace wirecheck {
namespace {

constexpr uint32_t kEmpty = std::numeric_limits<uint32_t>::max();

// Maps a 32-bit value uniformly onto [0, n) without division (Lemire).
inline uint32_t FastRange(uint32_t x, uint32_t n) {
  return static_cast<uint32_t>((static_cast<uint64_t>(x) * n) >> 32);
}

}  // namespace

MinHasher::MinHasher(int num_perm, uint64_t seed)
    : num_perm_(num_perm), seed_(Mix64(seed ^ 0x6a09e667f3bcc908ULL)) {
  probes_.resize(static_cast<size_t>(num_perm_) * kCachedProbes);
  for (int bin = 0; bin < num_perm_; ++bin) {
    for (int a = 0; a < kCachedProbes; ++a) {
      probes_[bin * kCachedProbes + a] = Probe(bin, a);
    }
  }
}

uint32_t MinHasher::Probe(uint32_t bin, uint64_t attempt) const {
  const uint64_t h =
      Mix64(seed_ ^ ((static_cast<uint64_t>(bin) << 32) | (attempt + 1)));
  return FastRange(static_cast<uint32_t>(h >> 32),
                   static_cast<uint32_t>(num_perm_));
}

bool MinHasher::Sign(const uint64_t* shingles, size_t n, uint32_t* out) const {
  if (n == 0) return false;
  const uint32_t k = static_cast<uint32_t>(num_perm_);
  // kEmpty marks an empty bin; a hash value equal to it is clamped to
  // kEmpty - 1 so "empty" stays unambiguous.
  for (uint32_t i = 0; i < k; ++i) out[i] = kEmpty;
  for (size_t i = 0; i < n; ++i) {
    const uint64_t h = Mix64(shingles[i] ^ seed_);
    const uint32_t bin = FastRange(static_cast<uint32_t>(h >> 32), k);
    uint32_t value = static_cast<uint32_t>(h);
    if (value == kEmpty) value = kEmpty - 1;
    if (value < out[bin]) out[bin] = value;
  }
  // Optimal densification: each empty bin borrows from the first
  // originally non-empty bin on its own seeded probe sequence. Non-empty
  // bins never change, and a bitmap remembers which bins started empty, so
  // the result does not depend on the order bins are filled.
  uint64_t empty[4096 / 64];
  std::fill(empty, empty + (k + 63) / 64, 0);
  bool any_empty = false;
  for (uint32_t i = 0; i < k; ++i) {
    if (out[i] == kEmpty) {
      empty[i >> 6] |= uint64_t{1} << (i & 63);
      any_empty = true;
    }
  }
  if (!any_empty) return true;
  auto was_empty = [&](uint32_t j) { return (empty[j >> 6] >> (j & 63)) & 1; };
  for (uint32_t i = 0; i < k; ++i) {
    if (!was_empty(i)) continue;
    // The first non-empty bin among the cached probes, found without a
    // data-dependent branch per probe (scanning backwards, the last hit
    // written is the earliest probe).
    const uint32_t* probes = &probes_[static_cast<size_t>(i) * kCachedProbes];
    uint32_t pick = kEmpty;
    for (int a = kCachedProbes - 1; a >= 0; --a) {
      pick = was_empty(probes[a]) ? pick : probes[a];
    }
    for (uint64_t attempt = kCachedProbes; pick == kEmpty; ++attempt) {
      const uint32_t j = Probe(i, attempt);
      if (!was_empty(j)) pick = j;
    }
    out[i] = out[pick];
  }
  return true;
}

double MinHasher::Estimate(const std::vector<uint32_t>& a,
                           const std::vector<uint32_t>& b) {
  if (a.empty() || a.size() != b.size()) return 0.0;
  size_t equal = 0;
  for (size_t i = 0; i < a.size(); ++i) equal += a[i] == b[i];
  return static_cast<double>(equal) / a.size();
}

}  // namespace wirecheck
