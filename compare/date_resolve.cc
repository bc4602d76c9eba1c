#include "absl/time/civil_time.h"
#include "compare/dates.h"

// Resolution half of compare/dates.h: DateSpec -> inclusive day interval.
namespace wirecheck {
namespace {

using Grain = DateSpec::Grain;
using Rel = DateSpec::Relative;

int DaysIn(int y, int m) {
  if (y <= 0) y = 2000;  // Unknown year: allow 29 February.
  return static_cast<int>(absl::CivilDay(absl::CivilMonth(y, m) + 1) -
                          absl::CivilDay(absl::CivilMonth(y, m)));
}

DateParts FromDay(absl::CivilDay d) {
  return {static_cast<int>(d.year()), d.month(), d.day()};
}

// Weekday index 0 = Monday.
int WeekdayIndex(absl::CivilDay d) {
  switch (absl::GetWeekday(d)) {
    case absl::Weekday::monday:
      return 0;
    case absl::Weekday::tuesday:
      return 1;
    case absl::Weekday::wednesday:
      return 2;
    case absl::Weekday::thursday:
      return 3;
    case absl::Weekday::friday:
      return 4;
    case absl::Weekday::saturday:
      return 5;
    case absl::Weekday::sunday:
      return 6;
  }
  return 0;
}

// Narrows [from, to] (a month or year, or a week) to its early/mid/late part.
void ApplyPart(int part, Grain grain, DateParts* from, DateParts* to) {
  if (part == 0) return;
  if (grain == Grain::kMonth) {
    int last = to->day;
    from->day = part == 1 ? 1 : part == 2 ? 11 : 21;
    to->day = part == 1 ? 10 : part == 2 ? 20 : last;
  } else if (grain == Grain::kYear) {
    from->month = part == 1 ? 1 : part == 2 ? 5 : 9;
    to->month = part == 1 ? 4 : part == 2 ? 8 : 12;
    from->day = 1;
    to->day = DaysIn(to->year, to->month);
  }
}

// A day this close after publication, with no tense, is this year's.
constexpr int kSoonDays = 14;

// "91" of "3/9/91": the century that puts the year no later than one year
// after publication (1991 in a 2016 article, 2015 for "15").
int FullYear(int two_digits, const PublishedTime& pub) {
  const int now = pub.known() ? static_cast<int>(pub.start.year()) : 2030;
  int year = (now / 100) * 100 + two_digits;
  if (year > now + 1) year -= 100;
  return year;
}

}  // namespace

bool IsCalendarDay(const DateParts& d) {
  if (d.month < 0 || d.month > 12 || d.day < 0 || d.day > 31) return false;
  return d.month == 0 || d.day == 0 || d.day <= DaysIn(d.year, d.month);
}

bool WeekdayMismatch(const DateSpec& spec, const DateParts& from) {
  if (spec.stated_weekday < 0 || !from.complete()) return false;
  return WeekdayIndex(absl::CivilDay(from.year, from.month, from.day)) !=
         spec.stated_weekday;
}

void ResolveDate(const DateSpec& s, const PublishedTime& pub, bool future,
                 DateParts* from, DateParts* to) {
  future = future || s.lean > 0;
  using PG = PublishedTime::Grain;
  const bool has_day = pub.known() && pub.grain >= PG::kDay;
  const bool has_month = pub.known() && pub.grain >= PG::kMonth;
  const bool has_year = pub.known();
  *from = *to = DateParts{};
  const absl::CivilDay anchor(pub.start);
  if (s.relative == Rel::kWeekday && s.week_named) {
    if (!has_day) return;
    // "thứ Sáu tuần này": that week's day, before or after publication.
    const absl::CivilDay monday = anchor - WeekdayIndex(anchor) + 7 * s.offset;
    *from = *to = FromDay(monday + s.weekday);
    return;
  }
  if (s.relative == Rel::kDay || s.relative == Rel::kWeekday ||
      s.relative == Rel::kWeek) {
    if (!has_day) return;
    absl::CivilDay d = anchor + s.offset;
    if (s.relative == Rel::kWeekday) {
      absl::CivilDay week_ref = anchor + 7 * s.offset;
      int delta = s.weekday - WeekdayIndex(week_ref);
      d = week_ref + delta;
      if (s.offset == 0) {
        if (!future && d > anchor) d -= 7;
        if (future && d < anchor) d += 7;
      }
    }
    if (s.relative == Rel::kWeek) {
      absl::CivilDay monday = anchor - WeekdayIndex(anchor) + 7 * s.offset;
      absl::CivilDay first = monday, last = monday + 6;
      if (s.part == 1) last = monday + 2;
      if (s.part == 3) first = monday + 5;
      *from = FromDay(first), *to = FromDay(last);
      return;
    }
    *from = *to = FromDay(d);
    return;
  }
  if (s.relative == Rel::kMonth) {
    if (!has_month) return;
    absl::CivilMonth m = absl::CivilMonth(pub.start) + s.offset;
    *from = {static_cast<int>(m.year()), m.month(), 1};
    *to = {static_cast<int>(m.year()), m.month(), DaysIn(m.year(), m.month())};
    ApplyPart(s.part, Grain::kMonth, from, to);
    return;
  }
  int year = s.year;
  if (s.two_digit_year) year = FullYear(s.year, pub);
  if (s.relative == Rel::kYear || s.year_relative) {
    if (!has_year) return;
    year = static_cast<int>(pub.start.year()) +
           (s.relative == Rel::kYear ? s.offset : s.year_offset);
  }
  int m_from = s.month, m_to = s.month, d_from = s.day, d_to = s.day;
  if (s.grain == Grain::kYear) m_from = 1, m_to = 12, d_from = 1, d_to = 31;
  if (s.grain == Grain::kQuarter) {
    m_from = 3 * s.quarter - 2, m_to = 3 * s.quarter, d_from = 1;
  }
  if (s.grain == Grain::kMonth) d_from = 1;
  if (s.grain == Grain::kDay && s.first_day > 0) d_from = s.first_day;
  bool year_guessed = false;
  if (year == 0 && has_month && s.grain != Grain::kYear) {
    year = static_cast<int>(pub.start.year());
    year_guessed = true;
  }
  auto last_day = [&](int y, int m) { return DaysIn(y, m); };
  if (s.grain == Grain::kMonth || s.grain == Grain::kQuarter)
    d_to = last_day(year, m_to);
  if (year_guessed && has_month) {
    absl::CivilDay start(year, m_from, d_from);
    absl::CivilDay stop(year, m_to, d_to);
    absl::CivilDay pub_first(pub.start);
    absl::CivilDay pub_last(pub.end() - 1);
    if (!has_day) pub_first = absl::CivilDay(absl::CivilMonth(pub.start));
    // News tells the past, so a day after publication is last year's,
    // unless it is days away: "ngày 1.11" in a 23/10 article is next week
    // (a programme, or a publication time a day off), not 51 weeks ago.
    // Months and quarters that have not begun are last year's.
    const int soon = s.grain == Grain::kDay ? kSoonDays : 0;
    if (!future && start > pub_last + soon) --year;
    if (future && stop < pub_first) ++year;
    if (s.grain == Grain::kMonth || s.grain == Grain::kQuarter)
      d_to = last_day(year, m_to);
  }
  *from = {s.first_year > 0 ? s.first_year : year, m_from, d_from};
  *to = {year, m_to, d_to};
  ApplyPart(s.part, s.grain, from, to);
}

}  // namespace wirecheck
