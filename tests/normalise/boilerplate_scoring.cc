#include "tests/normalise/boilerplate_scoring.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"

namespace wirecheck {

std::vector<LabelRow> ParseLabels(absl::string_view tsv) {
  std::vector<LabelRow> rows;
  for (absl::string_view line : absl::StrSplit(tsv, '\n')) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    if (f.size() != 5) continue;
    rows.push_back({f[0], f[1], f[2], f[3], f[4]});
  }
  return rows;
}

std::set<int> ParseLineSet(absl::string_view spec, int line_count) {
  std::set<int> out;
  if (spec == "all") {
    for (int i = 1; i <= line_count; ++i) out.insert(i);
    return out;
  }
  for (absl::string_view part : absl::StrSplit(spec, ',', absl::SkipEmpty())) {
    std::vector<absl::string_view> ends = absl::StrSplit(part, '-');
    int a = 0, b = 0;
    if (!absl::SimpleAtoi(ends[0], &a)) continue;
    b = a;
    if (ends.size() == 2 && !absl::SimpleAtoi(ends[1], &b)) continue;
    for (int i = a; i <= b; ++i) out.insert(i);
  }
  return out;
}

std::string Fnv1a64Hex(absl::string_view text) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof(buf), "%016llx",
                static_cast<unsigned long long>(h));
  return buf;
}

CharScore ScoreDocument(absl::string_view text, const std::set<int>& body_lines,
                        const Document& doc) {
  CharScore score;
  uint32_t start = 0;
  int number = 1;
  for (uint32_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n') continue;
    uint32_t b = start, e = i;
    while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r')) ++b;
    while (e > b &&
           (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) {
      --e;
    }
    int64_t kept = 0;
    for (const Span& s : doc.body) {
      const uint32_t lo = std::max(b, s.begin), hi = std::min(e, s.end);
      if (hi > lo) kept += hi - lo;
    }
    if (body_lines.count(number)) {
      score.body += e - b;
      score.body_kept += kept;
    } else {
      score.junk += e - b;
      score.junk_removed += (e - b) - kept;
    }
    start = i + 1;
    ++number;
  }
  return score;
}

}  // namespace wirecheck
