#include "util/count_min.h"

#include <algorithm>
#include <cstring>

namespace wirecheck {

CountMin::CountMin(int log2_cells)
    : log2_cells_(log2_cells), mask_((size_t{1} << log2_cells) - 1) {
  for (auto& row : rows_) row.assign(size_t{1} << log2_cells, 0);
}

void CountMin::Remove(uint64_t key) {
  for (int r = 0; r < 2; ++r) {
    uint16_t& c = rows_[r][Cell(key, r)];
    if (c != 0xFFFF && c != 0) --c;
  }
}

std::string CountMin::Serialize() const {
  const size_t cells = rows_[0].size();
  std::string out(1 + 4 * cells, '\0');
  out[0] = static_cast<char>(log2_cells_);
  char* p = out.data() + 1;
  for (const auto& row : rows_) {
    for (uint16_t c : row) {
      *p++ = static_cast<char>(c & 0xFF);
      *p++ = static_cast<char>(c >> 8);
    }
  }
  return out;
}

absl::StatusOr<CountMin> CountMin::Parse(absl::string_view blob) {
  if (blob.empty() || blob[0] < 1 || blob[0] > 26) {
    return absl::DataLossError("count-min sketch: bad header");
  }
  CountMin cm(blob[0]);
  const size_t cells = cm.rows_[0].size();
  if (blob.size() != 1 + 4 * cells) {
    return absl::DataLossError("count-min sketch: wrong size");
  }
  const unsigned char* p =
      reinterpret_cast<const unsigned char*>(blob.data()) + 1;
  for (auto& row : cm.rows_) {
    for (uint16_t& c : row) {
      c = static_cast<uint16_t>(p[0] | (p[1] << 8));
      p += 2;
    }
  }
  return cm;
}

}  // namespace wirecheck
