// dedup/verify.h: exact overlap of two shingle sets.
//
// LSH only proposes candidates; every candidate is verified here on the
// exact sorted shingle sets (dedup/shingle.h UniqueShingles), never on
// signatures, so reported similarity and containment are exact.
//
//   SetOverlap o = CompareSets(set_a, set_b);
//   if (o.ContainmentOfAInB() >= 0.5) ...
#ifndef WIRECHECK_DEDUP_VERIFY_H_
#define WIRECHECK_DEDUP_VERIFY_H_

#include <cstdint>
#include <vector>

namespace wirecheck {

struct SetOverlap {
  int shared = 0;
  int size_a = 0;
  int size_b = 0;

  // |A n B| / |A u B|; 0 when both are empty.
  double Jaccard() const;
  // |A n B| / |A|: the share of A found in B; 0 when A is empty.
  double ContainmentOfAInB() const;
  double ContainmentOfBInA() const;
};

// REQUIRES: a and b sorted and duplicate-free.
SetOverlap CompareSets(const std::vector<uint64_t>& a,
                       const std::vector<uint64_t>& b);

}  // namespace wirecheck

#endif  // WIRECHECK_DEDUP_VERIFY_H_
