#include "compare/quantity.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "compare/number_words.h"
#include "compare/numbers.h"

namespace wirecheck {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// The number itself, before qualifier and unit.
struct Core {
  int length = 0;
  double value = 0, unit = 1, scale = 1;
  bool vague = false, spelled = false, has_scale = false;
  double vague_low = 0, vague_high = 0;
  bool range = false;  // "10-15" in one lexeme.
  double range_high = 0;
  bool bare_year = false;
  bool leading_zero = false;  // "045.73", "0913": a code, not an amount.
  bool fraction = false;      // "1/2", "3/4".
};

const LexTag& TagOf(const Scan& s, LexTable t, const PhraseMatch& m) {
  return s.lexicon.Tag(t, m.tag);
}

// Lexemes of "rưỡi" (and a half) at k; 0 when there is none.
int HalfAt(const Scan& s, int k) {
  PhraseMatch half = s.Match(LexTable::kNumberWord, k);
  return half && TagOf(s, LexTable::kNumberWord, half).name == "half"
             ? half.length
             : 0;
}

// Scale words after a numeral: "2,2 tỷ", "10K", "1,2M", "5 triệu rưỡi".
int ScaleTail(const Scan& s, int k, Core* c) {
  const int start = k;
  double last = 0;
  while (s.IsWord(k)) {
    PhraseMatch m = s.Match(LexTable::kScale, k);
    if (m.length != 1) break;
    const LexTag& t = TagOf(s, LexTable::kScale, m);
    const bool suffix = t.extra == "suffix" || t.extra == "suffix-upper";
    if (suffix && (!s.Glued(k) || k != start)) break;
    if (t.extra == "suffix-upper" && !s.lx[k].capitalized) break;
    if (!suffix && s.Glued(k)) break;  // "10tỷ" is not written; a code.
    c->value *= t.number;
    c->unit *= t.number;
    c->scale *= t.number;
    last = t.number;
    c->has_scale = true;
    ++k;
  }
  if (const int half = last > 0 ? HalfAt(s, k) : 0) {
    c->value += last / 2;
    c->unit = last / 2;
    k += half;
  }
  return k - start;
}

// "hàng nghìn", "vài chục", "thousands of": an interval, not a number.
Core VagueCore(const Scan& s, int j) {
  Core c;
  PhraseMatch m = s.Match(LexTable::kVagueNumber, j);
  if (!m) return c;
  const LexTag& t = TagOf(s, LexTable::kVagueNumber, m);
  Core scale;
  scale.value = 1;
  const int tail = ScaleTail(s, j + m.length, &scale);
  if (tail > 0) {
    c.vague_low = t.number * scale.scale;
    c.vague_high = t.high * scale.scale;
  } else if (t.number >= 10) {
    c.vague_low = t.number;
    c.vague_high = t.high;
  } else {
    return c;  // "vài người": a few, no magnitude to compare.
  }
  c.vague = true;
  c.length = m.length + tail;
  c.value = c.vague_low;
  return c;
}

bool LeadingZero(const std::string& key) {
  return key.size() > 1 && key[0] == '0' && key[1] >= '0' && key[1] <= '9';
}

// ",77" and ".5" written without the zero.
Core LeadingDecimal(const Scan& s, int j, bool vi) {
  Core c;
  if (!s.IsPunct(j) || (s.lx[j].key != "," && s.lx[j].key != ".") ||
      !s.IsNumber(j + 1) || !s.Glued(j + 1) ||
      (j > s.first && !s.lx[j].space_before)) {
    return c;
  }
  Numeral n;
  const std::string sep = vi ? "," : ".";
  if (s.lx[j].key != sep ||
      !ParseNumeral("0" + sep + s.lx[j + 1].key, vi, &n)) {
    return c;
  }
  c.value = n.value, c.unit = n.unit, c.length = 2;
  return c;
}

// "10-15" written as one lexeme.
Core DashRange(const Scan& s, int j, bool vi) {
  Core c;
  const std::string& key = s.lx[j].key;
  const size_t dash = key.find('-');
  if (dash == std::string::npos || key.find('/') != std::string::npos ||
      key.find('-', dash + 1) != std::string::npos) {
    return c;
  }
  Numeral a, b;
  if (!ParseNumeral(key.substr(0, dash), vi, &a) ||
      !ParseNumeral(key.substr(dash + 1), vi, &b) || b.value <= a.value) {
    return c;
  }
  c.value = a.value, c.unit = a.unit, c.range = true, c.range_high = b.value;
  c.leading_zero = LeadingZero(key);
  c.length = 1;
  Core tail;
  tail.value = 1;
  const int t = ScaleTail(s, j + 1, &tail);
  if (t > 0) {
    c.value *= tail.scale, c.range_high *= tail.scale, c.has_scale = true;
    c.length += t;
  }
  return c;
}

// "2 chấm 23", "2 phẩy 5": a decimal said in words.
int SpokenDecimal(const Scan& s, int k, bool vi, Core* c) {
  if (!s.Match(LexTable::kDecimalWord, k) || !s.IsNumber(k + 1)) return 0;
  Numeral frac;
  const std::string& digits = s.lx[k + 1].key;
  if (digits.find_first_not_of("0123456789") != std::string::npos ||
      !ParseNumeral(absl::StrCat("0", vi ? "," : ".", digits), vi, &frac)) {
    return 0;
  }
  c->value += frac.value;
  c->unit = frac.unit;
  return 2;
}

// "1/2 xô", "3/4 số vốn": a common fraction, its numerator below a
// denominator of at most 10. Dates ("ngày 1/2") were read before.
bool Fraction(const std::string& key, double* value) {
  const size_t slash = key.find('/');
  int num, den;
  if (slash == std::string::npos ||
      !absl::SimpleAtoi(key.substr(0, slash), &num) ||
      !absl::SimpleAtoi(key.substr(slash + 1), &den) || num < 1 || num >= den ||
      den > 10) {
    return false;
  }
  *value = static_cast<double>(num) / den;
  return true;
}

Core DigitsCore(const Scan& s, int j, bool vi) {
  Core c = DashRange(s, j, vi);
  if (c.length) return c;
  Numeral n;
  const std::string& key = s.lx[j].key;
  if (Fraction(key, &c.value)) {
    c.length = 1, c.fraction = true;
    return c;
  }
  if (!ParseNumeral(key, vi, &n)) return c;
  c.value = n.value, c.unit = n.unit, c.length = 1;
  c.leading_zero = LeadingZero(key);
  c.length += SpokenDecimal(s, j + 1, vi, &c);
  c.bare_year = key.size() == 4 && n.value >= 1900 && n.value <= 2100;
  c.length += ScaleTail(s, j + c.length, &c);
  if (c.has_scale) c.bare_year = false;
  return c;
}

Core CoreAt(const Scan& s, int j, bool vi) {
  if (!s.In(j)) return {};
  if (s.IsNumber(j)) return DigitsCore(s, j, vi);
  if (s.IsPunct(j)) return LeadingDecimal(s, j, vi);
  if (!s.IsWord(j)) return {};
  Core c = VagueCore(s, j);
  if (c.length) return c;
  // "năm 2024" is a year and "năm nay" a relative date; dates run first, so
  // only a spelled number followed by a word or scale survives here. A
  // number word right after digits belongs to them ("kỷ niệm lần thứ 35 năm
  // ngày ký": the 35th year, not five days).
  if (j > s.first && s.IsNumber(j - 1)) return c;
  SpelledNumber w = ParseNumberWords(s, j);
  if (w.length == 0) return c;
  c.value = w.value, c.unit = w.unit, c.length = w.length;
  c.spelled = true, c.has_scale = w.has_scale;
  return c;
}

// A currency written before the amount: "$5", "US$2", "VN$1000", "Rs 20".
int CurrencyPrefix(const Scan& s, int j, std::string* code) {
  PhraseMatch m = s.Match(LexTable::kCurrencySymbol, j);
  if (!m || !(s.IsNumber(j + m.length) || s.IsPunct(j + m.length))) {
    return 0;
  }
  *code = s.Text(LexTable::kCurrencySymbol, m);
  return m.length;
}

// A minus written against the number ("-1,2M") or a sign word ("âm 5").
int Sign(const Scan& s, int j, bool* negative) {
  if (s.Is(j, "-") && s.IsNumber(j + 1) && s.Glued(j + 1) &&
      (j == s.first || s.lx[j].space_before)) {
    *negative = true;
    return 1;
  }
  PhraseMatch m = s.Match(LexTable::kSign, j);
  if (m && (s.IsNumber(j + m.length) || s.IsWord(j + m.length))) {
    *negative = true;
    return m.length;
  }
  return 0;
}

// True when the number at `first_number` (after qualifiers from `i`) is
// part of a name, code or ordinal: "F-16", "U23", "COVID-19", "#5",
// "07:55", "Điều 5", "quốc lộ 13", "lần thứ 3".
bool IsIdentifier(const Scan& s, int i, int first_number, bool currency) {
  const std::vector<Lexeme>& lx = s.lx;
  if (!currency && first_number > s.first && s.Glued(first_number)) {
    const Lexeme& prev = lx[first_number - 1];
    if (prev.kind == LexKind::kWord) return true;
    if ((prev.key == "-" || prev.key == "/" || prev.key == "#" ||
         prev.key == ".") &&
        first_number - 1 > s.first && !prev.space_before &&
        lx[first_number - 2].kind != LexKind::kPunct) {
      return true;
    }
  }
  if (i != first_number) return false;  // A qualifier: "hơn 10.000".
  if (i > s.first && lx[i - 1].key == "#") return true;
  // Clock times "07:55:30" and ratios "2:1" are not quantities.
  if (i > s.first && lx[i - 1].key == ":" && s.Glued(i)) return true;
  if (s.Is(i + 1, ":") && s.Glued(i + 1)) return true;
  // "Điều 5" is Article 5, but "điều 10.000 binh lính" deploys troops.
  if (s.Is(i - 1, "điều")) return lx[i - 1].capitalized;
  return static_cast<bool>(s.MatchEndingAt(LexTable::kIdentifierCue, i - 3, i));
}

// "hơn 11. 700 người": a thousands separator followed by a stray space
// splits one number in two; neither half is a figure.
bool SplitThousands(const Scan& s, int number) {
  const std::vector<Lexeme>& lx = s.lx;
  auto three_digits = [&](int k) {
    return s.In(k) && lx[k].kind == LexKind::kNumber && lx[k].key.size() == 3;
  };
  // This number is the tail: "11" "." then " 700".
  if (three_digits(number) && lx[number].space_before &&
      number - 2 >= s.first && lx[number - 1].key == "." &&
      !lx[number - 1].space_before && lx[number - 2].kind == LexKind::kNumber) {
    return true;
  }
  // This number is the head: "11" then "." and " 700".
  return s.Is(number + 1, ".") && s.Glued(number + 1) &&
         three_digits(number + 2) && lx[number + 2].space_before &&
         lx[number].key.size() <= 3;
}

// Letters glued after the number that are no unit, scale or currency:
// "88A", "5G", "3D".
bool GluedCode(const Scan& s, int k) { return s.IsWord(k) && s.Glued(k); }

bool AnniversaryBefore(const Scan& s, int i) {
  for (int b = std::max(s.first, i - 3); b < i; ++b) {
    if (s.Match(LexTable::kAnniversary, b)) return true;
  }
  return false;
}

// The counted noun after the number (and a classifier or English
// adjectives): "binh lính", "3 chiếc máy bay", "5,000 North Korean troops".
PhraseMatch CountedNoun(const Scan& s, int k, int* at) {
  int u = k;
  PhraseMatch cls = s.Match(LexTable::kClassifier, u);
  if (cls && !s.Match(LexTable::kUnit, u)) u += cls.length;
  for (int adj = 0;
       adj < 3 && s.IsWord(u) && s.lx[u].capitalized && !s.vietnamese; ++adj) {
    if (s.Match(LexTable::kUnit, u)) break;
    ++u;
  }
  PhraseMatch unit = s.Match(LexTable::kUnit, u);
  // A capitalised word after a classifier is a name ("3 chiếc Mig").
  if (!unit || (s.vietnamese && u > k && s.lx[u].capitalized)) return {};
  *at = u;
  return unit;
}

// "18h 30 cùng ngày": two digits after an hour written "18h" are its
// minutes, unless they count something ("lúc 18h 30 người đã có mặt").
bool SpacedMinute(const Scan& s, int k) {
  int at = 0;
  return s.lx[k].key.size() == 2 && !s.Match(LexTable::kUnit, k + 1) &&
         !CountedNoun(s, k + 1, &at);
}

// "11 giờ 30", "lúc 11 giờ", "11 giờ sáng", "8 giờ ngày 2/11", "11h30",
// "15g30", "9g sáng": a time of day. Returns the lexemes it takes from `k`
// (the word after the hour), or 0. Some outlets write the hour "g" (giờ):
// with its minutes glued on or a clock word around it, since "15g" alone
// weighs fifteen grams.
int ClockTail(const Scan& s, int i, int k) {
  int v;
  if (!s.Int(k - 1, &v, 2) || v > 24) return 0;
  const bool h = s.Is(k, "h") && s.Glued(k);
  const bool g = s.Is(k, "g") && s.Glued(k);
  if (!s.Is(k, "giờ") && !h && !g) return 0;
  if (s.Is(k + 1, "đồng")) return 0;  // "giờ đồng hồ": a duration.
  int m;
  if (s.Int(k + 1, &m, 2) && m < 60 &&
      (g ? s.Glued(k + 1) : !h || s.Glued(k + 1) || SpacedMinute(s, k + 1))) {
    return s.Is(k + 2, "phút") ? 3 : 2;
  }
  if (h) return 1;
  PhraseMatch before = s.MatchEndingAt(LexTable::kClock, i - 3, i);
  if (before && s.Text(LexTable::kClock, before) == "before") return 1;
  PhraseMatch after = s.Match(LexTable::kClock, k + 1);
  if (after && s.Text(LexTable::kClock, after) == "after") return 1;
  return 0;
}

std::string Written(const Scan& s, absl::string_view text, int from, int n) {
  return std::string(
      Span{s.lx[from].span.begin, s.lx[from + n - 1].span.end}.Of(text));
}

// A unit written before a number no unit follows: "a magnitude 6.8
// earthquake", "magnitude-7.1". The claim's words then start at the unit.
bool UnitBefore(const Scan& s, absl::string_view text, int i, const Core& c,
                QuantityMatch* out) {
  if (c.spelled || c.bare_year || c.fraction) return false;
  const int end = s.Is(i - 1, "-") && s.Glued(i) ? i - 1 : i;
  const PhraseMatch unit = s.MatchEndingAt(LexTable::kUnitBefore, end - 3, end);
  if (!unit) return false;
  const int at = end - unit.length;
  out->unit_class = s.Text(LexTable::kUnitBefore, unit);
  out->unit = Written(s, text, at, unit.length);
  out->unit_before = i - at;
  return true;
}

// "hơn Pierre tới 20 tuổi", "kém hơn anh Nam 3 tuổi": a comparison word
// and a name before the years give the gap between two people's ages, not
// an age.
bool AgeGap(const Scan& s, int i) {
  for (int j = std::max(s.first, i - 5); j < i - 1; ++j) {
    const PhraseMatch q = s.Match(LexTable::kQualifier, j);
    if (!q) continue;
    const int after = j + q.length;
    if (after < i && s.IsWord(after) && s.lx[after].capitalized) return true;
  }
  return false;
}

// How an age is written back in the article's language.
const char* AgeUnit(const Scan& s) {
  return s.vietnamese ? "tuổi" : "years old";
}

// What the quantity counts, from lexeme `k` on. Fills kind, unit and the
// match length; returns false when the number is not a claim (a time of
// day, an ordinal suffix, a bare word number, a glued code).
bool Counted(const Scan& s, absl::string_view text, int i, int k, const Core& c,
             QuantityMatch* out) {
  // "16 tuổi", "65 years old", "a 65-year-old man".
  const int age_at = s.Is(k, "-") && s.Glued(k) ? k + 1 : k;
  PhraseMatch age = s.Match(LexTable::kAge, age_at);
  if (age && s.Text(LexTable::kAge, age) == "after") {
    if (AgeGap(s, i)) return false;
    out->kind = ClaimKind::kAge, out->unit = AgeUnit(s),
    out->unit_class = "age";
    out->age_word = age_at;
    out->length = age_at + age.length - i;
    return true;
  }
  if (int clock = ClockTail(s, i, k)) {
    out->length = k + clock - i;
    return false;
  }
  // "7th", "21st": an ordinal; "75th anniversary" dates a base year.
  if (s.IsWord(k) && s.Glued(k) &&
      (s.lx[k].key == "th" || s.lx[k].key == "st" || s.lx[k].key == "nd" ||
       s.lx[k].key == "rd")) {
    if (s.Is(k + 1, "anniversary")) {
      out->anniversary = true, out->kind = ClaimKind::kDuration;
      out->unit = "year", out->unit_class = "time", out->factor = 31557600;
      out->length = k + 2 - i;
      return true;
    }
    out->length = k + 1 - i;
    return false;
  }
  PhraseMatch cur = s.Match(LexTable::kCurrency, k);
  PhraseMatch sym =
      s.Glued(k) ? s.Match(LexTable::kCurrencySymbol, k) : PhraseMatch{};
  if (cur || sym) {
    out->kind = ClaimKind::kMoney;
    out->unit = out->unit_class = cur ? s.Text(LexTable::kCurrency, cur)
                                      : s.Text(LexTable::kCurrencySymbol, sym);
    out->length = k + (cur ? cur.length : sym.length) - i;
    return true;
  }
  // English joins a figure to its noun with a hyphen when it describes
  // another ("a six-story building", "a 10-year sentence", "a 300-bed
  // hospital"); a number after the hyphen ("18-19", "F-16") is no noun.
  if (s.Is(k, "-") && s.Glued(k) && s.IsWord(k + 1) && s.Glued(k + 1)) ++k;
  PhraseMatch dur =
      c.vague ? PhraseMatch{} : s.Match(LexTable::kDurationUnit, k);
  if (dur) {
    const LexTag& t = TagOf(s, LexTable::kDurationUnit, dur);
    out->kind = ClaimKind::kDuration, out->unit_class = "time";
    out->factor = t.number;
    out->unit = Written(s, text, k, dur.length);
    out->anniversary = t.name == "year" && AnniversaryBefore(s, i);
    out->length = k + dur.length - i;
    return true;
  }
  int at = -1;
  PhraseMatch unit = CountedNoun(s, k, &at);
  if (unit) {
    out->unit_first = at;
    out->unit_class = s.Text(LexTable::kUnit, unit);
    out->unit = Written(s, text, at, unit.length);
    if (out->unit_class == "%") {
      out->kind = ClaimKind::kPercent, out->unit = "%";
    }
    out->length = at + unit.length - i;
    return true;
  }
  out->length = k - i;
  if (GluedCode(s, k)) return false;
  if (UnitBefore(s, text, i, c, out)) return true;
  return !c.spelled && !c.bare_year;
}

}  // namespace

