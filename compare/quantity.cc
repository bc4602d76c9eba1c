#include "compare/quantity.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/numbers.h"
#include "compare/lexicon.h"
#include "compare/number_words.h"
#include "compare/numbers.h"

namespace wirecheck {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct Core {
  int length = 0;
  double value = 0, unit = 1, scale = 1;
  bool vague = false, spelled = false, has_scale = false;
  double vague_low = 0, vague_high = 0;
  bool range = false;  // "10-15" in one lexeme.
  double range_high = 0, range_high_unit = 1;
  bool bare_year = false;
};

bool IsWord(const std::vector<Lexeme>& lx, int i, int end, const char* key) {
  return i < end && lx[i].kind == LexKind::kWord && lx[i].key == key;
}

// Scale words after a numeral: "2,2 tỷ", "10K", "5 triệu rưỡi".
int ScaleTail(const std::vector<Lexeme>& lx, int k, int end, Core* c) {
  int start = k;
  double last = 0;
  while (k < end && lx[k].kind == LexKind::kWord) {
    const std::string& w = lx[k].key;
    bool suffix = w == "k" || w == "bn" || w == "tn" || w == "mln";
    if (suffix && lx[k].space_before) break;
    if (w == "chục" || w == "dozen") break;  // "2 chục" is rare; avoid "chục năm".
    double s = ScaleOf(w);
    if (s == 0) break;
    c->value *= s;
    c->unit *= s;
    c->scale *= s;
    last = s;
    c->has_scale = true;
    ++k;
  }
  if (last > 0 && IsWord(lx, k, end, "rưỡi")) {
    c->value += last / 2;
    c->unit = last / 2;
    ++k;
  }
  return k - start;
}

Core VagueCore(const std::vector<Lexeme>& lx, int j, int end) {
  Core c;
  const std::string& w = lx[j].key;
  if (w == "hàng" || w == "vài" || w == "mấy") {
    int k = j + 1;
    double s = 1;
    while (k < end && lx[k].kind == LexKind::kWord && ScaleOf(lx[k].key) > 0 &&
           lx[k].key != "k" && lx[k].key != "bn") {
      s *= ScaleOf(lx[k].key);
      ++k;
    }
    if (k == j + 1) return c;
    c.vague = true;
    c.length = k - j;
    c.vague_low = w == "hàng" ? s : 2 * s;
    c.vague_high = w == "hàng" ? 10 * s : 9 * s;
    c.value = c.vague_low;
    return c;
  }
  static const auto* const kEn = new absl::flat_hash_set<std::string>{
      "dozens", "hundreds", "thousands", "millions", "billions", "tens"};
  if (!kEn->contains(w)) return c;
  double s = w == "dozens" ? 12 : w == "tens" ? 10 : ScaleOf(w.substr(0, w.size() - 1));
  int k = j + 1;
  if (IsWord(lx, k, end, "of") && k + 1 < end && kEn->contains(lx[k + 1].key) &&
      lx[k + 1].key != "tens" && lx[k + 1].key != "dozens") {
    s *= ScaleOf(lx[k + 1].key.substr(0, lx[k + 1].key.size() - 1));
    k += 2;
  }
  if (!IsWord(lx, k, end, "of") || s <= 1) return c;
  c.vague = true;
  c.length = k + 1 - j;
  c.vague_low = s;
  c.vague_high = w == "dozens" ? 100 : 10 * s;
  c.value = s;
  return c;
}

Core CoreAt(const std::vector<Lexeme>& lx, int j, int end, bool vi) {
  Core c;
  if (j >= end) return c;
  const Lexeme& l = lx[j];
  if (l.kind == LexKind::kNumber) {
    Numeral n;
    size_t dash = l.key.find('-');
    if (dash != std::string::npos && l.key.find('/') == std::string::npos &&
        l.key.find('-', dash + 1) == std::string::npos) {
      Numeral a, b;
      if (!ParseNumeral(l.key.substr(0, dash), vi, &a) ||
          !ParseNumeral(l.key.substr(dash + 1), vi, &b) || b.value <= a.value) {
        return c;
      }
      c.value = a.value, c.unit = a.unit;
      c.range = true, c.range_high = b.value, c.range_high_unit = b.unit;
      c.length = 1;
      Core tail;
      tail.value = 1, tail.unit = 1;
      int t = ScaleTail(lx, j + 1, end, &tail);
      if (t > 0) {
        c.value *= tail.scale, c.range_high *= tail.scale, c.has_scale = true;
        c.length += t;
      }
      return c;
    }
    if (!ParseNumeral(l.key, vi, &n)) return c;
    c.value = n.value, c.unit = n.unit, c.length = 1;
    c.bare_year = l.key.size() == 4 && n.value >= 1900 && n.value <= 2100;
    c.length += ScaleTail(lx, j + 1, end, &c);
    if (c.has_scale) c.bare_year = false;
    return c;
  }
  if (l.kind != LexKind::kWord) return c;
  c = VagueCore(lx, j, end);
  if (c.length) return c;
  // "năm 2024" is a year and "năm nay" a relative date; dates run first, so
  // only a spelled number followed by a word or scale survives here.
  SpelledNumber s = ParseNumberWords(lx, j, end);
  if (s.length == 0 || (s.value < 2 && !s.has_scale)) return c;
  c.value = s.value, c.unit = s.unit, c.length = s.length;
  c.spelled = true, c.has_scale = s.has_scale;
  return c;
}

bool IsPercent(const std::vector<Lexeme>& lx, int k, int end, int* len) {
  if (k >= end) return false;
  if (lx[k].key == "%") return *len = 1, true;
  if (IsWord(lx, k, end, "percent") || IsWord(lx, k, end, "pct")) return *len = 1, true;
  if ((IsWord(lx, k, end, "phần") || IsWord(lx, k, end, "per")) && k + 1 < end &&
      (lx[k + 1].key == "trăm" || lx[k + 1].key == "cent")) {
    return *len = 2, true;
  }
  return false;
}

int CurrencyPrefix(const std::vector<Lexeme>& lx, int j, int end, std::string* code) {
  if (j >= end) return 0;
  const std::string& k = lx[j].key;
  if (k == "$") return *code = "USD", 1;
  if (k == "€") return *code = "EUR", 1;
  if (k == "£") return *code = "GBP", 1;
  if ((k == "us" || k == "usd") && j + 1 < end && lx[j + 1].key == "$" &&
      !lx[j + 1].space_before) {
    return *code = "USD", 2;
  }
  return 0;
}

// True when the number is part of a name or ordinal: "số 5", "F-16",
// "COVID-19", "lần thứ 3".
bool IsIdentifier(const std::vector<Lexeme>& lx, int i0, int first_number) {
  if (first_number > 0 && !lx[first_number].space_before) {
    const Lexeme& prev = lx[first_number - 1];
    if (prev.kind == LexKind::kWord) return true;
    if ((prev.key == "-" || prev.key == "/" || prev.key == "#") &&
        first_number > 1 && !prev.space_before) {
      return true;
    }
  }
  if (i0 != first_number) return false;  // A qualifier: "hơn 10.000".
  if (i0 > 0 && lx[i0 - 1].key == "#") return true;
  // Clock times "07:55:30" are not quantities.
  if (i0 > 0 && lx[i0 - 1].key == ":" && !lx[i0].space_before) return true;
  if (i0 + 1 < static_cast<int>(lx.size()) && lx[i0 + 1].key == ":" &&
      !lx[i0 + 1].space_before) {
    return true;
  }
  // "Điều 5" is Article 5, but "điều 10.000 binh lính" deploys troops.
  if (i0 > 0 && lx[i0 - 1].key == "điều") return lx[i0 - 1].capitalized;
  int from = std::max(0, i0 - 3);
  PhraseMatch m = IdentifierCueTable().LongestEndingAt(lx, from, i0);
  return m.length > 0;
}

bool IsClassifier(const std::string& w) {
  static const auto* const k = new absl::flat_hash_set<std::string>{
      "chiếc", "cái", "quả", "căn", "tòa", "toà", "bức", "cuộc", "vụ", "đợt"};
  return k->contains(w);
}

}  // namespace

