#include "compare/dates.h"

#include <cstdlib>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"

namespace wirecheck {
namespace {

using Grain = DateSpec::Grain;
using Rel = DateSpec::Relative;

bool Is(const std::vector<Lexeme>& lx, int i, int end, const char* key) {
  return i < end && lx[i].kind != LexKind::kNumber && lx[i].key == key;
}

bool IntOf(const Lexeme& l, int* v) {
  if (l.kind != LexKind::kNumber) return false;
  if (l.key.find_first_not_of("0123456789") != std::string::npos) return false;
  return l.key.size() <= 4 && absl::SimpleAtoi(l.key, v);
}

bool ValidDay(int d, int m) { return m >= 1 && m <= 12 && d >= 1 && d <= 31; }
bool ValidYear(int y) { return y >= 1900 && y <= 2100; }

const absl::flat_hash_map<std::string, int>& MonthNames() {
  static const auto* const k = new absl::flat_hash_map<std::string, int>{
      {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3},
      {"mar", 3}, {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6},
      {"jun", 6}, {"july", 7}, {"jul", 7}, {"august", 8}, {"aug", 8},
      {"september", 9}, {"sept", 9}, {"sep", 9}, {"october", 10},
      {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12},
      {"dec", 12}};
  return *k;
}

const absl::flat_hash_map<std::string, int>& EnglishWeekdays() {
  static const auto* const k = new absl::flat_hash_map<std::string, int>{
      {"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3},
      {"friday", 4}, {"saturday", 5}, {"sunday", 6}};
  return *k;
}

// Vietnamese weekday word after "thứ": hai=Monday .. bảy=Saturday.
int VietWeekday(const Lexeme& l) {
  static const auto* const k = new absl::flat_hash_map<std::string, int>{
      {"hai", 0}, {"ba", 1}, {"tư", 2}, {"năm", 3}, {"sáu", 4}, {"bảy", 5},
      {"2", 0}, {"3", 1}, {"4", 2}, {"5", 3}, {"6", 4}, {"7", 5}};
  auto it = k->find(l.key);
  return it == k->end() ? -1 : it->second;
}

// Words that make a bare "19/6" or "23-10" a date.
bool IsDayCue(const Lexeme& l) {
  static const auto* const k = new absl::flat_hash_map<std::string, int>{
      {"ngày", 1}, {"hôm", 1}, {"sáng", 1}, {"chiều", 1}, {"tối", 1},
      {"đêm", 1}, {"trưa", 1}, {"khuya", 1}, {"vào", 1}, {"từ", 1},
      {"đến", 1}, {"tới", 1}, {"mùng", 1}, {"mồng", 1}, {"rạng", 1},
      {"on", 1}, {"nay", 1}, {"qua", 1}, {"(", 1}, {",", 1}};
  return l.kind != LexKind::kNumber && k->contains(l.key);
}

// "19/6/2024", "19-6-2024", "19/6", "2024-06-19", "10/2023" (month_first).
bool SplitNumericDate(const Lexeme& l, DateSpec* s, bool after_thang) {
  if (l.kind != LexKind::kNumber) return false;
  std::vector<std::string> p = absl::StrSplit(l.key, absl::ByAnyChar("/-"));
  if (p.size() < 2 || p.size() > 3) return false;
  int a, b, c = 0;
  if (!absl::SimpleAtoi(p[0], &a) || !absl::SimpleAtoi(p[1], &b)) return false;
  if (p.size() == 3 && !absl::SimpleAtoi(p[2], &c)) return false;
  if (l.key.find('.') != std::string::npos || l.key.find(',') != std::string::npos)
    return false;
  // Mixed separators are a day range, not a date: "2-10/11" is 2 to 10
  // November (never 2 October 2011).
  if (l.key.find('/') != std::string::npos && l.key.find('-') != std::string::npos)
    return false;
  if (after_thang) {
    if (p.size() != 2 || a < 1 || a > 12 || !ValidYear(b)) return false;
    s->grain = Grain::kMonth;
    s->month = a;
    s->year = b;
    return true;
  }
  if (p.size() == 3 && p[0].size() == 4) {  // ISO 2024-06-19.
    if (!ValidYear(a) || !ValidDay(c, b)) return false;
    s->year = a, s->month = b, s->day = c;
    return true;
  }
  if (!ValidDay(a, b)) return false;
  if (p.size() == 3) {
    if (p[2].size() == 2) c += 2000;
    if (!ValidYear(c)) return false;
    s->year = c;
  }
  s->day = a, s->month = b;
  return true;
}

// "năm 2024" / "năm nay" / "năm ngoái" after a consumed "tháng M" etc.
int YearTail(const std::vector<Lexeme>& lx, int i, int end, DateSpec* s) {
  int y;
  if (Is(lx, i, end, "năm") && i + 1 < end) {
    if (IntOf(lx[i + 1], &y) && ValidYear(y)) {
      s->year = y;
      return 2;
    }
    const std::string& w = lx[i + 1].key;
    int off = w == "nay" ? 0 : (w == "ngoái" || w == "trước") ? -1
              : (w == "tới" || w == "sau") ? 1 : 99;
    if (off != 99) {
      s->year_relative = true;
      s->year_offset = off;
      return 2;
    }
  }
  if (i + 1 < end && lx[i].key == "," && IntOf(lx[i + 1], &y) && ValidYear(y)) {
    s->year = y;
    return 2;
  }
  if (i < end && IntOf(lx[i], &y) && ValidYear(y) && lx[i].space_before) {
    s->year = y;
    return 1;
  }
  return 0;
}

int Part(const std::string& w) {
  if (w == "đầu" || w == "early") return 1;
  if (w == "giữa" || w == "mid" || w == "middle") return 2;
  if (w == "cuối" || w == "late") return 3;
  return 0;
}

int RelativeOffsetWord(const std::string& w) {
  if (w == "nay" || w == "này" || w == "this") return 0;
  if (w == "trước" || w == "ngoái" || w == "last" || w == "qua") return -1;
  if (w == "tới" || w == "sau" || w == "next") return 1;
  return 99;
}

DateMatch MatchVietnamese(const std::vector<Lexeme>& lx, int i, int end) {
  DateMatch m;
  DateSpec& s = m.spec;
  const Lexeme& l = lx[i];
  int v;
  // Weekday: "thứ Ba", "thứ 3", "chủ nhật", then optional "(19/6)".
  if (l.key == "thứ" && i + 1 < end && VietWeekday(lx[i + 1]) >= 0) {
    const Lexeme& d = lx[i + 1];
    bool prev_cue = i > 0 && IsDayCue(lx[i - 1]) && lx[i - 1].key != ",";
    bool ordinal_prev = i > 0 && (lx[i - 1].key == "lần" || lx[i - 1].key == "người");
    if (!ordinal_prev && (d.capitalized || prev_cue)) {
      s.relative = Rel::kWeekday;
      s.weekday = VietWeekday(d);
      m.length = 2;
    }
  } else if (l.key == "chủ" && Is(lx, i + 1, end, "nhật")) {
    s.relative = Rel::kWeekday;
    s.weekday = 6;
    m.length = 2;
  }
  if (m.length) {
    int j = i + m.length;
    if (Is(lx, j, end, "tuần") && j + 1 < end) {
      int off = RelativeOffsetWord(lx[j + 1].key);
      if (off != 99) s.offset = off, m.length += 2, j += 2;
    }
    // An explicit date after the weekday wins: "thứ Tư (19/6)".
    int k = j;
    if (k < end && (lx[k].key == "," || lx[k].key == "(")) ++k;
    if (Is(lx, k, end, "ngày")) ++k;
    DateSpec explicit_date;
    if (k < end && SplitNumericDate(lx[k], &explicit_date, false)) {
      s = explicit_date;
      m.length = k + 1 - i;
      if (k + 1 < end && lx[k + 1].key == ")") ++m.length;
    }
    return m;
  }
  // Relative days: "hôm qua", "hôm nay", "ngày mai", "sáng nay", "đêm qua".
  static const auto* const kDayRel = new absl::flat_hash_map<std::string, int>{
      {"hôm qua", -1}, {"hôm nay", 0}, {"ngày mai", 1}, {"hôm kia", -2},
      {"sáng nay", 0}, {"chiều nay", 0}, {"tối nay", 0}, {"trưa nay", 0},
      {"đêm nay", 0}, {"sáng qua", -1}, {"chiều qua", -1}, {"tối qua", -1},
      {"đêm qua", -1}, {"trưa qua", -1}, {"ngày hôm qua", -1},
      {"ngày hôm nay", 0}, {"sáng mai", 1}};
  if (i + 1 < end) {
    std::string two = l.key + " " + lx[i + 1].key;
    if (i + 2 < end && l.key == "ngày") {
      auto it3 = kDayRel->find(two + " " + lx[i + 2].key);
      if (it3 != kDayRel->end()) {
        s.relative = Rel::kDay, s.offset = it3->second, m.length = 3;
        return m;
      }
    }
    auto it = kDayRel->find(two);
    if (it != kDayRel->end()) {
      s.relative = Rel::kDay, s.offset = it->second, m.length = 2;
      return m;
    }
  }
  // Parts: "đầu/giữa/cuối" + tháng/năm/tuần phrase.
  int part = Part(l.key);
  int j = i + (part ? 1 : 0);
  if (part && j >= end) return m;
  const std::string& head = lx[j].key;
  if (lx[j].kind == LexKind::kWord &&
      (head == "tháng" || head == "năm" || head == "tuần") && j + 1 < end) {
    const Lexeme& next = lx[j + 1];
    int off = next.kind == LexKind::kWord ? RelativeOffsetWord(next.key) : 99;
    bool prev_number = i > 0 && lx[i - 1].kind == LexKind::kNumber;
    if (off != 99 && !(next.key == "qua" && !part) && !prev_number) {
      s.relative = head == "tháng" ? Rel::kMonth : head == "năm" ? Rel::kYear : Rel::kWeek;
      s.grain = head == "tháng" ? Grain::kMonth : head == "năm" ? Grain::kYear : Grain::kWeek;
      s.offset = off, s.part = part;
      m.length = j + 2 - i;
      return m;
    }
    if (head == "tháng") {
      if (SplitNumericDate(next, &s, true)) {
        s.part = part, m.length = j + 2 - i;
        return m;
      }
      if (IntOf(next, &v) && v >= 1 && v <= 12 && next.key.size() <= 2) {
        s.grain = Grain::kMonth, s.month = v, s.part = part;
        m.length = j + 2 - i + YearTail(lx, j + 2, end, &s);
        return m;
      }
    }
    if (head == "năm" && IntOf(next, &v) && ValidYear(v) && next.key.size() == 4) {
      s.grain = Grain::kYear, s.year = v, s.part = part;
      m.length = j + 2 - i;
      return m;
    }
  }
  if (part) return m;
  // "quý 3", "quý III", "quý 3/2024", "quý 3 năm 2024".
  if (l.key == "quý" && i + 1 < end) {
    static const auto* const kQ = new absl::flat_hash_map<std::string, int>{
        {"1", 1}, {"2", 2}, {"3", 3}, {"4", 4}, {"i", 1}, {"ii", 2},
        {"iii", 3}, {"iv", 4}, {"một", 1}, {"hai", 2}, {"ba", 3}, {"bốn", 4}};
    std::vector<std::string> p = absl::StrSplit(lx[i + 1].key, '/');
    auto it = kQ->find(p[0]);
    if (it != kQ->end()) {
      s.grain = Grain::kQuarter, s.quarter = it->second;
      if (p.size() == 2 && absl::SimpleAtoi(p[1], &v) && ValidYear(v)) s.year = v;
      m.length = 2;
      if (!s.year && i + 3 < end && lx[i + 2].key == "/" && !lx[i + 2].space_before &&
          IntOf(lx[i + 3], &v) && ValidYear(v)) {
        s.year = v;
        m.length = 4;
      }
      if (!s.year) m.length += YearTail(lx, i + 2, end, &s);
      return m;
    }
  }
  // "ngày 19/6/2024", "hôm 14/9", "19 tháng 6 năm 2024", "mùng 2/9".
  int k = i;
  static const auto* const kSpanCue = new absl::flat_hash_map<std::string, int>{
      {"ngày", 1}, {"hôm", 1}, {"sáng", 1}, {"chiều", 1}, {"tối", 1},
      {"đêm", 1}, {"trưa", 1}, {"khuya", 1}, {"mùng", 1}, {"mồng", 1},
      {"rạng", 1}};
  bool cue = l.kind == LexKind::kWord && kSpanCue->contains(l.key);
  if (cue) ++k;
  if (k >= end) return m;
  if (IntOf(lx[k], &v) && v >= 1 && v <= 31 && Is(lx, k + 1, end, "tháng") &&
      k + 2 < end) {
    int mo;
    if (IntOf(lx[k + 2], &mo) && mo >= 1 && mo <= 12) {
      s.day = v, s.month = mo;
      m.length = k + 3 - i;
      m.length += YearTail(lx, k + 3, end, &s);
      return m;
    }
  }
  if (lx[k].kind == LexKind::kNumber) {
    DateSpec d;
    if (SplitNumericDate(lx[k], &d, false)) {
      bool full = d.year != 0;
      bool cued = cue || (k > 0 && IsDayCue(lx[k - 1]));
      if (full || (cued && lx[k].key.find('/') != std::string::npos) ||
          (cue && lx[k].key.find('-') != std::string::npos)) {
        s = d;
        m.length = k + 1 - i;
        if (!full) m.length += YearTail(lx, k + 1, end, &s);
      }
    }
  }
  return m;
}

DateMatch MatchEnglish(const std::vector<Lexeme>& lx, int i, int end) {
  DateMatch m;
  DateSpec& s = m.spec;
  const Lexeme& l = lx[i];
  int v;
  static const auto* const kDayRel = new absl::flat_hash_map<std::string, int>{
      {"yesterday", -1}, {"today", 0}, {"tomorrow", 1}, {"tonight", 0}};
  auto dr = kDayRel->find(l.key);
  if (dr != kDayRel->end()) {
    s.relative = Rel::kDay, s.offset = dr->second, m.length = 1;
    return m;
  }
  int part = Part(l.key);
  int j = i + (part ? 1 : 0);
  if (j < end && (part || l.key == "last" || l.key == "this" || l.key == "next")) {
    int off = RelativeOffsetWord(lx[j].key);
    int k = off == 99 ? j : j + 1;
    if (off == 99) off = 0;
    if (k < end && lx[k].kind == LexKind::kWord &&
        (off != 0 || k > j || part)) {
      const std::string& u = lx[k].key;
      auto wd = EnglishWeekdays().find(u);
      if (wd != EnglishWeekdays().end() && lx[k].capitalized && !part) {
        s.relative = Rel::kWeekday, s.weekday = wd->second;
        s.offset = off == 0 ? 0 : off;
        m.length = k + 1 - i;
        return m;
      }
      if ((u == "year" || u == "month" || u == "week") && k > j) {
        s.relative = u == "year" ? Rel::kYear : u == "month" ? Rel::kMonth : Rel::kWeek;
        s.grain = u == "year" ? Grain::kYear : u == "month" ? Grain::kMonth : Grain::kWeek;
        s.offset = off, s.part = part;
        m.length = k + 1 - i;
        return m;
      }
    }
  }
  // Weekday alone ("on Tuesday", "Tuesday's attack").
  auto wd = EnglishWeekdays().find(l.key);
  if (wd != EnglishWeekdays().end() && l.capitalized) {
    s.relative = Rel::kWeekday, s.weekday = wd->second, m.length = 1;
    int k = i + 1;
    if (k < end && lx[k].key == ",") ++k;
    if (k < end && lx[k].kind == LexKind::kWord) {
      DateMatch inner = MatchEnglish(lx, k, end);
      if (inner.length && inner.spec.relative == Rel::kNone) {
        inner.length += k - i;
        return inner;
      }
    }
    return m;
  }
  // "June 19, 2024", "Sept. 13", "June 2024", "early June".
  auto mo = MonthNames().find(lx[j].key);
  if (j < end && lx[j].capitalized && mo != MonthNames().end()) {
    int k = j + 1;
    const std::string& name = lx[j].key;
    if (k < end && lx[k].key == "." && !lx[k].space_before && name.size() <= 4 &&
        name != "june" && name != "july" && name != "may") {
      ++k;
    }
    s.month = mo->second;
    if (k < end && IntOf(lx[k], &v) && v >= 1 && v <= 31 && lx[k].key.size() <= 2 &&
        !part) {
      s.day = v;
      int t = k + 1;
      if (t + 1 < end && lx[t].key == "," && IntOf(lx[t + 1], &v) && ValidYear(v)) {
        s.year = v, t += 2;
      } else if (t < end && IntOf(lx[t], &v) && ValidYear(v)) {
        s.year = v, ++t;
      }
      m.length = t - i;
      return m;
    }
    s.grain = Grain::kMonth, s.part = part;
    if (k < end && IntOf(lx[k], &v) && ValidYear(v)) {
      s.year = v;
      m.length = k + 1 - i;
      return m;
    }
    bool in_cue = part || (i > 0 && (lx[i - 1].key == "in" || lx[i - 1].key == "since" ||
                                      lx[i - 1].key == "during" || lx[i - 1].key == "until"));
    if (in_cue) m.length = k - i;
    if (mo->first.size() <= 3 && mo->first != "may") m.length = 0;
    return m;
  }
  // "19 June 2024", "19 June".
  if (IntOf(l, &v) && v >= 1 && v <= 31 && i + 1 < end && lx[i + 1].capitalized) {
    auto mo2 = MonthNames().find(lx[i + 1].key);
    if (mo2 != MonthNames().end()) {
      s.day = v, s.month = mo2->second;
      int t = i + 2;
      if (t < end && IntOf(lx[t], &v) && ValidYear(v)) s.year = v, ++t;
      m.length = t - i;
      return m;
    }
  }
  // "in 2024", "early 2024", "Q3", "third quarter".
  if (j < end && IntOf(lx[j], &v) && ValidYear(v) && lx[j].key.size() == 4 &&
      (part || (i > 0 && (lx[i - 1].key == "in" || lx[i - 1].key == "since")))) {
    s.grain = Grain::kYear, s.year = v, s.part = part;
    m.length = j + 1 - i;
    return m;
  }
  static const auto* const kQuarter = new absl::flat_hash_map<std::string, int>{
      {"q1", 1}, {"q2", 2}, {"q3", 3}, {"q4", 4}, {"first", 1}, {"second", 2},
      {"third", 3}, {"fourth", 4}};
  if (l.key == "q" && l.capitalized && i + 1 < end && !lx[i + 1].space_before &&
      IntOf(lx[i + 1], &v) && v >= 1 && v <= 4) {
    s.grain = Grain::kQuarter, s.quarter = v;
    m.length = 2;
    return m;
  }
  auto q = kQuarter->find(l.key);
  if (q != kQuarter->end()) {
    int k = i + 1;
    if (l.key.size() > 2) {
      if (!Is(lx, k, end, "quarter")) return m;
      ++k;
    }
    s.grain = Grain::kQuarter, s.quarter = q->second;
    if (Is(lx, k, end, "of") && k + 1 < end && IntOf(lx[k + 1], &v) && ValidYear(v)) {
      s.year = v, k += 2;
    }
    m.length = k - i;
  }
  return m;
}

}  // namespace

DateMatch MatchDate(const std::vector<Lexeme>& lx, int i, int end) {
  if (i >= end || lx[i].kind == LexKind::kPunct) return {};
  DateMatch m = MatchVietnamese(lx, i, end);
  if (m.length == 0) m = MatchEnglish(lx, i, end);
  return m;
}

}  // namespace wirecheck