QuantityMatch MatchQuantity(const Scan& s, int i, absl::string_view text);

namespace {

// English writes a time with a colon or a day part and no hour word: "3:30
// p.m.", "at 10:45", "9 a.m.". Two digits of minutes tell a time from a
// ratio ("2:1"). Returns the lexemes after the hour it takes, or 0.
int EnglishClockTail(const Scan& s, int hour_at, int* minute) {
  if (s.Is(hour_at + 1, ":") && s.Glued(hour_at + 1) && s.Glued(hour_at + 2) &&
      s.IsNumber(hour_at + 2) && s.lx[hour_at + 2].key.size() == 2 &&
      s.Int(hour_at + 2, minute, 2) && *minute < 60 &&
      !(s.Is(hour_at + 3, ":") && s.Glued(hour_at + 3))) {
    return 2;
  }
  const PhraseMatch part = s.Match(LexTable::kClock, hour_at + 1);
  if (part && !s.vietnamese &&
      !s.lexicon.Tag(LexTable::kClock, part.tag).extra.empty()) {
    *minute = 0;
    return 0;  // The day part is read by the caller; the hour stands alone.
  }
  return -1;
}

}  // namespace

int ClockAt(const Scan& s, int i, int* minutes) {
  int hour = 0;
  if (!s.Int(i, &hour, 2)) return 0;
  if (hour <= 24) {
    int minute = 0;
    const int english = EnglishClockTail(s, i, &minute);
    if (english >= 0) {
      *minutes = hour * 60 + minute;
      return 1 + english;
    }
  }
  const int length = ClockTail(s, i, i + 1);
  if (length == 0) return 0;
  int minute = 0;
  if (length >= 2 && !s.Int(i + 2, &minute, 2)) minute = 0;
  *minutes = hour * 60 + minute;
  return 1 + length;
}