void ApplyQualifier(const std::string& q, double v, double unit, double* low,
                    double* high, bool* low_open, bool* high_open) {
  *low_open = *high_open = false;
  // Round numbers ("10.000", "2 tỷ") carry their rounding tolerance.
  double round = (unit >= 10 && std::fabs(v) >= 100) || unit < 1
                     ? std::min(unit / 2, 0.1 * std::fabs(v))
                     : 0;
  if (unit < 1) round = unit / 2;
  *low = v - round, *high = v + round;
  if (q == "gt") {
    *low = v, *low_open = true, *high = kInf;
  } else if (q == "ge") {
    *low = v, *high = kInf;
  } else if (q == "near") {
    *low = 0.85 * v, *high = v;
  } else if (q == "about") {
    // Half the last significant place ("khoảng 5.000" is 4.500..5.500), and
    // never tighter than 5% ("khoảng 87,3%") or the bare rounding.
    double t = std::max({round, unit / 2, 0.05 * std::fabs(v)});
    *low = v - t, *high = v + t;
  } else if (q == "le") {
    *low = -kInf, *high = v;
  } else if (q == "lt") {
    *low = -kInf, *high = v, *high_open = true;
  }
}

QuantityMatch MatchQuantity(const std::vector<Lexeme>& lx, int i, int end,
                            bool vi, absl::string_view text) {
  QuantityMatch out;
  if (i >= end) return out;
  int j = i;
  std::string qual;
  bool range_mode = false;
  PhraseMatch qm = PreQualifierTable().LongestAt(lx, j, end);
  if (qm.length) qual = *qm.tag, j += qm.length;
  if (qual.empty() && (IsWord(lx, j, end, "từ") || IsWord(lx, j, end, "between"))) {
    range_mode = true, ++j;
  }
  std::string currency;
  j += CurrencyPrefix(lx, j, end, &currency);
  const int first_number = j;
  Core c = CoreAt(lx, j, end, vi);
  if (c.length == 0) return out;
  int k = j + c.length;
  out.length = k - i;
  // Range end: "từ 2 đến 3 triệu", "10 - 15", "between 10 and 20".
  bool has_range = c.range;
  double hi = c.range_high, hi_unit = c.range_high_unit;
  if (!c.vague && !c.range && k + 1 < end) {
    const std::string& sep = lx[k].key;
    bool joiner = sep == "-" || sep == "–" ||
                  (range_mode && (sep == "đến" || sep == "tới" || sep == "to" || sep == "and"));
    if (joiner) {
      int k2 = k + 1;
      std::string cur2;
      k2 += CurrencyPrefix(lx, k2, end, &cur2);
      Core c2 = CoreAt(lx, k2, end, vi);
      if (c2.length && !c2.vague && !c2.range) {
        if (c2.has_scale && !c.has_scale) c.value *= c2.scale;
        if (c2.value > c.value) {
          has_range = true, hi = c2.value, hi_unit = c2.unit;
          k = k2 + c2.length;
          out.length = k - i;
        }
      }
    }
  }
  if (range_mode && !has_range) return QuantityMatch{};
  out.value = c.value;
  // Interval.
  if (c.vague) {
    out.low = c.vague_low, out.high = c.vague_high, out.high_open = true;
    if (qual == "gt" || qual == "ge") out.high = kInf, out.high_open = false;
  } else if (has_range) {
    out.low = c.value, out.high = hi;
    (void)hi_unit;
  } else {
    ApplyQualifier(qual, c.value, c.unit, &out.low, &out.high, &out.low_open,
                   &out.high_open);
  }
  out.emit = !IsIdentifier(lx, i, first_number);
  // What is counted.
  int len = 0;
  if (IsPercent(lx, k, end, &len)) {
    out.kind = ClaimKind::kPercent, out.unit = out.unit_class = "%";
    out.length = k + len - i;
    return out;
  }
  PhraseMatch cur = CurrencyTable().LongestAt(lx, k, end);
  if (!currency.empty() || cur.length) {
    if (currency.empty()) currency = *cur.tag;
    if (cur.length) k += cur.length;
    out.kind = ClaimKind::kMoney, out.unit = out.unit_class = currency;
    out.length = k - i;
    return out;
  }
  // Ages and ordinal suffixes are not claims we compare.
  if (IsWord(lx, k, end, "tuổi") ||
      (IsWord(lx, k, end, "years") && IsWord(lx, k + 1, end, "old")) ||
      (k + 1 < end && lx[k].key == "-" && !lx[k].space_before &&
       IsWord(lx, k + 1, end, "year"))) {
    out.emit = false;
    return out;
  }
  if (k < end && !lx[k].space_before && lx[k].kind == LexKind::kWord &&
      (lx[k].key == "th" || lx[k].key == "st" || lx[k].key == "nd" || lx[k].key == "rd")) {
    if (IsWord(lx, k + 1, end, "anniversary")) {
      out.anniversary = true, out.kind = ClaimKind::kDuration;
      out.unit = out.unit_class = "year";
      out.length = k + 2 - i;
      return out;
    }
    out.emit = false;
    out.length = k + 1 - i;
    return out;
  }
  PhraseMatch dur = DurationUnitTable().LongestAt(lx, k, end);
  if (dur.length && !c.vague) {
    out.kind = ClaimKind::kDuration, out.unit_class = *dur.tag;
    out.unit = std::string(Span{lx[k].span.begin, lx[k + dur.length - 1].span.end}.Of(text));
    bool kyniem = false;
    for (int b = std::max(0, i - 3); b < i; ++b) {
      if (lx[b].key == "niệm" || lx[b].key == "tròn") kyniem = true;
    }
    out.anniversary = kyniem && *dur.tag == "year";
    out.length = k + dur.length - i;
    return out;
  }
  // Counted noun, possibly after a classifier or English adjectives.
  int u = k;
  if (u < end && IsClassifier(lx[u].key) && !UnitTable().LongestAt(lx, u, end).length) ++u;
  for (int adj = 0; adj < 3 && u < end && lx[u].capitalized && !vi; ++adj) {
    if (UnitTable().LongestAt(lx, u, end).length) break;
    ++u;
  }
  PhraseMatch unit = UnitTable().LongestAt(lx, u, end);
  if (unit.length && !(u < end && lx[u].capitalized && vi && u > k)) {
    out.unit_first = u;
    out.unit_class = *unit.tag;
    out.unit = std::string(Span{lx[u].span.begin, lx[u + unit.length - 1].span.end}.Of(text));
    k = u + unit.length;
    PhraseMatch post = PostQualifierTable().LongestAt(lx, k, end);
    if (post.length && qual.empty() && !has_range && !c.vague) {
      ApplyQualifier(*post.tag, c.value, c.unit, &out.low, &out.high,
                     &out.low_open, &out.high_open);
      k += post.length;
    }
    out.length = k - i;
    return out;
  }
  if (c.spelled || (c.bare_year && qual.empty() && !has_range)) out.emit = false;
  return out;
}

}  // namespace wirecheck
