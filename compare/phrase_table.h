// compare/phrase_table.h: longest-match lookup of multi-word phrases.
//
// Qualifiers ("ít nhất", "more than"), counted nouns ("người bị thương"),
// roles ("thiệt mạng") and currencies are multi-word. A PhraseTable maps
// folded phrases to a string tag and finds the longest one starting at a
// lexeme; hyphens between words are skipped so "Jong-un" matches "jong un".
//
//   PhraseTable t({{"ít nhất", "at_least"}, {"at least", "at_least"}});
//   PhraseMatch m = t.LongestAt(lexemes, i, end);  // m.length lexemes used
#ifndef WIRECHECK_COMPARE_PHRASE_TABLE_H_
#define WIRECHECK_COMPARE_PHRASE_TABLE_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "compare/lexer.h"

namespace wirecheck {

struct PhraseMatch {
  int length = 0;           // Lexemes consumed; 0 when nothing matched.
  const std::string* tag = nullptr;
};

class PhraseTable {
 public:
  PhraseTable() = default;
  explicit PhraseTable(
      const std::vector<std::pair<std::string, std::string>>& entries);
  void Add(absl::string_view phrase, std::string tag);
  // Longest phrase starting at lexeme `i` and ending before `end`.
  PhraseMatch LongestAt(const std::vector<Lexeme>& lx, int i, int end) const;
  // Longest phrase ending exactly at lexeme `end` - 1, starting >= `begin`.
  PhraseMatch LongestEndingAt(const std::vector<Lexeme>& lx, int begin,
                              int end) const;
  bool empty() const { return map_.empty(); }

 private:
  absl::flat_hash_map<std::string, std::string> map_;  // "w1 w2" -> tag
  int max_words_ = 0;
};

// The words of `phrase`, folded, split on spaces and hyphens.
std::vector<std::string> PhraseWords(absl::string_view phrase);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_PHRASE_TABLE_H_
