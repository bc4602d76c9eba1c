#include "compare/dates.h"

#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

// Matching half of compare/dates.h: one small rule per shape of date. Each
// rule reads the lexemes at `i` and returns a match (length 0 when its shape
// is not there); MatchDate tries them in order.
namespace wirecheck {
namespace {

using Grain = DateSpec::Grain;
using Rel = DateSpec::Relative;

bool ValidDay(int d, int m) { return m >= 1 && m <= 12 && d >= 1 && d <= 31; }
bool ValidYear(int y) { return y >= 1000 && y <= 2100; }

// "đầu", "giữa", "cuối", "early", "mid", "end of": returns its length and
// sets *part (1..3), or 0.
int PartAt(const Scan& s, int i, int* part) {
  PhraseMatch m = s.Match(LexTable::kPartWord, i);
  *part = m ? static_cast<int>(s.Number(LexTable::kPartWord, m)) : 0;
  return m.length;
}

bool IsLeadCue(const Scan& s, const PhraseMatch& m) {
  return m && s.Text(LexTable::kDayCue, m) == "lead";
}

// Lexeme k joins two listed days ("18 và 19/10", "18, 19/10", "18 - 19/10",
// "từ 18 đến 19/10"): a comma, a dash, or a range word that joins two ends.
bool DayJoiner(const Scan& s, int k) {
  if (s.Is(k, ",") || s.Is(k, "-")) return true;
  const PhraseMatch m = s.Match(LexTable::kRangeWord, k);
  if (!m || m.length != 1) return false;
  const std::string& role = s.Text(LexTable::kRangeWord, m);
  return role == "join" || role == "to";
}

// A day cue of either kind ends right before lexeme k ("ngày 19/6", "vào
// 19/6", "hôm 14/9").
bool CueBefore(const Scan& s, int k) {
  if (k <= s.first) return false;
  // A list of days: "đêm 18 và 19/10", "ngày 2, 3/9".
  int day;
  if (k - 2 > s.first && s.Int(k - 2, &day, 2) && day >= 1 && day <= 31 &&
      DayJoiner(s, k - 1)) {
    k -= 2;
  }
  if (s.lx[k - 1].key == "(" || s.lx[k - 1].key == ",") return true;
  return static_cast<bool>(s.MatchEndingAt(LexTable::kDayCue, k - 3, k)) ||
         static_cast<bool>(s.MatchEndingAt(LexTable::kRelativeDay, k - 3, k));
}

// The parts of one number lexeme written as a date: "19/6/2024", "19-6",
// "23.10", "2024-06-19". `sep` is the one separator used ('/', '-', '.').
struct NumericParts {
  std::vector<int> v;
  std::vector<size_t> digits;
  char sep = 0;
};

bool SplitNumeric(const std::string& key, NumericParts* p) {
  for (char c : {'/', '-', '.'}) {
    if (key.find(c) != std::string::npos) {
      if (p->sep != 0) return false;  // "2-10/11" is a day range.
      p->sep = c;
    }
  }
  if (p->sep == 0 || key.find(',') != std::string::npos) return false;
  for (absl::string_view part : absl::StrSplit(key, p->sep)) {
    int v;
    if (part.empty() || !absl::SimpleAtoi(part, &v)) return false;
    p->v.push_back(v);
    p->digits.push_back(part.size());
  }
  return p->v.size() == 2 || p->v.size() == 3;
}

// A numeric date in one lexeme. `cued`: a day cue precedes; `lead`: the cue
// is part of the date's own words ("ngày 19/6"). Partial dates with '-' or
// '.' need a leading cue, with '/' any cue: "19/6" alone may be a score.
// `dotted`: a day and a two-digit month joined by '.' are a date with no
// cue ("khởi tranh từ 25.10"): Vietnamese marks decimals with a comma and
// groups thousands in threes, so "25.10" is no number there.
bool NumericSpec(const std::string& key, bool cued, bool lead, DateSpec* spec,
                 bool dotted = false) {
  NumericParts p;
  if (!SplitNumeric(key, &p)) return false;
  if (p.v.size() == 3 && p.digits[0] == 4) {  // 2024-06-19
    if (!ValidYear(p.v[0]) || !ValidDay(p.v[2], p.v[1])) return false;
    spec->year = p.v[0], spec->month = p.v[1], spec->day = p.v[2];
    return true;
  }
  if (!ValidDay(p.v[0], p.v[1]) || p.digits[0] > 2 || p.digits[1] > 2) {
    return false;
  }
  if (p.v.size() == 3) {
    if (p.digits[2] == 2) {
      spec->two_digit_year = true;
    } else if (p.digits[2] != 4 || !ValidYear(p.v[2])) {
      return false;
    }
    spec->year = p.v[2];
  } else if (!(p.sep == '/' ? cued : lead) &&
             !(dotted && p.sep == '.' && p.digits[1] == 2)) {
    return false;
  }
  spec->day = p.v[0], spec->month = p.v[1];
  return true;
}

// A year after a consumed month or day ("năm 2024", "năm ngoái", ", 2024",
// "của năm 2018", " 2013"): its length, filling the spec.
int YearTail(const Scan& s, int i, DateSpec* spec) {
  int y;
  int k = i;
  if (s.Is(k, "của") && s.Is(k + 1, "năm")) ++k;
  if (s.Is(k, "năm")) {
    if (s.Int(k + 1, &y) && ValidYear(y)) {
      spec->year = y;
      return k + 2 - i;
    }
    PhraseMatch rel = s.Match(LexTable::kRelativeWord, k + 1);
    if (rel && !s.Is(k + 1, "qua")) {
      spec->year_relative = true;
      spec->year_offset =
          static_cast<int>(s.Number(LexTable::kRelativeWord, rel));
      return k + 1 + rel.length - i;
    }
    return 0;
  }
  if ((s.Is(i, ",") || (s.Is(i, "/") && s.Glued(i))) && s.Int(i + 1, &y) &&
      ValidYear(y)) {
    spec->year = y;
    return 2;
  }
  if (s.Int(i, &y) && ValidYear(y) && s.lx[i].key.size() == 4) {
    spec->year = y;
    return 1;
  }
  return 0;
}

// "thứ Hai", "thứ 6", "chủ nhật", "Tuesday" as a weekday: Vietnamese "thứ
// N" needs a capital, a day cue before it or a week or date after it, and
// never follows "ngày" in lower case ("ngày thứ hai": the second day) or a
// rank noun ("lần thứ ba").
bool WeekdayReading(const Scan& s, int i, const PhraseMatch& m) {
  const Lexeme& head = s.lx[i];
  if (!s.Is(i, "thứ")) return head.capitalized || head.key == "chủ";
  const Lexeme& d = s.lx[i + 1];
  if (i > s.first && s.MatchEndingAt(LexTable::kRankNoun, i - 2, i) &&
      !s.Is(i - 1, "ngày")) {
    return false;
  }
  const int after = i + m.length;
  const bool week_or_date_after =
      s.Is(after, "tuần") || s.Is(after, "(") ||
      (s.Is(after, ",") && s.IsNumber(after + 1)) ||
      (s.Is(after, "ngày") && s.IsNumber(after + 1));
  if (d.capitalized || week_or_date_after) return true;
  return i > s.first && !s.Is(i - 1, "ngày") &&
         static_cast<bool>(s.MatchEndingAt(LexTable::kDayCue, i - 2, i));
}

DateMatch EnglishMonth(const Scan& s, int i);
DateMatch DayMonthWords(const Scan& s, int i);

// An explicit date written right after a weekday or relative day: "thứ Tư
// (19/6)", "thứ 2 ngày 6/2", "thứ 2 ngày 6 tháng 2", "Hôm nay 23.10".
// Returns its extra length.
int ExplicitAfter(const Scan& s, int k, DateSpec* spec) {
  const int start = k;
  if (s.Is(k, ",") || s.Is(k, "(")) ++k;
  PhraseMatch cue = s.Match(LexTable::kDayCue, k);
  if (IsLeadCue(s, cue)) k += cue.length;
  DateSpec d;
  if (DateMatch words = DayMonthWords(s, k); words.length) {
    d = words.spec;  // "thứ 2 ngày 6 tháng 2 năm 2017".
    k += words.length;
  } else if (s.IsNumber(k) && NumericSpec(s.lx[k].key, true, true, &d)) {
    ++k;
    if (d.year == 0) k += YearTail(s, k, &d);
  } else if (DateMatch english = EnglishMonth(s, k);
             english.length && english.spec.day > 0) {
    d = english.spec;  // "Tuesday, June 18, 2024".
    k += english.length;
  } else {
    return 0;
  }
  if (s.Is(k, ")")) ++k;
  *spec = d;
  return k - start;
}

DateMatch Weekday(const Scan& s, int i) {
  DateMatch m;
  int j = i;
  // "last Tuesday", "this Friday", "next Monday".
  PhraseMatch before =
      s.vietnamese ? PhraseMatch{} : s.Match(LexTable::kRelativeWord, i);
  if (before) j += before.length;
  PhraseMatch wd = s.Match(LexTable::kWeekday, j);
  if (!wd || !WeekdayReading(s, j, wd)) return m;
  DateSpec& spec = m.spec;
  spec.relative = Rel::kWeekday;
  spec.weekday = static_cast<int>(s.Number(LexTable::kWeekday, wd));
  if (before) {
    spec.offset = static_cast<int>(s.Number(LexTable::kRelativeWord, before));
    spec.week_named = spec.offset != 0;
  }
  int k = j + wd.length;
  if (s.Is(k, "tuần") || s.Is(k, "tuần lễ")) {
    PhraseMatch rel = s.Match(LexTable::kRelativeWord, k + 1);
    if (rel) {
      spec.offset = static_cast<int>(s.Number(LexTable::kRelativeWord, rel));
      spec.week_named = true;
      k += 1 + rel.length;
    }
  }
  DateSpec explicit_date;
  if (int extra = ExplicitAfter(s, k, &explicit_date)) {
    explicit_date.stated_weekday = spec.weekday;
    spec = explicit_date;
    k += extra;
  }
  m.length = k - i;
  return m;
}

// "hôm qua", "sáng nay", "ngày mai", "yesterday"; an explicit date after it
// wins ("Hôm nay 23.10").
DateMatch RelativeDay(const Scan& s, int i) {
  DateMatch m;
  PhraseMatch rel = s.Match(LexTable::kRelativeDay, i);
  if (!rel) return m;
  m.length = rel.length;
  m.spec.relative = Rel::kDay;
  m.spec.offset = static_cast<int>(s.Number(LexTable::kRelativeDay, rel));
  DateSpec explicit_date;
  if (int extra = ExplicitAfter(s, i + rel.length, &explicit_date)) {
    explicit_date.lean = m.spec.offset > 0 ? 1 : 0;
    m.spec = explicit_date;
    m.length += extra;
  }
  return m;
}

// "tháng trước", "đầu tháng này", "năm ngoái", "tuần tới", "last year",
// "early next month". Not after a number ("3 tháng qua" is a duration).
DateMatch RelativePeriod(const Scan& s, int i) {
  DateMatch m;
  int part;
  int j = i + PartAt(s, i, &part);
  if (i > s.first && s.IsNumber(i - 1)) return m;
  PhraseMatch rel;
  int unit_at = j;
  if (s.vietnamese) {
    rel = s.Match(LexTable::kRelativeWord, j + 1);
    if (rel && s.Is(j + 1, "qua") && rel.length == 1 && part == 0) return m;
  } else {
    rel = s.Match(LexTable::kRelativeWord, j);
    unit_at = j + rel.length;
  }
  // The unit may lie past the sentence's end ("... last" closing a text).
  if (!rel || !s.IsWord(unit_at)) return m;
  const std::string& unit = s.lx[unit_at].key;
  Rel r;
  if (unit == "tháng" || unit == "month") {
    r = Rel::kMonth;
  } else if (unit == "năm" || unit == "year") {
    r = Rel::kYear;
  } else if (unit == "tuần" || unit == "week") {
    r = Rel::kWeek;
  } else {
    return m;
  }
  m.spec.relative = r;
  m.spec.grain = r == Rel::kMonth  ? Grain::kMonth
                 : r == Rel::kYear ? Grain::kYear
                                   : Grain::kWeek;
  m.spec.offset = static_cast<int>(s.Number(LexTable::kRelativeWord, rel));
  m.spec.part = part;
  m.length = (s.vietnamese ? j + 1 + rel.length : unit_at + 1) - i;
  return m;
}

// "quý 3", "quý III/2024", "quý 4 của năm 2018", "Q3", "third quarter of
// 2024".
DateMatch Quarter(const Scan& s, int i) {
  DateMatch m;
  int k;
  PhraseMatch q;
  if (s.Is(i, "quý")) {
    q = s.Match(LexTable::kQuarterWord, i + 1);
    if (!q && s.IsNumber(i + 1)) {  // "quý 3/2024" is one number lexeme.
      std::vector<std::string> p = absl::StrSplit(s.lx[i + 1].key, '/');
      int year;
      int n = s.lexicon.Find(LexTable::kQuarterWord, p[0]);
      if (p.size() == 2 && n >= 0 && absl::SimpleAtoi(p[1], &year) &&
          ValidYear(year)) {
        m.spec.grain = Grain::kQuarter;
        m.spec.quarter =
            static_cast<int>(s.lexicon.Tag(LexTable::kQuarterWord, n).number);
        m.spec.year = year;
        m.length = 2;
      }
      return m;
    }
    k = i + 1 + q.length;
  } else if (s.Is(i, "q") && s.lx[i].capitalized && s.Glued(i + 1)) {
    q = s.Match(LexTable::kQuarterWord, i + 1);
    k = i + 1 + q.length;
  } else {
    q = s.Match(LexTable::kQuarterWord, i);
    if (!q || s.IsNumber(i) || !s.Is(i + q.length, "quarter")) return {};
    k = i + q.length + 1;
    if (s.Is(k, "of")) {
      int y;
      if (s.Int(k + 1, &y) && ValidYear(y)) m.spec.year = y, k += 2;
    }
  }
  if (!q) return {};
  m.spec.grain = Grain::kQuarter;
  m.spec.quarter = static_cast<int>(s.Number(LexTable::kQuarterWord, q));
  if (m.spec.year == 0) k += YearTail(s, k, &m.spec);
  m.length = k - i;
  return m;
}

// "tháng 6", "tháng 10/2023", "tháng Mười", "đầu tháng 6 năm 2024". A
// number before "tháng" makes it a duration ("3 tháng"), handled elsewhere.
DateMatch Month(const Scan& s, int i) {
  DateMatch m;
  int part;
  const int j = i + PartAt(s, i, &part);
  if (!s.Is(j, "tháng") || (j > s.first && s.IsNumber(j - 1))) return m;
  DateSpec& spec = m.spec;
  spec.grain = Grain::kMonth;
  spec.part = part;
  int v;
  PhraseMatch word = s.Match(LexTable::kMonthName, j);
  if (word.length >= 2) {
    spec.month = static_cast<int>(s.Number(LexTable::kMonthName, word));
    m.length = j + word.length - i;
  } else if (s.Int(j + 1, &v, 2) && v >= 1 && v <= 12) {
    spec.month = v;
    m.length = j + 2 - i;
  } else if (s.IsNumber(j + 1)) {
    // "tháng 3/2016", and with a four-digit year "tháng 3.2016", "tháng
    // 3-2016" (a decimal or a range would not follow "tháng").
    NumericParts p;
    if (!SplitNumeric(s.lx[j + 1].key, &p) || p.v.size() != 2 ||
        (p.sep != '/' && p.digits[1] != 4) || p.v[0] < 1 || p.v[0] > 12 ||
        !ValidYear(p.v[1])) {
      return {};
    }
    spec.month = p.v[0], spec.year = p.v[1];
    m.length = j + 2 - i;
    return m;
  } else {
    return {};
  }
  m.length += YearTail(s, i + m.length, &spec);
  return m;
}

// "năm 2024", "cuối năm 2023", "in 2024", "since 2009", "early 2024".
DateMatch Year(const Scan& s, int i) {
  DateMatch m;
  int part;
  const int j = i + PartAt(s, i, &part);
  int y;
  int k;
  if (s.Is(j, "năm") && s.Int(j + 1, &y) && s.lx[j + 1].key.size() == 4 &&
      ValidYear(y)) {
    k = j + 2;
  } else if (!s.vietnamese && s.Int(j, &y) && s.lx[j].key.size() == 4 &&
             ValidYear(y) &&
             (part || (j > s.first &&
                       (s.Is(j - 1, "in") || s.Is(j - 1, "since") ||
                        s.Is(j - 1, "during") || s.Is(j - 1, "until"))))) {
    k = j + 1;
  } else {
    return m;
  }
  m.spec.grain = Grain::kYear;
  m.spec.year = y;
  m.spec.part = part;
  m.length = k - i;
  return m;
}

// A unit, currency, scale word or percent sign after a number: it counts
// something ("25.10 tấn", "4.50 USD"), whatever its shape.
bool CountedAfter(const Scan& s, int k) {
  return s.Is(k, "%") || s.Match(LexTable::kUnit, k) ||
         s.Match(LexTable::kCurrency, k) || s.Match(LexTable::kScale, k) ||
         s.Match(LexTable::kDurationUnit, k) ||
         (s.Glued(k) && s.Match(LexTable::kCurrencySymbol, k));
}

// Two years joined by a dash ("(2007-2013)", "giai đoạn 2007 - 2012",
// "năm 2010–2015") span the years between them. A bare four-digit number
// is a year where thousands are written with a separator (both languages
// here), unless it counts something ("2000-3000 người"); the span is
// short and runs forward.
constexpr int kMaxYearSpan = 50;

DateMatch YearSpan(const Scan& s, int i) {
  DateMatch m;
  const int j = s.Is(i, "năm") ? i + 1 : i;
  int first = 0, last = 0, k = j;
  const std::string& key = s.In(j) ? s.lx[j].key : std::string();
  if (s.IsNumber(j) && key.size() == 9 && key[4] == '-') {
    if (!absl::SimpleAtoi(key.substr(0, 4), &first) ||
        !absl::SimpleAtoi(key.substr(5), &last)) {
      return m;
    }
  } else if (s.Int(j, &first) && key.size() == 4 &&
             (s.Is(j + 1, "-") || s.Is(j + 1, "–")) && s.Int(j + 2, &last) &&
             s.lx[j + 2].key.size() == 4) {
    k = j + 2;
  } else {
    return m;
  }
  if (first < 1900 || last > 2100 || last <= first ||
      last - first > kMaxYearSpan || CountedAfter(s, k + 1)) {
    return m;
  }
  m.spec.grain = Grain::kYear;
  m.spec.year = last;
  m.spec.first_year = first;
  m.length = k + 1 - i;
  return m;
}

// "19 tháng 6 năm 2024", "mồng 3 tháng ba", "ngày 2 tháng Chín".
DateMatch DayMonthWords(const Scan& s, int i) {
  DateMatch m;
  PhraseMatch cue = s.Match(LexTable::kDayCue, i);
  const int k = IsLeadCue(s, cue) ? i + cue.length : i;
  int day, month;
  if (!s.Int(k, &day, 2) || day < 1 || day > 31 || !s.Is(k + 1, "tháng")) {
    return m;
  }
  PhraseMatch word = s.Match(LexTable::kMonthName, k + 1);
  int end;
  if (word.length >= 2) {
    month = static_cast<int>(s.Number(LexTable::kMonthName, word));
    end = k + 1 + word.length;
  } else if (s.Int(k + 2, &month, 2) && month >= 1 && month <= 12) {
    end = k + 3;
  } else {
    return m;
  }
  m.spec.day = day, m.spec.month = month;
  m.length = end - i + YearTail(s, end, &m.spec);
  return m;
}

// "ngày 19/6/2024", "hôm 14/9", "19/6" after a cue, "2024-06-19", "ngày
// 1.11", "3/9/91".
DateMatch Numeric(const Scan& s, int i) {
  DateMatch m;
  PhraseMatch cue = s.Match(LexTable::kDayCue, i);
  const bool lead = IsLeadCue(s, cue);
  const int k = lead ? i + cue.length : i;
  if (!s.IsNumber(k)) return m;
  const bool dotted = s.vietnamese && !CountedAfter(s, k + 1);
  if (!NumericSpec(s.lx[k].key, lead || CueBefore(s, k), lead, &m.spec,
                   dotted)) {
    return m;
  }
  m.length = k + 1 - i;
  if (m.spec.year == 0) m.length += YearTail(s, k + 1, &m.spec);
  return m;
}

// A day cue of either kind ends right before lexeme k; unlike CueBefore, a
// comma or a bracket is none (", 18 và 19" is as often a count).
bool DayCueBefore(const Scan& s, int k) {
  return k > s.first && s.MatchEndingAt(LexTable::kDayCue, k - 3, k);
}

// "18-19/10" in one lexeme: the first day and the date of the last.
bool DayRangeLexeme(const std::string& key, int* first, DateSpec* spec) {
  const size_t dash = key.find('-');
  if (dash == std::string::npos || dash == 0 || dash > 2) return false;
  const std::string last = key.substr(dash + 1);
  return last.find('/') != std::string::npos &&
         absl::SimpleAtoi(key.substr(0, dash), first) &&
         NumericSpec(last, /*cued=*/true, /*lead=*/true, spec);
}

// Days of one month listed after a day cue: "đêm 18 và 19/10", "ngày 18,
// 19/10", "từ ngày 18 đến 19/10", "ngày 5 và 6 tháng 11", "ngày 18-19/10".
// One date from the first day to the last; the days must rise.
DateMatch DayList(const Scan& s, int i) {
  PhraseMatch cue = s.Match(LexTable::kDayCue, i);
  const bool lead = IsLeadCue(s, cue);
  const int k = lead ? i + cue.length : i;
  if (!lead && !DayCueBefore(s, k)) return {};
  DateMatch m;
  int first = 0;
  if (s.IsNumber(k) && DayRangeLexeme(s.lx[k].key, &first, &m.spec)) {
    m.length = k + 1 - i;
    if (m.spec.year == 0) m.length += YearTail(s, k + 1, &m.spec);
  } else if (s.Int(k, &first, 2) && DayJoiner(s, k + 1)) {
    DateMatch last = DayMonthWords(s, k + 2);
    if (!last.length && s.IsNumber(k + 2) &&
        NumericSpec(s.lx[k + 2].key, /*cued=*/true, /*lead=*/true,
                    &last.spec)) {
      last.length = 1;
      if (last.spec.year == 0) last.length += YearTail(s, k + 3, &last.spec);
    }
    if (!last.length) return {};
    m.spec = last.spec;
    m.length = k + 2 + last.length - i;
  } else {
    return {};
  }
  if (first < 1 || first >= m.spec.day) return {};
  m.spec.first_day = first;
  return m;
}

// "June 19, 2024", "Sept. 13", "June 2024", "early June", "19 June 2024".
DateMatch EnglishMonth(const Scan& s, int i) {
  DateMatch m;
  DateSpec& spec = m.spec;
  int part;
  const int j = i + PartAt(s, i, &part);
  int v;
  if (s.Int(i, &v, 2) && v >= 1 && v <= 31 && s.IsWord(i + 1) &&
      s.lx[i + 1].capitalized) {
    PhraseMatch mo = s.Match(LexTable::kMonthName, i + 1);
    if (!mo || mo.length != 1) return m;
    spec.day = v;
    spec.month = static_cast<int>(s.Number(LexTable::kMonthName, mo));
    int t = i + 2;
    if (s.Int(t, &v) && ValidYear(v)) spec.year = v, ++t;
    m.length = t - i;
    return m;
  }
  if (!s.IsWord(j) || !s.lx[j].capitalized) return m;
  PhraseMatch mo = s.Match(LexTable::kMonthName, j);
  if (!mo || mo.length != 1) return m;
  const std::string& name = s.lx[j].key;
  spec.month = static_cast<int>(s.Number(LexTable::kMonthName, mo));
  int k = j + 1;
  if (s.Is(k, ".") && s.Glued(k) && name.size() <= 4 && name != "june" &&
      name != "july" && name != "may") {
    ++k;
  }
  if (s.Int(k, &v, 2) && v >= 1 && v <= 31 && !part) {
    spec.day = v;
    int t = k + 1;
    if (s.Is(t, ",") && s.Int(t + 1, &v) && ValidYear(v)) {
      spec.year = v, t += 2;
    } else if (s.Int(t, &v) && ValidYear(v)) {
      spec.year = v, ++t;
    }
    m.length = t - i;
    return m;
  }
  spec.grain = Grain::kMonth;
  spec.part = part;
  if (s.Int(k, &v) && ValidYear(v)) {
    spec.year = v;
    m.length = k + 1 - i;
    return m;
  }
  const bool in_cue =
      part || (i > s.first && (s.Is(i - 1, "in") || s.Is(i - 1, "since") ||
                               s.Is(i - 1, "during") || s.Is(i - 1, "until")));
  // A month alone needs "in", "since", ... or a part ("May" is a verb as
  // often as a month); short forms ("Jun") need a day.
  if (!in_cue || (name.size() <= 3 && name != "may")) return {};
  m.length = k - i;
  return m;
}

}  // namespace

DocumentMatch MatchDocument(const Scan& s, int i) {
  DocumentMatch m;
  // "51/2010" is one numeric lexeme; the type follows glued after '/'.
  NumericParts p;
  if (!s.IsNumber(i) || !SplitNumeric(s.lx[i].key, &p) || p.sep != '/' ||
      p.v.size() != 2 || p.digits[1] != 4 || !ValidYear(p.v[1]) ||
      !s.Is(i + 1, "/") || !s.Glued(i + 1) || !s.IsWord(i + 2) ||
      !s.Glued(i + 2) || !s.lx[i + 2].capitalized) {
    return m;
  }
  int k = i + 3;
  std::string type = s.lx[i + 2].key;
  // "NĐ-CP", "TT-BTC", "TTg-NN": parts joined by glued hyphens.
  while (s.Is(k, "-") && s.Glued(k) && s.IsWord(k + 1) && s.Glued(k + 1) &&
         s.lx[k + 1].capitalized) {
    absl::StrAppend(&type, "-", s.lx[k + 1].key);
    k += 2;
  }
  m.length = k - i;
  m.year = p.v[1];
  m.id = absl::StrCat(p.v[0], "/", type);
  return m;
}

DateMatch MatchDate(const Scan& s, int i) {
  if (!s.In(i) || s.lx[i].kind == LexKind::kPunct) return {};
  using Rule = DateMatch (*)(const Scan&, int);
  static constexpr Rule kRules[] = {
      Weekday, RelativeDay, RelativePeriod, Quarter, Month,       YearSpan,
      Year,    DayList,     DayMonthWords,  Numeric, EnglishMonth};
  for (Rule rule : kRules) {
    DateMatch m = rule(s, i);
    if (m.length) return m;
  }
  return {};
}

}  // namespace wirecheck
