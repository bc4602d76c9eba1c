#include "compare/rank.h"

#include "compare/number_words.h"

namespace wirecheck {
namespace {

// The largest plain number a "bare" rank noun takes ("phút 120").
constexpr int kMaxBareOrdinal = 150;

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

// A noun tagged "moment" in its third column names a moment of a sequence
// of actions ("phút 44", the minute of a match).
bool IsMoment(const Scan& s, const PhraseMatch& noun) {
  return s.lexicon.Tag(LexTable::kRankNoun, noun.tag).extra == "moment";
}

// "phút 44": a moment noun takes a plain number as its ordinal, unless the
// noun is the unit of a number before it ("90 phút 2 đội ...", "4 phút 30
// giây").
bool BareNumberAfter(const Scan& s, int i, const PhraseMatch& noun,
                     double* value) {
  if (!IsMoment(s, noun)) return false;
  if (i > s.first && s.lx[i - 1].kind == LexKind::kNumber) return false;
  const int k = i + noun.length;
  int v;
  if (!s.Int(k, &v, 3) || v < 1 || v > kMaxBareOrdinal) return false;
  // "phút 90+3", "phút 45.2": the number goes on; read only whole ones.
  if (s.In(k + 1) && s.Glued(k + 1) && s.lx[k + 1].kind != LexKind::kPunct) {
    return false;
  }
  *value = v;
  return true;
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
    int n = OrdinalAt(s, th, &r.value);
    if (n == 0 && BareNumberAfter(s, i, noun, &r.value)) n = 1;
    if (n > 0) {
      r.length = noun.length + n;
      r.rank_class = s.Text(LexTable::kRankNoun, noun);
      r.moment = IsMoment(s, noun);
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
