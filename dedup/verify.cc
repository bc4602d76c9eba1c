#include "dedup/verify.h"

#include <cstddef>

namespace wirecheck {

double SetOverlap::Jaccard() const {
  const int uni = size_a + size_b - shared;
  return uni == 0 ? 0.0 : static_cast<double>(shared) / uni;
}

double SetOverlap::ContainmentOfAInB() const {
  return size_a == 0 ? 0.0 : static_cast<double>(shared) / size_a;
}

double SetOverlap::ContainmentOfBInA() const {
  return size_b == 0 ? 0.0 : static_cast<double>(shared) / size_b;
}

SetOverlap CompareSets(const std::vector<uint64_t>& a,
                       const std::vector<uint64_t>& b) {
  SetOverlap o;
  o.size_a = static_cast<int>(a.size());
  o.size_b = static_cast<int>(b.size());
  // Branch-free merge: which side advances depends on random hash order,
  // so a branch would mispredict about every other step.
  const uint64_t* pa = a.data();
  const uint64_t* pb = b.data();
  const size_t na = a.size(), nb = b.size();
  size_t i = 0, j = 0;
  int shared = 0;
  while (i < na && j < nb) {
    const uint64_t x = pa[i], y = pb[j];
    shared += x == y;
    i += x <= y;
    j += y <= x;
  }
  o.shared = shared;
  return o;
}

}  // namespace wirecheck
