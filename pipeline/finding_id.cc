#include "pipeline/finding_id.h"

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <utility>

#include "absl/strings/str_format.h"
#include "xxhash.h"

namespace wirecheck {
namespace {

void AppendU32(std::string* out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>(v >> (8 * i)));
}

// Length-prefixed, so no two sides serialise alike.
std::string Serialise(const FindingSide& side) {
  std::string out;
  AppendU32(&out, static_cast<uint32_t>(side.doc_id.size()));
  out += side.doc_id;
  AppendU32(&out, static_cast<uint32_t>(side.spans.size()));
  for (const Span& s : side.spans) {
    AppendU32(&out, s.begin);
    AppendU32(&out, s.end);
  }
  return out;
}

std::string FindingId(char kind, const FindingSide& x, const FindingSide& y) {
  std::string a = Serialise(x), b = Serialise(y);
  if (b < a) std::swap(a, b);
  std::string bytes(1, kind);
  bytes += a;
  bytes += b;
  const uint64_t h = XXH3_64bits(bytes.data(), bytes.size());
  return absl::StrFormat("%c-%016x", kind, h);
}

FindingSide SideOf(const Article& a, std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(), [](const Span& x, const Span& y) {
    return std::tie(x.begin, x.end) < std::tie(y.begin, y.end);
  });
  return FindingSide{a.id, std::move(spans)};
}

}  // namespace

std::string CopyFindingId(const FindingSide& x, const FindingSide& y) {
  return FindingId('c', x, y);
}

std::string DiscrepancyFindingId(const FindingSide& x, const FindingSide& y) {
  return FindingId('d', x, y);
}

std::string IdOf(const std::vector<Article>& articles, const CopyPair& p) {
  std::vector<Span> source, copy;
  for (const AlignedSpan& s : p.spans) {
    source.push_back(s.source);
    copy.push_back(s.copy);
  }
  return CopyFindingId(SideOf(articles[p.source], std::move(source)),
                       SideOf(articles[p.copy], std::move(copy)));
}

std::string IdOf(const std::vector<Article>& articles, const Discrepancy& d) {
  return DiscrepancyFindingId(SideOf(articles[d.a.doc], {d.a.span}),
                              SideOf(articles[d.b.doc], {d.b.span}));
}

void AssignFindingIds(const std::vector<Article>& articles, DedupResult* dedup,
                      CompareResult* compare) {
  if (dedup != nullptr) {
    for (CopyPair& p : dedup->copies) p.id = IdOf(articles, p);
  }
  if (compare != nullptr) {
    for (Discrepancy& d : compare->discrepancies) d.id = IdOf(articles, d);
  }
}

}  // namespace wirecheck
