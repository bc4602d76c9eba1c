#include "ingest/dates.h"

#include <cstring>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"

namespace wirecheck {
namespace {

constexpr size_t kHeaderBytes = 1500;
constexpr int kHeaderLines = 12;
constexpr size_t kMaxDateLineBytes = 160;
constexpr int kMaxDatelineWords = 6;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char c) { return absl::ascii_isalnum(c); }

// A position in a line plus the small matchers the patterns are built from.
struct Cursor {
  absl::string_view s;
  size_t pos = 0;

  bool AtEnd() const { return pos >= s.size(); }
  char Peek() const { return AtEnd() ? '\0' : s[pos]; }

  // A maximal run of digits whose length lies in [min, max].
  bool Digits(int min, int max, int* v) {
    size_t end = pos;
    int value = 0;
    while (end < s.size() && IsDigit(s[end])) {
      if (static_cast<int>(end - pos) >= max) return false;
      value = value * 10 + (s[end] - '0');
      ++end;
    }
    if (static_cast<int>(end - pos) < min) return false;
    pos = end;
    *v = value;
    return true;
  }
  bool Char(char c) {
    if (Peek() != c) return false;
    ++pos;
    return true;
  }
  bool AnyOf(const char* set, char* got) {
    if (AtEnd() || std::strchr(set, s[pos]) == nullptr) return false;
    *got = s[pos++];
    return true;
  }
  // Case-insensitive ASCII word.
  bool Word(absl::string_view w) {
    if (!absl::StartsWithIgnoreCase(s.substr(pos), w)) return false;
    pos += w.size();
    return true;
  }
  int Spaces() {
    int n = 0;
    while (!AtEnd() && (s[pos] == ' ' || s[pos] == '\t')) ++pos, ++n;
    return n;
  }
};

struct Clock {
  int h = 0, mi = 0, s = 0;
  bool has_seconds = false;
  int offset_minutes = 0;
  bool has_offset = false;
};

bool ValidDate(int y, int m, int d) {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const absl::CivilDay day(y, m, d);
  return day.year() == y && day.month() == m && day.day() == d;
}

// [ ]?(Z | (UTC|GMT)([+-]h[h][:mm])? | [+-]hh[:]mm | [+-]hh), optionally
// in parentheses. "(GMT+7)" is how Vietnamese sites state their zone, so
// the hour may be one digit after a zone name.
void ReadZone(Cursor* c, Clock* clock) {
  Cursor t = *c;
  t.Spaces();
  const bool paren = t.Char('(');
  if (!paren && t.Char('Z')) {
    if (!IsAsciiAlnum(t.Peek())) {
      clock->has_offset = true;
      *c = t;
    }
    return;
  }
  const bool named = t.Word("UTC") || t.Word("GMT");
  char sign;
  int hh = 0, mm = 0;
  Cursor u = t;
  bool offset = false;
  if (u.AnyOf("+-", &sign)) {
    Cursor v = u;
    int hhmm;
    if (v.Digits(4, 4, &hhmm)) {
      hh = hhmm / 100;
      mm = hhmm % 100;
      offset = true;
    } else if ((v = u).Digits(named ? 1 : 2, 2, &hh)) {
      Cursor w = v;
      if (w.Char(':') && w.Digits(2, 2, &mm)) v = w;
      offset = true;
    }
    if (offset) u = v;
  }
  if (offset && hh <= 14 && mm <= 59 && !IsAsciiAlnum(u.Peek()) &&
      (!paren || u.Char(')'))) {
    clock->has_offset = true;
    clock->offset_minutes = (sign == '-' ? -1 : 1) * (hh * 60 + mm);
    *c = u;
  } else if (named && !IsAsciiAlnum(t.Peek()) && (!paren || t.Char(')'))) {
    clock->has_offset = true;
    *c = t;
  }
}

// hh:mm[:ss[.fff]] [AM|PM] [zone]
bool ReadClock(Cursor* c, Clock* clock) {
  Cursor t = *c;
  if (!t.Digits(1, 2, &clock->h) || !t.Char(':') ||
      !t.Digits(2, 2, &clock->mi)) {
    return false;
  }
  Cursor u = t;
  if (u.Char(':') && u.Digits(2, 2, &clock->s)) {
    clock->has_seconds = true;
    t = u;
    Cursor f = t;
    int frac;
    if (f.Char('.') && f.Digits(1, 9, &frac)) t = f;
  }
  Cursor ampm = t;
  ampm.Spaces();
  const bool pm = ampm.Word("PM") || ampm.Word("p.m.");
  const bool am = !pm && (ampm.Word("AM") || ampm.Word("a.m."));
  if ((am || pm) && !IsAsciiAlnum(ampm.Peek())) {
    if (clock->h < 1 || clock->h > 12) return false;
    clock->h = clock->h % 12 + (pm ? 12 : 0);
    t = ampm;
  }
  if (clock->h > 23 || clock->mi > 59 || clock->s > 59) return false;
  if (IsDigit(t.Peek())) return false;
  ReadZone(&t, clock);
  *c = t;
  return true;
}

PublishedTime WithClock(int y, int m, int d, const Clock& clock) {
  absl::CivilSecond t(y, m, d, clock.h, clock.mi, clock.s);
  if (clock.has_offset) t -= clock.offset_minutes * 60;  // To UTC.
  PublishedTime out =
      clock.has_seconds
          ? PublishedTime::Second(t.year(), t.month(), t.day(), t.hour(),
                                  t.minute(), t.second())
          : PublishedTime::Minute(t.year(), t.month(), t.day(), t.hour(),
                                  t.minute());
  out.utc = clock.has_offset;
  return out;
}

// Separators allowed between a date and the time that follows it.
void SkipDateTimeGap(Cursor* c) {
  c->Spaces();
  if (c->Char(',') || c->Char('-') || c->Char('|') || c->Word("lúc") ||
      c->Word("at")) {
    c->Spaces();
  }
}

// Tries "<date> [gap] <time>", falling back to the bare date at day grain.
PublishedTime DayOrTime(Cursor* c, int y, int m, int d) {
  Cursor t = *c;
  SkipDateTimeGap(&t);
  Clock clock;
  if (ReadClock(&t, &clock)) {
    *c = t;
    return WithClock(y, m, d, clock);
  }
  return PublishedTime::Day(y, m, d);
}

// dd/mm/yyyy (also '-' or '.') without anything after it.
bool ReadDmy(Cursor* c, int* y, int* m, int* d) {
  Cursor t = *c;
  char sep, sep2;
  if (!t.Digits(1, 2, d) || !t.AnyOf("/-.", &sep) || !t.Digits(1, 2, m) ||
      !t.AnyOf("/-.", &sep2) || sep != sep2 || !t.Digits(4, 4, y)) {
    return false;
  }
  if (!ValidDate(*y, *m, *d)) return false;
  *c = t;
  return true;
}

PublishedTime TryDmy(Cursor* c) {
  int y, m, d;
  if (!ReadDmy(c, &y, &m, &d)) return {};
  return DayOrTime(c, y, m, d);
}

// yyyy-mm-dd[(T| )hh:mm[:ss[.f]][zone]] or yyyy-mm; `allow_year` accepts a
// bare yyyy (metadata fields only: in text a year alone is just a number).
PublishedTime TryIso(Cursor* c, bool allow_year) {
  Cursor t = *c;
  int y, m, d;
  if (!t.Digits(4, 4, &y) || y < 1900 || y > 2100) return {};
  if (!t.Char('-')) {
    if (!allow_year) return {};
    *c = t;
    return PublishedTime::Year(y);
  }
  if (!t.Digits(2, 2, &m) || m < 1 || m > 12) return {};
  Cursor u = t;
  if (!u.Char('-') || !u.Digits(2, 2, &d)) {
    if (u.pos > t.pos && IsDigit(u.Peek())) return {};
    *c = t;
    return PublishedTime::Month(y, m);
  }
  if (!ValidDate(y, m, d)) return {};
  t = u;
  Cursor v = t;
  Clock clock;
  if ((v.Char('T') || v.Char(' ')) && ReadClock(&v, &clock)) {
    *c = v;
    return WithClock(y, m, d, clock);
  }
  *c = t;
  return PublishedTime::Day(y, m, d);
}

// "ngày 19 tháng 6 năm 2024" (any case of the first letter).
bool ReadVietnameseDate(Cursor* c, int* y, int* m, int* d) {
  Cursor t = *c;
  if (!(t.Word("ngày") || t.Word("Ngày") || t.Word("NGÀY")) || !t.Spaces() ||
      !t.Digits(1, 2, d) || !t.Spaces() ||
      !(t.Word("tháng") || t.Word("Tháng") || t.Word("THÁNG")) || !t.Spaces() ||
      !t.Digits(1, 2, m) || !t.Spaces() ||
      !(t.Word("năm") || t.Word("Năm") || t.Word("NĂM")) || !t.Spaces() ||
      !t.Digits(4, 4, y) || !ValidDate(*y, *m, *d)) {
    return false;
  }
  *c = t;
  return true;
}

PublishedTime TryVietnamese(Cursor* c) {
  int y, m, d;
  if (!ReadVietnameseDate(c, &y, &m, &d)) return {};
  return DayOrTime(c, y, m, d);
}

PublishedTime TryTimeThenDmy(Cursor* c) {
  Cursor t = *c;
  Clock clock;
  int y, m, d;
  if (!ReadClock(&t, &clock)) return {};
  SkipDateTimeGap(&t);
  if (!ReadVietnameseDate(&t, &y, &m, &d)) {
    if (t.Word("ngày") || t.Word("Ngày")) t.Spaces();
    if (!ReadDmy(&t, &y, &m, &d)) return {};
  }
  *c = t;
  return WithClock(y, m, d, clock);
}

constexpr const char* kMonths[] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

// Full English month name, or its first three letters (optionally "Sept"
// and a trailing '.'); 0 when none.
int ReadMonthName(Cursor* c) {
  for (int i = 0; i < 12; ++i) {
    const absl::string_view full = kMonths[i];
    Cursor t = *c;
    if (t.Word(full) || (i == 8 && t.Word("sept")) ||
        t.Word(full.substr(0, 3))) {
      if (IsAsciiAlnum(t.Peek())) continue;
      t.Char('.');
      *c = t;
      return i + 1;
    }
  }
  return 0;
}

void SkipOrdinal(Cursor* c) {
  if (c->Word("st") || c->Word("nd") || c->Word("rd") || c->Word("th")) return;
}

// "June 19, 2024" / "Jun. 19 2024", optionally followed by a time.
PublishedTime TryMonthDayYear(Cursor* c) {
  Cursor t = *c;
  int y, d;
  const int m = ReadMonthName(&t);
  if (m == 0 || !t.Spaces() || !t.Digits(1, 2, &d)) return {};
  SkipOrdinal(&t);
  t.Char(',');
  if (!t.Spaces() || !t.Digits(4, 4, &y) || !ValidDate(y, m, d)) return {};
  *c = t;
  return DayOrTime(c, y, m, d);
}

// "19 June 2024", "26-FEB-1987 15:18:06.67", "Wed, 19 Jun 2024 08:30 GMT".
PublishedTime TryDayMonthYear(Cursor* c) {
  Cursor t = *c;
  int y, d;
  char sep;
  if (!t.Digits(1, 2, &d)) return {};
  SkipOrdinal(&t);
  if (!(t.Spaces() || t.AnyOf("-", &sep))) return {};
  const int m = ReadMonthName(&t);
  if (m == 0) return {};
  if (!(t.Spaces() || t.AnyOf("-", &sep)) || !t.Digits(4, 4, &y) ||
      !ValidDate(y, m, d)) {
    return {};
  }
  *c = t;
  return DayOrTime(c, y, m, d);
}

// All patterns at one position, most specific first.
PublishedTime MatchAt(Cursor* c, bool field_mode) {
  const char ch = c->Peek();
  PublishedTime t;
  if (IsDigit(ch)) {
    if ((t = TryTimeThenDmy(c)).known()) return t;
    if ((t = TryDmy(c)).known()) return t;
    if ((t = TryIso(c, field_mode)).known()) return t;
    if ((t = TryDayMonthYear(c)).known()) return t;
  } else if (std::strchr("jfmasondJFMASOND", ch) != nullptr && ch != '\0') {
    // Only these letters start an English month name.
    if ((t = TryMonthDayYear(c)).known()) return t;
  }
  if ((ch == 'n' || ch == 'N') && (t = TryVietnamese(c)).known()) return t;
  return {};
}

// Matches must start a word: "x12/05/2024" or "2024" inside "A2024" do not
// count.
bool StartsWord(absl::string_view s, size_t pos) {
  return pos == 0 || !IsAsciiAlnum(s[pos - 1]);
}

}  // namespace

