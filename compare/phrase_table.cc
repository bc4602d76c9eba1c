#include "compare/phrase_table.h"

#include <algorithm>

#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

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
  first_words_.insert(LexKeyHash(words[0]));
  uint64_t hash = 0;
  for (const std::string& w : words) hash = PhraseHash(hash, LexKeyHash(w));
  map_[hash] = Entry{absl::StrJoin(words, " "), tag};
  return true;
}

bool PhraseTable::Confirm(const Entry& e, const std::vector<Lexeme>& lx, int i,
                          int end) const {
  absl::string_view rest = e.phrase;
  bool first = true;
  for (int j = i; j < end; ++j) {
    if (!first && IsJoiningHyphen(lx[j])) continue;
    if (!first) {
      if (!absl::ConsumePrefix(&rest, " ")) return false;
    }
    if (!absl::ConsumePrefix(&rest, lx[j].key)) return false;
    first = false;
  }
  return rest.empty();
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
  uint64_t hash = 0;
  for (absl::string_view w : absl::StrSplit(folded_phrase, ' ')) {
    hash = PhraseHash(hash, LexKeyHash(w));
  }
  auto it = map_.find(hash);
  return it == map_.end() || it->second.phrase != folded_phrase
             ? -1
             : it->second.tag;
}

int PhraseTable::FindLexeme(const Lexeme& l) const {
  // A key with a space in it (NFKC of some presentation forms) is several
  // words to Find.
  if (l.key.find(' ') != std::string::npos) return Find(l.key);
  auto it = map_.find(PhraseHash(0, l.key_hash));
  return it == map_.end() || it->second.phrase != l.key ? -1 : it->second.tag;
}

}  // namespace wirecheck
