// compare/phrase_table.h: longest-match lookup of multi-word phrases.
//
// Qualifiers ("ít nhất", "more than"), counted nouns ("người bị thương"),
// predicates ("thiệt mạng") and currency symbols ("VN$") are phrases of one
// or more lexemes. A PhraseTable maps folded phrases to an integer tag and
// finds the phrases starting at a lexeme, longest first. A hyphen written
// against the previous lexeme is skipped, so "Jong-un" matches "jong un";
// any other punctuation must be part of the phrase ("vn $").
//
//   PhraseTable t;
//   t.Add("ít nhất", 0);
//   t.Add("at least", 0);
//   PhraseMatch m = t.LongestAt(lexemes, i, end);  // m.length lexemes, m.tag
#ifndef WIRECHECK_COMPARE_PHRASE_TABLE_H_
#define WIRECHECK_COMPARE_PHRASE_TABLE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "normalise/lexer.h"

namespace wirecheck {

struct PhraseMatch {
  int length = 0;  // Lexemes consumed; 0 when nothing matched.
  int tag = -1;
  explicit operator bool() const { return length > 0; }
};

class PhraseTable {
 public:
  // Adds (or replaces) a phrase; returns false when it has no words.
  bool Add(absl::string_view phrase, int tag);

  // Every phrase starting at lexeme `i` and ending at or before `end`,
  // longest first. `accept(length)` may veto a length (segmentation).
  template <typename Accept>
  PhraseMatch LongestAt(const std::vector<Lexeme>& lx, int i, int end,
                        Accept&& accept) const;
  PhraseMatch LongestAt(const std::vector<Lexeme>& lx, int i, int end) const {
    return LongestAt(lx, i, end, [](int) { return true; });
  }
  // The longest phrase ending exactly at lexeme `end` - 1 and starting at or
  // after `begin`.
  PhraseMatch LongestEndingAt(const std::vector<Lexeme>& lx, int begin,
                              int end) const;
  // The tag of exactly this folded phrase, or -1.
  int Find(absl::string_view folded_phrase) const;
  // Find(l.key) through the hash the lexer gave the lexeme.
  int FindLexeme(const Lexeme& l) const;
  bool empty() const { return map_.empty(); }
  size_t size() const { return map_.size(); }

 private:
  struct Entry {
    std::string phrase;  // "w1 w2": a hash hit is confirmed against it.
    int tag;
  };
  // Phrases by the chained hash of their words (PhraseHash), so a lookup
  // at each lexeme extends one hash instead of building and hashing text.
  static uint64_t PhraseHash(uint64_t so_far, uint64_t word_hash) {
    return (so_far ^ word_hash) * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull;
  }
  bool Confirm(const Entry& e, const std::vector<Lexeme>& lx, int i,
               int j) const;

  absl::flat_hash_map<uint64_t, Entry> map_;
  absl::flat_hash_set<uint64_t> first_words_;  // LexKeyHash of first words.
  int max_words_ = 0;
};

// The folded words of `phrase`, split on spaces, tabs and hyphens.
std::vector<std::string> PhraseWords(absl::string_view phrase);

// A hyphen written against the previous lexeme ("Jong-un"): phrases skip it.
inline bool IsJoiningHyphen(const Lexeme& l) {
  return l.kind == LexKind::kPunct && l.key == "-" && !l.space_before;
}

template <typename Accept>
PhraseMatch PhraseTable::LongestAt(const std::vector<Lexeme>& lx, int i,
                                   int end, Accept&& accept) const {
  if (i >= end || !first_words_.contains(lx[i].key_hash)) return {};
  PhraseMatch matches[16];
  int found = 0;
  uint64_t hash = 0;
  int words = 0;
  for (int j = i; j < end && words < max_words_; ++j) {
    const Lexeme& l = lx[j];
    if (words > 0 && IsJoiningHyphen(l)) continue;
    hash = PhraseHash(hash, l.key_hash);
    ++words;
    auto it = map_.find(hash);
    if (it != map_.end() && found < 16 && Confirm(it->second, lx, i, j + 1)) {
      matches[found++] = {j - i + 1, it->second.tag};
    }
  }
  for (int k = found - 1; k >= 0; --k) {
    if (accept(matches[k].length)) return matches[k];
  }
  return {};
}

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_PHRASE_TABLE_H_