namespace {

// "cao 1m65": metres and centimetres written as one height, 1.65 m.
void HeightNotation(const Scan& s, const Core& c, QuantityMatch* q, int i) {
  const int after = i + q->length;
  int cm = 0;
  if (q->unit != "m" || c.value >= 3 || c.value != static_cast<int>(c.value) ||
      !s.Glued(after) || s.lx[after].key.size() != 2 || !s.Int(after, &cm, 2)) {
    return;
  }
  q->value = c.value + cm / 100.0;
  ApplyQualifier(q->qualifier, q->value, 0.01, &q->low, &q->high, &q->low_open,
                 &q->high_open);
  q->length += 1;
}

// "2 năm rưỡi", "1 tiếng rưỡi": half a unit more than the number says.
void HalfAfterDuration(const Scan& s, int i, const Core& c, Qualifier qual,
                       QuantityMatch* q) {
  const int half = HalfAt(s, i + q->length);
  if (half == 0) return;
  q->value += 0.5;
  ApplyQualifier(qual, q->value, c.unit, &q->low, &q->high, &q->low_open,
                 &q->high_open);
  q->length += half;
}

// "2 năm 8 tháng và 7 ngày": the parts of one duration, summed (in days,
// to the day). Each part alone would be a figure that never was.
void CompoundDuration(const Scan& s, absl::string_view text, int i,
                      QuantityMatch* q) {
  double seconds = q->value * q->factor;
  int end = i + q->length;
  int parts = 1;
  for (;;) {
    int k = end;
    if (s.Is(k, ",") || s.Is(k, "và") || s.Is(k, "and")) ++k;
    const QuantityMatch next = MatchQuantity(s, k, text);
    if (!next.emit || next.kind != ClaimKind::kDuration ||
        next.qualifier != Qualifier::kNone || next.factor >= q->factor ||
        next.low != next.high) {
      break;
    }
    seconds += next.value * next.factor;
    end = k + next.length;
    ++parts;
  }
  if (parts == 1) return;
  constexpr double kDay = 86400;
  q->factor = kDay, q->value = seconds / kDay;
  q->unit = s.vietnamese ? "ngày" : "days";
  ApplyQualifier(q->qualifier, q->value, 1, &q->low, &q->high, &q->low_open,
                 &q->high_open);
  q->length = end - i;
}

// Whether the range word at k joins two ends: any joiner after an opener
// ("từ 2 đến 3", "giữa 1000 và 2000"), else only "đến"/"to".
PhraseMatch RangeJoin(const Scan& s, int k, bool range_open) {
  PhraseMatch join = s.Match(LexTable::kRangeWord, k);
  if (!join) return join;
  const std::string& role = s.Text(LexTable::kRangeWord, join);
  if (role == "to" || (range_open && role == "join")) return join;
  return PhraseMatch{};
}

// Extends `q` (the first end of a range, ending at lexeme k) with a second
// end that carries a unit of the same class: "từ ba tháng đến hai năm",
// "bảy năm đến bảy năm sáu tháng".
bool RangeEndWithUnit(const Scan& s, int k, absl::string_view text,
                      bool range_open, QuantityMatch* q) {
  PhraseMatch join = RangeJoin(s, k, range_open);
  if (!join) return false;
  const QuantityMatch end = MatchQuantity(s, k + join.length, text);
  if (!end.emit || end.qualifier != Qualifier::kNone || end.kind != q->kind ||
      end.unit_class != q->unit_class ||
      end.value * end.factor <= q->value * q->factor) {
    return false;
  }
  q->low = q->value;
  q->high = end.value * end.factor / q->factor;
  q->low_open = q->high_open = false;
  q->length += join.length + end.length;
  return true;
}

}  // namespace

