// Myers' greedy diff ("An O(ND) Difference Algorithm", 1986) over words:
// for each number of edits d, the furthest-reaching path on each diagonal
// k = x - y; the first d that reaches the end is the shortest edit script,
// and walking the saved frontiers back gives the matched words.
#include "report/shared_words.h"

#include <algorithm>
#include <utility>

namespace wirecheck {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' ||
         c == '\v';
}

std::vector<Span> Words(absl::string_view text, Span span) {
  std::vector<Span> words;
  const uint32_t end = std::min<uint32_t>(span.end, text.size());
  uint32_t i = std::min(span.begin, end);
  while (i < end) {
    while (i < end && IsSpace(text[i])) ++i;
    const uint32_t start = i;
    while (i < end && !IsSpace(text[i])) ++i;
    if (i > start) words.push_back(Span{start, i});
  }
  return words;
}

// Matched (i, j) word pairs of a longest common subsequence, in order;
// false when more than max_d edits are needed.
bool Matches(const std::vector<absl::string_view>& a,
             const std::vector<absl::string_view>& b, int max_d,
             std::vector<std::pair<int, int>>* out) {
  const int n = static_cast<int>(a.size());
  const int m = static_cast<int>(b.size());
  const int limit = std::min(n + m, max_d);
  const int offset = limit + 1;
  std::vector<int> v(2 * limit + 3, 0);
  std::vector<std::vector<int>> trace;  // v after each d.
  int found_d = -1;
  for (int d = 0; d <= limit && found_d < 0; ++d) {
    for (int k = -d; k <= d; k += 2) {
      int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                  ? v[offset + k + 1]
                  : v[offset + k - 1] + 1;
      int y = x - k;
      while (x < n && y < m && a[x] == b[y]) ++x, ++y;
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found_d = d;
        break;
      }
    }
    trace.push_back(v);
  }
  if (found_d < 0) return false;
  int x = n, y = m;
  for (int d = found_d; d > 0; --d) {
    const std::vector<int>& prev = trace[d - 1];
    const int k = x - y;
    const int prev_k =
        (k == -d || (k != d && prev[offset + k - 1] < prev[offset + k + 1]))
            ? k + 1
            : k - 1;
    const int prev_x = prev[offset + prev_k];
    const int prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) out->emplace_back(--x, --y);
    x = prev_x;
    y = prev_y;
  }
  while (x > 0 && y > 0) out->emplace_back(--x, --y);
  std::reverse(out->begin(), out->end());
  return true;
}

}  // namespace

SharedRuns SharedWords(absl::string_view text_a, Span span_a,
                       absl::string_view text_b, Span span_b, int max_edits) {
  const std::vector<Span> wa = Words(text_a, span_a);
  const std::vector<Span> wb = Words(text_b, span_b);
  std::vector<absl::string_view> a, b;
  for (const Span& s : wa) a.push_back(s.Of(text_a));
  for (const Span& s : wb) b.push_back(s.Of(text_b));
  std::vector<std::pair<int, int>> matches;
  SharedRuns runs;
  if (!Matches(a, b, max_edits, &matches)) return runs;
  runs.found = true;
  for (size_t i = 0; i < matches.size(); ++i) {
    const auto [ia, ib] = matches[i];
    const bool extends = i > 0 && matches[i - 1].first == ia - 1 &&
                         matches[i - 1].second == ib - 1;
    if (extends) {
      runs.a.back().end = wa[ia].end;
      runs.b.back().end = wb[ib].end;
    } else {
      runs.a.push_back(wa[ia]);
      runs.b.push_back(wb[ib]);
    }
  }
  return runs;
}

}  // namespace wirecheck
