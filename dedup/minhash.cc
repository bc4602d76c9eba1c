#include "dedup/minhash.h"

#include <algorithm>
#include <limits>

#if defined(__x86_64__)
#include <immintrin.h>
#define WIRECHECK_HAVE_SSSE3_PATH 1
#endif

namespace wirecheck {
namespace {

constexpr uint32_t kEmpty = std::numeric_limits<uint32_t>::max();

// Maps a 32-bit value uniformly onto [0, n) without division (Lemire).
inline uint32_t FastRange(uint32_t x, uint32_t n) {
  return static_cast<uint32_t>((static_cast<uint64_t>(x) * n) >> 32);
}

#if WIRECHECK_HAVE_SSSE3_PATH
// For num_perm <= 128 the filled-bin bitmap is one 16-byte register and a
// bin index one byte, so the 16 cached probes of a bin are tested at once:
// pshufb fetches each probe's bitmap byte and its bit mask. Returns bit a
// set when cached probe a is a filled bin (the same mask the inverted
// lists build).
__attribute__((target("ssse3"))) inline uint32_t CachedHits16(
    const uint8_t* probes16, __m128i bitmap) {
  const __m128i bit_of =
      _mm_setr_epi8(1, 2, 4, 8, 16, 32, 64, -128, 1, 2, 4, 8, 16, 32, 64, -128);
  const __m128i idx =
      _mm_loadu_si128(reinterpret_cast<const __m128i*>(probes16));
  // idx >> 3 per byte: a 16-bit shift drags neighbour bits into bits 5-7,
  // which the 0x0F mask drops (indices are < 128, so idx >> 3 < 16).
  const __m128i byte_idx =
      _mm_and_si128(_mm_srli_epi16(idx, 3), _mm_set1_epi8(0x0F));
  const __m128i bytes = _mm_shuffle_epi8(bitmap, byte_idx);
  const __m128i bits =
      _mm_shuffle_epi8(bit_of, _mm_and_si128(idx, _mm_set1_epi8(7)));
  return static_cast<uint32_t>(
      _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(bytes, bits), bits)));
}

bool HaveSsse3() {
  static const bool have = __builtin_cpu_supports("ssse3");
  return have;
}
#endif

}  // namespace

MinHasher::MinHasher(int num_perm, uint64_t seed)
    : num_perm_(num_perm), seed_(Mix64(seed ^ 0x6a09e667f3bcc908ULL)) {
  probes_.resize(static_cast<size_t>(num_perm_) * kCachedProbes);
  for (int bin = 0; bin < num_perm_; ++bin) {
    for (int a = 0; a < kCachedProbes; ++a) {
      probes_[bin * kCachedProbes + a] = Probe(bin, a);
    }
  }
  static_assert(kCachedProbes == 16, "entries pack the attempt in 4 bits");
  probed_begin_.assign(num_perm_ + 1, 0);
  for (uint32_t j : probes_) ++probed_begin_[j + 1];
  for (int j = 0; j < num_perm_; ++j) probed_begin_[j + 1] += probed_begin_[j];
  probed_by_.resize(probes_.size());
  if (num_perm_ <= 128) probes8_.assign(probes_.begin(), probes_.end());
  std::vector<uint32_t> fill(probed_begin_.begin(), probed_begin_.end() - 1);
  for (size_t e = 0; e < probes_.size(); ++e) {
    // e == bin * 16 + attempt, which fits 16 bits for num_perm <= 4096.
    probed_by_[fill[probes_[e]]++] = static_cast<uint16_t>(e);
  }
}

uint32_t MinHasher::Probe(uint32_t bin, uint64_t attempt) const {
  const uint64_t h =
      Mix64(seed_ ^ ((static_cast<uint64_t>(bin) << 32) | (attempt + 1)));
  return FastRange(static_cast<uint32_t>(h >> 32),
                   static_cast<uint32_t>(num_perm_));
}

namespace {

// Bits of word w of a bin bitmap that stand for bins below `bins`.
inline uint64_t BinsBelow(uint32_t bins, uint32_t w) {
  if (bins >= (w + 1) * 64) return ~uint64_t{0};
  if (bins <= w * 64) return 0;
  return ~(~uint64_t{0} << (bins - w * 64));
}

}  // namespace

bool MinHasher::Sign(const uint64_t* shingles, size_t n, uint32_t* out) const {
  return SignFirst(shingles, n, num_perm_, out);
}