PublishedTime FindDateInLine(absl::string_view line,
                             std::pair<size_t, size_t>* match) {
  for (size_t pos = 0; pos < line.size(); ++pos) {
    if (!StartsWord(line, pos)) continue;
    Cursor c{line, pos};
    const PublishedTime t = MatchAt(&c, /*field_mode=*/false);
    if (t.known() && !IsAsciiAlnum(c.Peek())) {
      if (match != nullptr) *match = {pos, c.pos};
      return t;
    }
  }
  return {};
}

bool IsDateline(absl::string_view line) {
  // A trailing comma means a sentence broken across lines ("Ngày 9.11.2010,").
  if (line.size() > kMaxDateLineBytes || absl::EndsWith(line, ","))
    return false;
  std::pair<size_t, size_t> match;
  if (!FindDateInLine(line, &match).known()) return false;
  const auto words = [](absl::string_view s) {
    int n = 0;
    bool in_word = false;
    for (char c : s) {
      const bool space = c == ' ' || c == '\t';
      if (!space && !in_word) ++n;
      in_word = !space;
    }
    return n;
  };
  return words(line.substr(0, match.first)) +
             words(line.substr(match.second)) <=
         kMaxDatelineWords;
}

bool ParseDateField(absl::string_view value, PublishedTime* out) {
  value = absl::StripAsciiWhitespace(value);
  Cursor c{value, 0};
  // RFC 822 style "Wed, 19 Jun 2024 ...": the weekday adds nothing.
  Cursor w = c;
  while (absl::ascii_isalpha(w.Peek())) ++w.pos;
  if (w.pos > 0 && w.Char(',')) {
    w.Spaces();
    c = w;
  }
  const PublishedTime t = MatchAt(&c, /*field_mode=*/true);
  c.Spaces();
  if (!t.known() || !c.AtEnd()) return false;
  *out = t;
  return true;
}

PublishedTime InferPublishedFromText(absl::string_view text) {
  size_t pos = 0;
  int lines = 0;
  while (pos < text.size() && pos < kHeaderBytes && lines < kHeaderLines) {
    size_t end = text.find('\n', pos);
    if (end == absl::string_view::npos) end = text.size();
    const absl::string_view line =
        absl::StripAsciiWhitespace(text.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty()) continue;
    ++lines;
    if (IsDateline(line)) return FindDateInLine(line);
  }
  return {};
}

}  // namespace wirecheck
