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
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++o.shared;
      ++i;
      ++j;
    }
  }
  return o;
}

}  // namespace wirecheck
