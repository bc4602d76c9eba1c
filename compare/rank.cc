#include "compare/rank.h"

#include "compare/number_words.h"

namespace wirecheck {
namespace {

// The ordinal after "thứ" (or alone, like "đầu tiên"): its value and
// length, or 0.
int OrdinalAt(const Scan& s, int k, double* value) {
  if (PhraseMatch m = s.Match(LexTable::kOrdinal, k)) {
    *value = s.Number(LexTable::kOrdinal, m);
    return m.length;
  }
  if (!s.Is(k, "thứ")) return 0;
  int v;
  if (s.Int(k + 1, &v, 3) && v >= 1) {
    *value = v;
    return 2;
  }
  SpelledNumber w = ParseNumberWords(s, k + 1);
  if (w.length > 0 && w.value >= 1 && !w.has_scale) {
    *value = w.value;
    return 1 + w.length;
  }
  return 0;
}

}  // namespace

RankMatch MatchRank(const Scan& s, int i) {
  RankMatch r;
  if (PhraseMatch noun = s.Match(LexTable::kRankNoun, i)) {
    // "ngày thứ Sáu", "vào thứ Hai": a capitalised day after "thứ" is a
    // weekday (compare/dates.h), not an ordinal.
    const int th = i + noun.length;
    if (s.Is(th, "thứ") && s.IsWord(th + 1) && s.lx[th + 1].capitalized) {
      return r;
    }
    const int n = OrdinalAt(s, th, &r.value);
    if (n > 0) {
      r.length = noun.length + n;
      r.rank_class = s.Text(LexTable::kRankNoun, noun);
      return r;
    }
  }
  if (PhraseMatch pos = s.Match(LexTable::kRank, i)) {
    r.length = pos.length;
    r.value = s.Number(LexTable::kRank, pos);
    r.rank_class = "position";
  }
  return r;
}

}  // namespace wirecheck
