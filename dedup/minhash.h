// dedup/minhash.h: fast MinHash signatures by one-permutation hashing.
//
// Classic MinHash applies num_perm independent hash functions to every
// shingle. One-permutation hashing (OPH, Li et al. 2012) hashes each shingle
// once: the top bits of the (seeded) hash pick one of num_perm bins and the
// low 32 bits compete for that bin's minimum. Bins that stay empty (short
// texts) are filled by optimal densification (Shrivastava, ICML 2017): empty
// bin i probes bins h(i, 0), h(i, 1), ... with a seeded hash until it finds a
// non-empty one and copies its value. Two sets then agree in a bin with
// probability equal to their Jaccard similarity, like classic MinHash, at
// the cost of one hash per shingle plus O(num_perm) for densification.
//
// Densification is most of the cost for passage windows (36 shingles fill
// about 30 of 128 bins). The first 16 probes of every bin are cached; with
// num_perm <= 128 on x86 one SSSE3 shuffle tests all 16 against the filled
// bitmap, otherwise inverted probe lists mark them from the filled bins.
// Both give exactly the textbook result (tests compare them with it).
//
// Everything is derived from the 64-bit shingle hashes and `seed` with
// fixed integer mixing, so signatures are identical across runs, threads and
// machines; tests pin known-answer vectors.
//
//   MinHasher hasher(/*num_perm=*/128, /*seed=*/1);
//   std::vector<uint32_t> sig(128);
//   if (hasher.Sign(shingles.data(), shingles.size(), sig.data())) ...
#ifndef WIRECHECK_DEDUP_MINHASH_H_
#define WIRECHECK_DEDUP_MINHASH_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace wirecheck {

// SplitMix64 finaliser: a fast bijective 64-bit mixer.
inline uint64_t Mix64(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

class MinHasher {
 public:
  // REQUIRES: 1 <= num_perm <= 4096.
  MinHasher(int num_perm, uint64_t seed);

  int num_perm() const { return num_perm_; }

  // Writes the signature of the multiset `shingles[0, n)` to out[0,
  // num_perm). Returns false (and leaves `out` unspecified) when n == 0.
  bool Sign(const uint64_t* shingles, size_t n, uint32_t* out) const;

  // The same for the first `bins` values only (out[bins, num_perm) is left
  // unspecified): LSH bands read bands * rows of the num_perm values, and
  // an empty bin costs a densification probe whether read or not.
  // REQUIRES: 0 <= bins <= num_perm.
  bool SignFirst(const uint64_t* shingles, size_t n, int bins,
                 uint32_t* out) const;

  // Share of equal positions: the Jaccard estimate of two signatures.
  static double Estimate(const std::vector<uint32_t>& a,
                         const std::vector<uint32_t>& b);

 private:
  // Bin probed by empty bin `bin` on its `attempt`-th densification try.
  uint32_t Probe(uint32_t bin, uint64_t attempt) const;

  static constexpr int kCachedProbes = 16;
  int num_perm_;
  uint64_t seed_;
  // The first kCachedProbes probes of every bin, precomputed: the probe
  // sequence depends only on the seed, never on the data.
  std::vector<uint32_t> probes_;
  // The same probes inverted: for bin j, the entries (i << 4 | attempt) of
  // every bin i whose cached probe `attempt` is j, in
  // probed_by_[probed_begin_[j], probed_begin_[j + 1]). A short text fills
  // few bins, so walking the filled bins' lists finds every empty bin's
  // first filled probe in far fewer steps than probing from each empty bin.
  std::vector<uint32_t> probed_begin_;
  std::vector<uint16_t> probed_by_;
  // probes_ as bytes when num_perm <= 128 (else empty), for the SSSE3 path
  // that tests a bin's 16 cached probes in one register.
  std::vector<uint8_t> probes8_;
  template <typename Borrow>
  void DensifySsse3(const uint64_t* filled, uint32_t bins,
                    Borrow& borrow) const;
};

}  // namespace wirecheck

#endif  // WIRECHECK_DEDUP_MINHASH_H_