Qualifier QualifierFromTag(absl::string_view tag) {
  if (tag == "gt") return Qualifier::kMoreThan;
  if (tag == "ge") return Qualifier::kAtLeast;
  if (tag == "near") return Qualifier::kNearly;
  if (tag == "about") return Qualifier::kAbout;
  if (tag == "le") return Qualifier::kAtMost;
  if (tag == "lt") return Qualifier::kLessThan;
  return Qualifier::kNone;
}

void ApplyQualifier(Qualifier q, double v, double unit, double* low,
                    double* high, bool* low_open, bool* high_open) {
  *low_open = *high_open = false;
  // Round numbers ("10.000", "2 tỷ") stand for what rounds to them, at most
  // 10% either way; a decimal for half its last place.
  double round = (unit >= 10 && std::fabs(v) >= 100) || unit < 1
                     ? std::min(unit / 2, 0.1 * std::fabs(v))
                     : 0;
  if (unit < 1) round = unit / 2;
  *low = v - round, *high = v + round;
  *high_open = round > 0;
  switch (q) {
    case Qualifier::kNone:
      break;
    case Qualifier::kMoreThan:
      *low = v, *low_open = true, *high = kInf, *high_open = false;
      break;
    case Qualifier::kAtLeast:
      *low = v, *low_open = false, *high = kInf, *high_open = false;
      break;
    case Qualifier::kNearly:
      *low = 0.85 * v, *high = v, *high_open = false;
      break;
    case Qualifier::kAbout: {
      // Half the last significant place ("khoảng 5.000" is 4.500..5.500,
      // "khoảng 20" 15..25) but at most a quarter of the value ("khoảng 1
      // giờ" is 45 to 75 minutes), and never tighter than 5% ("khoảng
      // 87,3%") or the bare rounding.
      const double t = std::max({round, std::min(unit / 2, 0.25 * std::fabs(v)),
                                 0.05 * std::fabs(v)});
      *low = v - t, *high = v + t, *high_open = false;
      break;
    }
    case Qualifier::kAtMost:
      *low = -kInf, *high = v, *high_open = false;
      break;
    case Qualifier::kLessThan:
      *low = -kInf, *high = v, *high_open = true;
      break;
  }
}

