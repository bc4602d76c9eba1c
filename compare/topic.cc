#include "compare/topic.h"

#include <algorithm>

#include "absl/strings/numbers.h"
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
      "nhật", "tư", "ba", "hai", "sáu", "bảy", "đầu", "cuối", "giữa",
      // Acronyms and corporate suffixes shared by unrelated sentences.
      "gov", "sen", "rep", "gen", "dr", "usd", "vnd", "vnđ", "gdp", "cp", "corp", "inc", "co", "ltd", "tp",
      "ubnd", "hđnd", "ndt", "nđt", "fdi", "oda", "cpi", "tto", "ttxvn",
      "vn", "ttck", "đtck", "eur", "%", "tỷ", "triệu", "nghìn", "công", "ty",
      "tập", "đoàn", "ngân", "hàng", "sở", "cục", "viện", "trường", "đại",
      "học", "tỉnh", "thành", "phố", "huyện", "xã", "quận", "phường"};
  return k->contains(folded);
}

// Frequent function syllables/words that make unrelated sentences look alike.
bool IsFunctionWord(const std::string& w) {
  static const auto* const k = new absl::flat_hash_set<std::string>{
      "và", "của", "là", "các", "những", "được", "có", "trong", "đã", "không",
      "với", "cho", "này", "theo", "tại", "từ", "đến", "một", "người", "khi",
      "cũng", "để", "về", "thì", "ra", "sẽ", "đang", "bị", "do", "vào", "như",
      "năm", "ngày", "tháng", "hôm", "trên", "sau", "trước", "nhiều", "hơn",
      "the", "a", "an", "of", "to", "in", "and", "is", "was", "were", "that",
      "for", "on", "with", "by", "at", "as", "it", "its", "from", "has", "had",
      "have", "be", "been", "said", "this", "are", "or", "more", "than"};
  return k->contains(w);
}

}  // namespace

bool SentenceInfo::Has(const std::string& key) const {
  if (!key.empty() && key[0] == '#') {
    int id = 0;
    if (!absl::SimpleAtoi(key.substr(1), &id)) return false;
    return std::binary_search(alias_ids.begin(), alias_ids.end(), id);
  }
  return names.contains(key);
}

bool DifferentActors(const SentenceInfo& a, const SentenceInfo& b) {
  if (a.first_entity.empty() || b.first_entity.empty()) return false;
  return !b.Has(a.first_entity) && !a.Has(b.first_entity);
}

double SentenceSimilarity(const SentenceInfo& a, const SentenceInfo& b) {
  if (a.words.empty() || b.words.empty()) return 0;
  int shared = 0;
  for (const std::string& w : a.words) shared += b.words.contains(w);
  return static_cast<double>(shared) /
         static_cast<double>(a.words.size() + b.words.size() - shared);
}

SentenceInfo SentenceEntities(const std::vector<Lexeme>& lx,
                              const Sentence& s, const AliasTable& aliases) {
  SentenceInfo info;
  std::vector<bool> covered(s.last - s.first, false);
  int first_alias_at = s.last;
  for (const AliasMatch& m : aliases.Find(lx, s.first, s.last)) {
    if (m.first < first_alias_at) {
      first_alias_at = m.first;
      info.first_entity = absl::StrCat("#", m.entity);
    }
    info.alias_ids.push_back(m.entity);
    for (int k = m.first; k < m.last; ++k) covered[k - s.first] = true;
  }
  std::sort(info.alias_ids.begin(), info.alias_ids.end());
  info.alias_ids.erase(std::unique(info.alias_ids.begin(), info.alias_ids.end()),
                       info.alias_ids.end());
  for (int k = s.first; k < s.last; ++k) {
    if (lx[k].kind == LexKind::kWord && !IsFunctionWord(lx[k].key)) {
      info.words.insert(lx[k].key);
    }
  }
  for (int k = s.first + 1; k < s.last; ++k) {
    const Lexeme& l = lx[k];
    if (covered[k - s.first] || l.kind != LexKind::kWord || !l.capitalized) continue;
    if (IsTitleWord(l.key) || l.key.size() < 2) continue;
    if (k < first_alias_at) {
      first_alias_at = k;
      info.first_entity = l.key;
    }
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
