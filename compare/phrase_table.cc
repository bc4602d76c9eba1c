#include "compare/phrase_table.h"

#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace wirecheck {

std::vector<std::string> PhraseWords(absl::string_view phrase) {
  std::vector<std::string> out;
  for (absl::string_view w :
       absl::StrSplit(phrase, absl::ByAnyChar(" -\t"), absl::SkipEmpty())) {
    out.push_back(FoldKey(w));
  }
  return out;
}

PhraseTable::PhraseTable(
    const std::vector<std::pair<std::string, std::string>>& entries) {
  for (const auto& [phrase, tag] : entries) Add(phrase, tag);
}

void PhraseTable::Add(absl::string_view phrase, std::string tag) {
  std::vector<std::string> words = PhraseWords(phrase);
  if (words.empty()) return;
  max_words_ = std::max<int>(max_words_, words.size());
  map_.emplace(absl::StrJoin(words, " "), std::move(tag));
}

PhraseMatch PhraseTable::LongestAt(const std::vector<Lexeme>& lx, int i,
                                   int end) const {
  PhraseMatch best;
  std::string key;
  int words = 0;
  for (int j = i; j < end && words < max_words_; ++j) {
    const Lexeme& l = lx[j];
    if (l.kind == LexKind::kPunct) {
      if (l.key == "-" && !l.space_before && words > 0) continue;
      break;
    }
    if (words > 0) key += ' ';
    key += l.key;
    ++words;
    auto it = map_.find(key);
    if (it != map_.end()) best = {j - i + 1, &it->second};
  }
  return best;
}

PhraseMatch PhraseTable::LongestEndingAt(const std::vector<Lexeme>& lx,
                                         int begin, int end) const {
  PhraseMatch best;
  for (int i = end - 1; i >= begin && end - i <= 2 * max_words_; --i) {
    PhraseMatch m = LongestAt(lx, i, end);
    if (m.length == end - i) best = m;
  }
  return best;
}

}  // namespace wirecheck