namespace {

// The words before a figure: "hơn", "từ", a sign, a currency.
struct Lead {
  Qualifier qual = Qualifier::kNone;
  bool range_open = false;  // "từ": a range may follow.
  bool negative = false;
  std::string currency;
  int length = 0;
};

Lead LeadAt(const Scan& s, int i) {
  Lead lead;
  int j = i;
  if (PhraseMatch q = s.Match(LexTable::kQualifier, j)) {
    lead.qual = QualifierFromTag(s.Text(LexTable::kQualifier, q));
    j += q.length;
  }
  if (lead.qual == Qualifier::kNone) {
    PhraseMatch r = s.Match(LexTable::kRangeWord, j);
    if (r && s.Text(LexTable::kRangeWord, r) == "open") {
      lead.range_open = true;
      j += r.length;
    }
  }
  j += Sign(s, j, &lead.negative);
  j += CurrencyPrefix(s, j, &lead.currency);
  lead.length = j - i;
  return lead;
}

// The second end of a range after the figure `c` ending at `*k`: "từ 2 đến
// 3 triệu", "10 - 15", "giữa 1000 và 2000". Widens `c` and moves `*k` past
// it when one follows; returns the high end, or `c.range_high`.
double RangeEnd(const Scan& s, bool range_open, Core* c, bool* has_range,
                int* k) {
  *has_range = c->range;
  if (c->vague || c->range || !s.In(*k + 1)) return c->range_high;
  const PhraseMatch join =
      range_open ? RangeJoin(s, *k, /*range_open=*/true) : PhraseMatch{};
  if (!join && !s.Is(*k, "-") && !s.Is(*k, "–")) return c->range_high;
  int k2 = *k + (join ? join.length : 1);
  std::string cur2;
  k2 += CurrencyPrefix(s, k2, &cur2);
  Core c2 = CoreAt(s, k2, s.vietnamese);
  if (!c2.length || c2.vague || c2.range) return c->range_high;
  // "từ 2 đến 3 triệu": the first end borrows the second's scale, but only
  // when the two make a range ("2,2 -1,2M" is two figures).
  const double low =
      c2.has_scale && !c->has_scale ? c->value * c2.scale : c->value;
  if (c2.value <= low) return c->range_high;
  c->value = low;
  *has_range = true;
  *k = k2 + c2.length;
  return c2.value;
}

// The interval the figure states, from its qualifier, range or vagueness.
void SetInterval(const Core& c, const Lead& lead, bool has_range, double hi,
                 QuantityMatch* out) {
  if (c.vague) {
    out->low = c.vague_low, out->high = c.vague_high, out->high_open = true;
    if (lead.qual == Qualifier::kMoreThan || lead.qual == Qualifier::kAtLeast) {
      out->high = kInf, out->high_open = false;
    }
  } else if (has_range) {
    out->low = c.value, out->high = hi;
  } else {
    ApplyQualifier(lead.qual, out->value, c.unit, &out->low, &out->high,
                   &out->low_open, &out->high_open);
  }
  if (lead.negative && has_range) out->low = -hi, out->high = -c.value;
}

// "15 tỷ đồng trở lên": a qualifier written after the unit.
void QualifierAfter(const Scan& s, const Core& c, int i, QuantityMatch* out) {
  if (PhraseMatch post = s.Match(LexTable::kQualifierAfter, i + out->length)) {
    ApplyQualifier(QualifierFromTag(s.Text(LexTable::kQualifierAfter, post)),
                   out->value, c.unit, &out->low, &out->high, &out->low_open,
                   &out->high_open);
    out->length += post.length;
  }
}

// English writes a person's age between commas after the name: "Tero
// Virtala, 52, said", "Mr. Smith, 47, of Ohio". The name has two
// capitalised words or a title before one, and a lower-case word follows,
// which tells it from a list of figures ("Florida, 29, Ohio, 18").
bool AppositiveAge(const Scan& s, int i, int k) {
  int age;
  if (s.vietnamese || k != i + 1 || !s.Int(i, &age, 3) || age < 1 ||
      age > 120 || !s.Is(i - 1, ",") || !s.Is(k, ",") || !s.IsWord(k + 1) ||
      s.lx[k + 1].capitalized) {
    return false;
  }
  int name_start = i - 1;
  while (s.IsWord(name_start - 1) && s.lx[name_start - 1].capitalized &&
         !s.Match(LexTable::kTitleWord, name_start - 1)) {
    --name_start;
  }
  const int name_words = i - 1 - name_start;
  if (name_words >= 2) return true;
  if (name_words == 0) return false;
  // A capitalised title ("Mr.", "President"), not a sentence's first word.
  const int title_end = s.Is(name_start - 1, ".") ? name_start - 1 : name_start;
  const PhraseMatch title =
      s.MatchEndingAt(LexTable::kTitleWord, title_end - 3, title_end);
  return title && s.lx[title_end - title.length].capitalized;
}

}  // namespace

