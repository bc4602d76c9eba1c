#include "dedup/winnow.h"

#include <algorithm>
#include <deque>

namespace wirecheck {

std::vector<uint64_t> Winnow(const std::vector<uint64_t>& hashes, int window) {
  std::vector<uint64_t> out;
  const int n = static_cast<int>(hashes.size());
  if (n == 0) return out;
  const int w = std::min(window, n);
  // Positions of a monotone queue: increasing values from front to back,
  // so the front is the minimum of the current run; a later equal value
  // replaces an earlier one (the rightmost minimum wins).
  std::deque<int> queue;
  int last_selected = -1;
  for (int i = 0; i < n; ++i) {
    while (!queue.empty() && hashes[queue.back()] >= hashes[i]) {
      queue.pop_back();
    }
    queue.push_back(i);
    if (queue.front() <= i - w) queue.pop_front();
    if (i >= w - 1 && queue.front() != last_selected) {
      last_selected = queue.front();
      out.push_back(hashes[last_selected]);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace wirecheck
