#include "compare/phrase_table.h"

#include <algorithm>

#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace wirecheck {

std::vector<std::string> PhraseWords(absl::string_view phrase) {
  std::vector<std::string> out;
  for (absl::string_view w :
       absl::StrSplit(phrase, absl::ByAnyChar(" -\t"), absl::SkipEmpty())) {
    std::string key = FoldKey(w);
    if (!key.empty()) out.push_back(std::move(key));
  }
  return out;
}

bool PhraseTable::Add(absl::string_view phrase, int tag) {
  std::vector<std::string> words = PhraseWords(phrase);
  if (words.empty()) return false;
  max_words_ = std::max<int>(max_words_, static_cast<int>(words.size()));
  first_words_.insert(words[0]);
  map_[absl::StrJoin(words, " ")] = tag;
  return true;
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

int PhraseTable::Find(absl::string_view folded_phrase) const {
  auto it = map_.find(std::string(folded_phrase));
  return it == map_.end() ? -1 : it->second;
}

}  // namespace wirecheck