BirthYear BirthYearAt(const Scan& s, int i) {
  BirthYear out;
  const PhraseMatch cue = s.Match(LexTable::kAge, i);
  if (!cue || s.Text(LexTable::kAge, cue) != "born") return out;
  const int at = i + cue.length;
  // A year of four digits, not the start of a longer number or a range
  // ("sinh năm 1989-1990" says no one year).
  const bool continued =
      s.Glued(at + 1) && (!s.IsPunct(at + 1) || s.Is(at + 1, "-") ||
                          s.Is(at + 1, "–") || s.Is(at + 1, "/"));
  if (!s.Int(at, &out.year, 4) || out.year < 1000 || continued) return out;
  out.length = cue.length + 1;
  out.unit = AgeUnit(s);
  return out;
}

QuantityMatch MatchQuantity(const Scan& s, int i, absl::string_view text) {
  QuantityMatch out;
  if (!s.In(i)) return out;
  const Lead lead = LeadAt(s, i);
  const int first_number = i + lead.length;
  Core c = CoreAt(s, first_number, s.vietnamese);
  if (c.length == 0) return out;
  int k = first_number + c.length;
  bool has_range = false;
  const double hi = RangeEnd(s, lead.range_open, &c, &has_range, &k);
  out.value = lead.negative ? -c.value : c.value;
  out.qualifier = lead.qual;
  out.spelled = c.spelled;
  SetInterval(c, lead, has_range, hi, &out);
  out.length = k - i;
  const bool identifier =
      c.leading_zero || SplitThousands(s, first_number) ||
      IsIdentifier(s, i, first_number, !lead.currency.empty());
  // An age written before the number: "aged 16", "ở tuổi 16".
  PhraseMatch age_before = s.MatchEndingAt(LexTable::kAge, i - 2, i);
  if (age_before && s.Text(LexTable::kAge, age_before) == "before") {
    out.kind = ClaimKind::kAge, out.unit = AgeUnit(s), out.unit_class = "age";
    out.age_word = i - 1;
    out.emit = !c.spelled || c.value >= 1;
    return out;
  }
  if (lead.length == 0 && AppositiveAge(s, i, k)) {
    out.kind = ClaimKind::kAge, out.unit = AgeUnit(s), out.unit_class = "age";
    out.emit = true;
    return out;
  }
  if (!lead.currency.empty()) {
    out.kind = ClaimKind::kMoney, out.unit = out.unit_class = lead.currency;
    out.emit = !identifier;
    return out;
  }
  out.emit = Counted(s, text, i, k, c, &out) && !identifier;
  // A bare fraction ("1/3 dân số") is a share of something the tables do not
  // count; only a counted one ("1/2 xô", "3/4 lít") is a figure.
  if (c.fraction && out.unit.empty()) out.emit = false;
  if (out.emit && !has_range && !c.vague) {
    HeightNotation(s, c, &out, i);
    if (out.kind == ClaimKind::kDuration && !out.anniversary) {
      HalfAfterDuration(s, i, c, lead.qual, &out);
      CompoundDuration(s, text, i, &out);
    }
  }
  // "từ ba tháng đến hai năm", "từ 5 triệu đồng đến 50 triệu đồng": a range
  // whose ends each carry the unit.
  if (lead.range_open && !has_range) {
    if (!out.emit ||
        !RangeEndWithUnit(s, i + out.length, text, /*range_open=*/true, &out)) {
      return QuantityMatch{};
    }
    return out;
  }
  if (out.emit && !out.unit.empty() && !has_range && !c.vague &&
      RangeEndWithUnit(s, i + out.length, text, /*range_open=*/false, &out)) {
    return out;
  }
  if (out.emit && out.unit_first >= 0 && lead.qual == Qualifier::kNone &&
      !has_range && !c.vague) {
    QualifierAfter(s, c, i, &out);
  }
  return out;
}

}  // namespace wirecheck
