// util/count_min.h: a count-min sketch of how many documents hold a key.
//
// Two rows of 2^log2_cells saturating 16-bit counters, indexed by the low
// and the high 32 bits of a 64-bit key hash. It never under-counts; with as
// many cells as distinct keys the over-count is a few units. Fixed-size and
// serialisable, so a store can keep the document frequencies of everything
// it has seen and a later run can add to them (compare's term idf).
//
//   CountMin df(20);
//   for (uint64_t term : unique_terms) df.Add(term);
//   int n = df.Estimate(term);
//   std::string blob = df.Serialize();
#ifndef WIRECHECK_UTIL_COUNT_MIN_H_
#define WIRECHECK_UTIL_COUNT_MIN_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace wirecheck {

class CountMin {
 public:
  explicit CountMin(int log2_cells = 20);

  // Inline, as Estimate: indexing a batch adds and weighs millions of terms.
  void Add(uint64_t key) {
    for (int r = 0; r < 2; ++r) {
      uint16_t& c = rows_[r][Cell(key, r)];
      if (c != 0xFFFF) ++c;
    }
  }
  // Undoes one Add (a pruned document); saturated counters stay.
  void Remove(uint64_t key);
  int Estimate(uint64_t key) const {
    return std::min(rows_[0][Cell(key, 0)], rows_[1][Cell(key, 1)]);
  }
  // Brings the two counters of `key` into cache (for a loop over many
  // keys, a few keys ahead: the rows are megabytes, each access a miss).
  void Prefetch(uint64_t key) const {
    __builtin_prefetch(&rows_[0][Cell(key, 0)]);
    __builtin_prefetch(&rows_[1][Cell(key, 1)]);
  }

  // Little-endian: log2_cells (1 byte), then both rows.
  std::string Serialize() const;
  static absl::StatusOr<CountMin> Parse(absl::string_view blob);

 private:
  size_t Cell(uint64_t key, int row) const {
    return static_cast<size_t>(row == 0 ? key : key >> 32) & mask_;
  }

  int log2_cells_;
  size_t mask_;
  std::vector<uint16_t> rows_[2];
};

}  // namespace wirecheck

#endif  // WIRECHECK_UTIL_COUNT_MIN_H_