bool MinHasher::SignFirst(const uint64_t* shingles, size_t n, int bins_wanted,
                          uint32_t* out) const {
  if (n == 0) return false;
  const uint32_t bins = static_cast<uint32_t>(bins_wanted);
  const uint32_t k = static_cast<uint32_t>(num_perm_);
  const uint32_t words = (k + 63) / 64;
  // kEmpty marks an empty bin; a hash value equal to it is clamped to
  // kEmpty - 1 so "empty" stays unambiguous. `filled` has a bit per bin
  // that received a value.
  uint64_t filled[4096 / 64];
  std::fill(filled, filled + words, 0);
  for (uint32_t i = 0; i < k; ++i) out[i] = kEmpty;
  for (size_t i = 0; i < n; ++i) {
    const uint64_t h = Mix64(shingles[i] ^ seed_);
    const uint32_t bin = FastRange(static_cast<uint32_t>(h >> 32), k);
    uint32_t value = static_cast<uint32_t>(h);
    if (value == kEmpty) value = kEmpty - 1;
    if (value < out[bin]) out[bin] = value;
    filled[bin >> 6] |= uint64_t{1} << (bin & 63);
  }
  // Bits past bin k - 1 count as filled, so only real bins look empty.
  if (k % 64 != 0) filled[words - 1] |= ~uint64_t{0} << (k % 64);
  bool any_empty = false;
  for (uint32_t w = 0; w < words; ++w) any_empty |= filled[w] != ~uint64_t{0};
  if (!any_empty) return true;
  // Optimal densification: each empty bin borrows from the first
  // originally non-empty bin on its own seeded probe sequence. Non-empty
  // bins never change, and `filled` remembers which bins started empty, so
  // the result does not depend on the order bins are filled.
  //
  // hits[i] bit a is set when bin i's cached probe a is a filled bin: each
  // filled bin sets the bits of the probes that point at it. The lowest set
  // bit is then the first filled probe, exactly as probing in order finds.
  auto borrow = [&](uint32_t i, uint32_t hits) {
    uint32_t pick = kEmpty;
    if (hits != 0) {
      pick =
          probes_[static_cast<size_t>(i) * kCachedProbes + __builtin_ctz(hits)];
    }
    for (uint64_t attempt = kCachedProbes; pick == kEmpty; ++attempt) {
      const uint32_t j = Probe(i, attempt);
      if ((filled[j >> 6] >> (j & 63)) & 1) pick = j;
    }
    out[i] = out[pick];
  };
#if WIRECHECK_HAVE_SSSE3_PATH
  if (!probes8_.empty() && HaveSsse3()) {
    DensifySsse3(filled, bins, borrow);
    return true;
  }
#endif
  uint16_t hits[4096];
  std::fill(hits, hits + k, 0);
  for (uint32_t w = 0; w < words; ++w) {
    uint64_t bits = filled[w];
    if (w == words - 1 && k % 64 != 0) bits &= ~(~uint64_t{0} << (k % 64));
    for (; bits != 0; bits &= bits - 1) {
      const uint32_t j = w * 64 + __builtin_ctzll(bits);
      const uint16_t* e = probed_by_.data() + probed_begin_[j];
      const uint16_t* e_end = probed_by_.data() + probed_begin_[j + 1];
      for (; e != e_end; ++e) hits[*e >> 4] |= uint16_t(1u << (*e & 15));
    }
  }
  for (uint32_t w = 0; w < words; ++w) {
    for (uint64_t bits = ~filled[w] & BinsBelow(bins, w); bits != 0;
         bits &= bits - 1) {
      const uint32_t i = w * 64 + __builtin_ctzll(bits);
      borrow(i, hits[i]);
    }
  }
  return true;
}

#if WIRECHECK_HAVE_SSSE3_PATH
template <typename Borrow>
__attribute__((target("ssse3"))) void MinHasher::DensifySsse3(
    const uint64_t* filled, uint32_t bins, Borrow& borrow) const {
  // Bits past num_perm are set in `filled`, so with num_perm <= 128 the
  // empty bins are exactly the zero bits of the two words.
  const uint32_t words = (static_cast<uint32_t>(num_perm_) + 63) / 64;
  const uint64_t high = words > 1 ? filled[1] : ~uint64_t{0};
  const __m128i bitmap = _mm_set_epi64x(static_cast<long long>(high),
                                        static_cast<long long>(filled[0]));
  for (uint32_t w = 0; w < words; ++w) {
    for (uint64_t bits = ~filled[w] & BinsBelow(bins, w); bits != 0;
         bits &= bits - 1) {
      const uint32_t i = w * 64 + __builtin_ctzll(bits);
      borrow(i, CachedHits16(&probes8_[static_cast<size_t>(i) * kCachedProbes],
                             bitmap));
    }
  }
}
#endif

double MinHasher::Estimate(const std::vector<uint32_t>& a,
                           const std::vector<uint32_t>& b) {
  if (a.empty() || a.size() != b.size()) return 0.0;
  size_t equal = 0;
  for (size_t i = 0; i < a.size(); ++i) equal += a[i] == b[i];
  return static_cast<double>(equal) / a.size();
}

}  // namespace wirecheck
