#include "compare/topic.h"

#include <algorithm>

#include "absl/strings/str_cat.h"

namespace wirecheck {
namespace {

// Capitalised words that start titles or sentences rather than name a
// specific person, place or organisation.
bool IsTitleWord(const std::string& folded) {
  static const auto* const k = new absl::flat_hash_set<std::string>{
      "ông", "bà", "anh", "chị", "tổng", "thống", "chủ", "tịch", "thủ",
      "tướng", "bộ", "trưởng", "phó", "ngoại", "giao", "quốc", "hội",
      "theo", "tại", "trong", "khi", "sau", "ngày", "tháng", "năm", "hôm",
      "đây", "đó", "này", "the", "a", "an", "mr", "mrs", "ms", "president",
      "minister", "prime", "foreign", "in", "on", "at", "he", "she", "it",
      "they", "we", "i", "but", "and", "thứ", "chính", "phủ", "lãnh", "đạo",
      "nhà", "ủy", "ban", "đảng", "state", "news", "agency", "hãng", "tin",
      "thông", "tấn", "xã", "báo", "ảnh", "photo", "video", "nguồn",
      "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "nhật", "tư", "ba", "hai", "sáu", "bảy", "đầu", "cuối", "giữa"};
  return k->contains(folded);
}

}  // namespace

SentenceInfo SentenceEntities(const std::vector<Lexeme>& lx,
                              const Sentence& s, const AliasTable& aliases) {
  SentenceInfo info;
  std::vector<bool> covered(s.last - s.first, false);
  for (const AliasMatch& m : aliases.Find(lx, s.first, s.last)) {
    info.alias_ids.push_back(m.entity);
    for (int k = m.first; k < m.last; ++k) covered[k - s.first] = true;
  }
  std::sort(info.alias_ids.begin(), info.alias_ids.end());
  info.alias_ids.erase(std::unique(info.alias_ids.begin(), info.alias_ids.end()),
                       info.alias_ids.end());
  for (int k = s.first + 1; k < s.last; ++k) {
    const Lexeme& l = lx[k];
    if (covered[k - s.first] || l.kind != LexKind::kWord || !l.capitalized) continue;
    if (IsTitleWord(l.key) || l.key.size() < 2) continue;
    if (info.names.insert(l.key).second) info.name_order.push_back(l.key);
  }
  return info;
}

std::string SharedEntity(const SentenceInfo& a, const SentenceInfo& b,
                         const AliasTable& aliases) {
  for (int id : a.alias_ids) {
    if (std::binary_search(b.alias_ids.begin(), b.alias_ids.end(), id)) {
      return aliases.Display(id);
    }
  }
  for (const std::string& n : a.name_order) {
    if (b.names.contains(n)) return n;
  }
  return "";
}

int SharedEntityCount(const SentenceInfo& a, const SentenceInfo& b) {
  int n = 0;
  for (int id : a.alias_ids) {
    n += std::binary_search(b.alias_ids.begin(), b.alias_ids.end(), id);
  }
  for (const std::string& name : a.name_order) n += b.names.contains(name);
  return n;
}

std::string DescribeTopic(const Claim& c) {
  if (c.kind == ClaimKind::kDate) {
    return c.role.empty() ? "date" : absl::StrCat("date of ", c.role);
  }
  if (c.role == "anniversary") return "base year of anniversary";
  std::string what = c.unit_class.empty() ? ClaimKindName(c.kind) : c.unit_class;
  return c.role.empty() ? what : absl::StrCat(what, " ", c.role);
}

}  // namespace wirecheck
