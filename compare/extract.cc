#include "compare/extract.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "compare/dates.h"
#include "compare/lexicon.h"
#include "compare/quantity.h"
#include "compare/sentences.h"

namespace wirecheck {
namespace {

bool IsBoundary(const Lexeme& l) {
  if (l.kind == LexKind::kNumber) return true;
  if (l.kind == LexKind::kPunct) return l.key != "-";
  static const auto* const k = new absl::flat_hash_set<std::string>{
      "và", "còn", "trong", "khi", "and", "while", "but", "nhưng", "with"};
  return k->contains(l.key);
}

// Role of a number: a predicate right after its counted noun ("12 người
// chết"), else the nearest one before it in the sentence ("killing 12").
std::string FindRole(const std::vector<Lexeme>& lx, const Sentence& s,
                     int begin, int end, int unit_first, int window) {
  const PhraseTable& roles = RoleTable();
  // Skip the head noun ("cử tri" is voters, not "cử" = dispatched) but keep
  // role words inside the noun phrase ("người chết").
  int from = unit_first >= 0 ? unit_first + 1 : end;
  for (int k = from; k < s.last && k < end + window; ++k) {
    if (k >= end && IsBoundary(lx[k])) break;
    PhraseMatch m = roles.LongestAt(lx, k, s.last);
    if (m.length) return *m.tag;
  }
  // "tăng 0,84 điểm (0,17%)": a bracketed figure restates the one before
  // it, so it takes that figure's predicate (numbers do not stop the scan).
  const bool bracketed = begin > s.first && lx[begin - 1].key == "(";
  for (int k = begin - 1 - bracketed; k >= s.first && k >= begin - 10; --k) {
    if (lx[k].kind == LexKind::kNumber && !bracketed) break;
    if (lx[k].kind == LexKind::kPunct && lx[k].key != "-" &&
        !(bracketed && lx[k].key == ",")) {
      break;
    }
    PhraseMatch m = roles.LongestAt(lx, k, begin);
    if (m.length) return *m.tag;
  }
  return "";
}

bool IsClausePunct(const Lexeme& l) {
  return l.kind == LexKind::kPunct &&
         (l.key == "," || l.key == ";" || l.key == ":" || l.key == "(" || l.key == ")");
}

// The nearest event predicate to [begin, end) within [first, last).
std::string NearestEvent(const std::vector<Lexeme>& lx, int first, int last,
                         int begin, int end, int* at) {
  for (int d = 0; d <= last - first; ++d) {
    for (int k : {end + d, begin - 1 - d}) {
      if (k < first || k >= last) continue;
      PhraseMatch m = DateEventTable().LongestAt(lx, k, last);
      if (m.length) {
        *at = k;
        return *m.tag;
      }
    }
  }
  return "";
}

// The event a date belongs to: the nearest event predicate in its clause
// ("hội đàm ... ngày 20/6/2024, sau khi ... chuyến thăm" is the talks), else
// in its sentence ("Ngày 8/3, một cuộc tấn công ..."); a nearer statement
// verb ("công bố ngày 23/10") makes it the date of a remark instead. *at is
// the predicate's first lexeme (-1 when none).
// The lexemes [*first, *last) of the clause holding [begin, end).
void ClauseAround(const std::vector<Lexeme>& lx, const Sentence& s, int begin,
                  int end, int* first, int* last) {
  *first = begin, *last = end;
  while (*first > s.first && !IsClausePunct(lx[*first - 1])) --*first;
  while (*last < s.last && !IsClausePunct(lx[*last])) ++*last;
}

std::string FindDateEvent(const std::vector<Lexeme>& lx, const Sentence& s,
                          int begin, int end, int* at) {
  *at = -1;
  int first, last;
  ClauseAround(lx, s, begin, end, &first, &last);
  std::string event = NearestEvent(lx, first, last, begin, end, at);
  if (!event.empty()) return event;
  return NearestEvent(lx, s.first, s.last, begin, end, at);
}

// The date's clause joined with its event predicate's clause.
Span EventClause(const std::vector<Lexeme>& lx, const Sentence& s, int begin,
                 int end, int event) {
  int first, last;
  ClauseAround(lx, s, begin, end, &first, &last);
  if (event >= 0) {
    int ef, el;
    ClauseAround(lx, s, event, event + 1, &ef, &el);
    first = std::min(first, ef), last = std::max(last, el);
  }
  return {lx[first].span.begin, lx[last - 1].span.end};
}

// "Mỗi sinh viên được trao ... 10 triệu đồng", "10 triệu đồng mỗi suất",
// "$500 per person": the claim's clause counts per item.
bool PerUnit(const std::vector<Lexeme>& lx, const Sentence& s, int begin, int end) {
  int first = begin;
  while (first > s.first && !IsClausePunct(lx[first - 1])) --first;
  for (int k = first; k < begin; ++k) {
    if (PerUnitTable().LongestAt(lx, k, begin).length) return true;
  }
  for (int k = end; k < s.last && k < end + 2; ++k) {
    if (lx[k].kind == LexKind::kPunct && lx[k].key == "/") return true;
    if (PerUnitTable().LongestAt(lx, k, s.last).length) return true;
  }
  return false;
}

// The reporting period of a figure: in its clause before it, else after
// it, else in a fronted opening clause ("Trong chín tháng đầu năm, ...").
std::string FindPeriod(const std::vector<Lexeme>& lx, const Sentence& s,
                       int begin, int end) {
  int first, last;
  ClauseAround(lx, s, begin, end, &first, &last);
  for (int k = begin - 1; k >= first; --k) {
    PhraseMatch m = PeriodTable().LongestAt(lx, k, begin);
    if (m.length) return *m.tag;
  }
  for (int k = end; k < last; ++k) {
    PhraseMatch m = PeriodTable().LongestAt(lx, k, last);
    if (m.length) return *m.tag;
  }
  if (first == s.first) return "";
  int opening_last = s.first;
  while (opening_last < s.last && !IsClausePunct(lx[opening_last])) ++opening_last;
  for (int k = s.first; k < opening_last; ++k) {
    PhraseMatch m = PeriodTable().LongestAt(lx, k, opening_last);
    if (m.length) return *m.tag;
  }
  return "";
}

// "10 triệu tấn dầu", "3 million tonnes of oil": what a measure counts.
std::string MeasuredGoods(const std::vector<Lexeme>& lx, const Sentence& s,
                          int end, const std::string& unit_class) {
  static const auto* const kMeasures = new absl::flat_hash_set<std::string>{
      "tonnes", "hectares", "barrels", "km", "miles"};
  static const auto* const kNotGoods = new absl::flat_hash_set<std::string>{
      "mỗi", "và", "trong", "của", "cho", "từ", "đến", "tới", "với", "là",
      "được", "đã", "sẽ", "một", "các", "những", "này", "đó", "năm", "ngày",
      "the", "a", "an", "per", "each", "in", "to", "from", "and", "a", "year",
      "day", "this", "that", "last", "were", "was", "are", "is", "have", "has"};
  if (!kMeasures->contains(unit_class)) return "";
  int k = end;
  if (k < s.last && lx[k].key == "of") ++k;
  if (k >= s.last || lx[k].kind != LexKind::kWord || kNotGoods->contains(lx[k].key)) {
    return "";
  }
  return lx[k].key;
}

bool RequestCueBefore(const std::vector<Lexeme>& lx, const Sentence& s, int begin) {
  for (int k = std::max(s.first, begin - 12); k < begin; ++k) {
    if (RequestCueTable().LongestAt(lx, k, begin).length) return true;
  }
  return false;
}

bool IsRangeWord(const std::string& w) {
  static const auto* const k = new absl::flat_hash_set<std::string>{
      "từ", "đến", "tới", "trước", "sau", "since", "until", "till", "before",
      "after", "by", "from", "giữa", "between", "and", "và", "or", "hoặc"};
  return k->contains(w);
}

bool FutureBefore(const std::vector<Lexeme>& lx, const Sentence& s, int begin,
                  int end) {
  for (int k = std::max(s.first, begin - 10); k < begin; ++k) {
    if (FutureTable().LongestAt(lx, k, begin).length) return true;
  }
  if (end < s.last && (lx[end].key == "tới" || lx[end].key == "sắp")) return true;
  // "Vào thứ Sáu, cuộc họp sẽ diễn ra": the marker follows a fronted date.
  for (int k = end; k < s.last && k < end + 5; ++k) {
    if (FutureTable().LongestAt(lx, k, s.last).length) return true;
  }
  return false;
}

// Where a claim of the sentence being scanned sits, in lexemes.
struct Placed {
  size_t index;    // Into the output vector.
  int first, end;  // The claim's lexemes.
  int event = -1;  // Dates: the event predicate's first lexeme.
  bool ranged = false;  // Dates after a range word ("từ năm 2000").
  int anniversary_years = 0;  // Anniversaries: N of "kỷ niệm N năm".
};

// An anniversary is celebrated at the date its sentence gives ("hồi tháng
// 10/2023 ... kỷ niệm 75 năm" -> 1948), else in the publication year. A
// sentence date no later than the base it would imply is the founding date
// itself ("thiết lập ngày 12/10/1948 ... kỷ niệm 75 năm"), not the
// celebration, and so is one governed by a range word ("từ năm 2000").
int CelebrationYear(const std::vector<Placed>& placed, const Placed& ann,
                    const std::vector<Claim>& out, int published_year) {
  int best = 0, best_distance = 1 << 30;
  for (const Placed& p : placed) {
    const Claim& d = out[p.index];
    if (d.kind != ClaimKind::kDate || d.from.year <= 0 || d.from.year != d.to.year) continue;
    if (p.ranged) continue;
    const int y = d.from.year;
    if (y - ann.anniversary_years <= 0 || y > published_year + 1 ||
        y <= published_year - ann.anniversary_years) {
      continue;
    }
    int distance = p.first >= ann.end ? p.first - ann.end : ann.first - p.end;
    if (distance < best_distance) best = y, best_distance = distance;
  }
  return best ? best : published_year;
}

// Post-pass over one sentence: anniversaries take the celebration year, and
// a date whose event phrase is the anniversary's object ("kỷ niệm 75 năm
// thiết lập quan hệ", "năm 2018") dates the celebration, not the founding.
void ResolveAnniversaries(const std::vector<Placed>& placed,
                          const PublishedTime& published, std::vector<Claim>* out) {
  for (const Placed& p : placed) {
    if (p.anniversary_years == 0) continue;
    Claim& c = (*out)[p.index];
    const int year = CelebrationYear(placed, p, *out,
                                     static_cast<int>(published.start.year()));
    c.low = c.high = year - p.anniversary_years;
    for (const Placed& q : placed) {
      Claim& d = (*out)[q.index];
      if (d.kind == ClaimKind::kDate && q.event >= p.end && q.event <= p.end + 3) {
        d.role = "celebration";  // Compared through the base year.
      }
    }
  }
}

void ExtractSentence(int doc, absl::string_view text,
                     const std::vector<Lexeme>& lx, const Sentence& s,
                     const PublishedTime& published, bool vi,
                     const ExtractOptions& opt, std::vector<Claim>* out) {
  std::vector<Placed> placed;
  for (int i = s.first; i < s.last;) {
    DateMatch dm = opt.dates ? MatchDate(lx, i, s.last) : DateMatch{};
    if (dm.length) {
      Claim c;
      c.doc = doc, c.kind = ClaimKind::kDate, c.sentence = s.span;
      c.span = {lx[i].span.begin, lx[i + dm.length - 1].span.end};
      c.future = FutureBefore(lx, s, i, i + dm.length);
      ResolveDate(dm.spec, published, c.future, &c.from, &c.to);
      int event = -1;
      c.role = FindDateEvent(lx, s, i, i + dm.length, &event);
      // "từ năm 2008", "since 2009", "trước ngày 5/6": a boundary, not the
      // day the event happened.
      if (i > s.first && IsRangeWord(lx[i - 1].key)) c.role.clear(), event = -1;
      c.clause = EventClause(lx, s, i, i + dm.length, event);
      // Relative dates hang on the publication day (often imprecise);
      // a year completed by the lean-to-past rule is trusted.
      c.inferred = dm.spec.relative != DateSpec::Relative::kNone ||
                   dm.spec.year_relative;
      c.year_inferred = dm.spec.year == 0 && !dm.spec.year_relative &&
                        dm.spec.relative == DateSpec::Relative::kNone &&
                        dm.spec.grain != DateSpec::Grain::kYear;
      placed.push_back({out->size(), i, i + dm.length, event,
                        i > s.first && IsRangeWord(lx[i - 1].key), 0});
      out->push_back(std::move(c));
      i += dm.length;
      continue;
    }
    QuantityMatch q = MatchQuantity(lx, i, s.last, vi, text);
    if (q.length == 0) {
      ++i;
      continue;
    }
    if (q.emit && opt.numbers) {
      Claim c;
      c.doc = doc, c.kind = q.kind, c.sentence = c.clause = s.span;
      c.span = {lx[i].span.begin, lx[i + q.length - 1].span.end};
      c.value = q.value, c.low = q.low, c.high = q.high;
      c.low_open = q.low_open, c.high_open = q.high_open;
      c.unit = q.unit, c.unit_class = q.unit_class;
      c.role = FindRole(lx, s, i, i + q.length, q.unit_first, opt.role_window);
      // A prison term asked for by the prosecution, or the most a charge
      // carries, is not the sentence handed down.
      if (c.role == "prison" && RequestCueBefore(lx, s, i)) c.role = "prison requested";
      if (c.kind != ClaimKind::kDuration) c.period = FindPeriod(lx, s, i, i + q.length);
      c.goods = MeasuredGoods(lx, s, i + q.length, c.unit_class);
      // An amount each student gets never meets the total handed out.
      if (c.kind != ClaimKind::kPercent && PerUnit(lx, s, i, i + q.length)) {
        c.role = c.role.empty() ? "each" : absl::StrCat(c.role, " each");
      }
      // "At least 300 were killed": a toll without a noun counts people.
      if (c.kind == ClaimKind::kNumber && c.unit_class.empty() &&
          (c.role == "killed" || c.role == "injured" || c.role == "missing" ||
           c.role == "casualties")) {
        c.unit_class = "people";
      }
      if (q.anniversary) {
        if (!published.known()) {
          i += q.length;
          continue;
        }
        // Compare the implied base year: 75th anniversary in 2024 -> 1949
        // (the celebration year is settled by ResolveAnniversaries).
        c.low_open = c.high_open = false;
        c.unit = "base year", c.role = "anniversary";
        // What is celebrated: the two words after the duration ("thiết
        // lập", "ngày ký"), so 50 years of ties never meets 35 of a treaty.
        c.unit_class = "base_year";
        int taken = 0;
        for (int k = i + q.length; k < s.last && taken < 2; ++k) {
          if (lx[k].kind != LexKind::kWord) break;
          if (lx[k].key == "of" || lx[k].key == "the" || lx[k].key == "của") continue;
          absl::StrAppend(&c.unit_class, ":", lx[k].key);
          ++taken;
        }
      }
      placed.push_back({out->size(), i, i + q.length, -1, false,
                        q.anniversary ? static_cast<int>(q.value) : 0});
      out->push_back(std::move(c));
    }
    i += q.length;
  }
  ResolveAnniversaries(placed, published, out);
}

}  // namespace

bool LooksVietnamese(const std::vector<Lexeme>& lx) {
  static const auto* const kVi = new absl::flat_hash_set<std::string>{
      "và", "của", "là", "các", "những", "được", "người", "có", "trong", "đã",
      "không", "với", "cho", "này", "theo"};
  static const auto* const kEn = new absl::flat_hash_set<std::string>{
      "the", "and", "of", "to", "in", "is", "was", "that", "for", "on",
      "with", "said", "by"};
  // Function words decide when present; otherwise most Vietnamese syllables
  // carry a diacritic and English words carry none.
  int vi = 0, en = 0, words = 0, marked = 0;
  for (const Lexeme& l : lx) {
    if (l.kind != LexKind::kWord) continue;
    ++words;
    vi += kVi->contains(l.key);
    en += kEn->contains(l.key);
    for (unsigned char ch : l.key) {
      if (ch >= 0x80) {
        ++marked;
        break;
      }
    }
  }
  if (vi != en) return vi > en;
  return words > 0 && marked * 5 >= words;
}

std::vector<Claim> ExtractClaims(int doc, absl::string_view text,
                                 const std::vector<Span>& body,
                                 const PublishedTime& published,
                                 const ExtractOptions& opt) {
  std::vector<Claim> out;
  std::vector<std::vector<Lexeme>> regions;
  for (const Span& b : body) regions.push_back(Lex(text, b));
  bool vi = opt.language == ExtractOptions::Language::kVietnamese;
  if (opt.language == ExtractOptions::Language::kAuto) {
    std::vector<Lexeme> all;
    for (const auto& r : regions) all.insert(all.end(), r.begin(), r.end());
    vi = LooksVietnamese(all);
  }
  for (const auto& lx : regions) {
    for (const Sentence& s : SplitSentences(lx)) {
      ExtractSentence(doc, text, lx, s, published, vi, opt, &out);
    }
  }
  return out;
}

}  // namespace wirecheck
