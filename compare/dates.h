// compare/dates.h: date expressions and their resolution to day intervals.
//
// MatchDate looks at one lexeme of a sentence and recognises, by the named
// rules in dates.cc (each a few lines, the words they read all in
// data/lexicon/):
//   * a numeric date: "ngày 19/6/2024", "19/6", "2024-06-19", "3/9/91",
//     "ngày 1.11", "Hôm nay 23.10" (a dot needs a day cue);
//   * days of one month listed after a day cue: "đêm 18 và 19/10", "ngày
//     18-19/10", "từ ngày 18 đến 19/10", "ngày 5, 6 tháng 11" (one date
//     spanning the first day to the last);
//   * words: "19 tháng 6 năm 2024", "mồng 3 tháng ba", "tháng Mười",
//     "June 19, 2024", "Sept. 13", "19 June";
//   * a month, quarter or year: "tháng 10/2023", "quý 4 của năm 2018",
//     "Q3", "năm 2000", "in 2024", with a part ("đầu tháng 6", "cuối năm");
//   * a weekday ("thứ Ba", "chủ nhật", "vào ngày thứ Sáu tuần này", "on
//     Tuesday"), checked against an explicit date written with it ("thứ 2
//     ngày 6/2");
//   * a relative date ("hôm qua", "năm ngoái", "tuần trước", "đầu tháng
//     này", "last year").
// ResolveDate turns the spec into an inclusive day interval against the
// article's publication time, leaning to the past unless `future` is set;
// parts it cannot know stay unknown (XXXX-09-14) rather than guessed.
//
//   DateMatch m = MatchDate(scan, i);
//   if (m.length) ResolveDate(m.spec, published, /*future=*/false, &from, &to);
#ifndef WIRECHECK_COMPARE_DATES_H_
#define WIRECHECK_COMPARE_DATES_H_

#include <string>

#include "compare/claim.h"
#include "compare/scan.h"
#include "ingest/article.h"

namespace wirecheck {

struct DateSpec {
  enum class Grain { kDay, kWeek, kMonth, kQuarter, kYear };
  enum class Relative { kNone, kDay, kWeek, kMonth, kYear, kWeekday };
  Grain grain = Grain::kDay;
  int year = 0, month = 0, day = 0;  // Explicit parts; 0 = not given.
  // The first of days listed before one month ("18 và 19/10", "18-19/10"):
  // the date spans it to `day`; 0 for one day.
  int first_day = 0;
  // The first of years spanned ("2007-2013", "giai đoạn 2007 - 2012"): the
  // date runs from that year's January to `year`'s December; 0 for one.
  int first_year = 0;
  bool two_digit_year = false;  // `year` is "91" of "3/9/91".
  int quarter = 0;              // 1..4 for kQuarter.
  int part = 0;                 // 1 early, 2 middle, 3 late; 0 whole.
  Relative relative = Relative::kNone;
  int offset = 0;    // Relative offset in the relative unit (-1 = last).
  int weekday = -1;  // 0 = Monday .. 6 = Sunday for kWeekday.
  // The weekday was placed in a named week ("thứ Sáu tuần này"): it is
  // that week's day, whether before or after publication.
  bool week_named = false;
  int year_offset = 0;
  bool year_relative = false;  // "tháng 6 năm ngoái": year from offset.
  // A weekday written next to an explicit date ("thứ Hai (19/6)"): checked
  // against the resolved date; -1 when none.
  int stated_weekday = -1;
  // +1 when the words point forward ("Ngày mai (24/10)"): a partial date
  // then resolves forward whatever the future markers say.
  int lean = 0;
};

struct DateMatch {
  int length = 0;  // Lexemes consumed; 0 when no date starts here.
  DateSpec spec;
};

DateMatch MatchDate(const Scan& scan, int i);

// A legal document's number with its year of issue: "51/2010/NĐ-CP",
// "332/2016/TT-BTC". `id` is the number and the type without the year
// ("51/nđ-cp"), which names the document whatever year an outlet gives.
struct DocumentMatch {
  int length = 0;  // Lexemes consumed; 0 when none starts here.
  int year = 0;
  std::string id;
};
DocumentMatch MatchDocument(const Scan& scan, int i);

// Fills the inclusive interval [*from, *to]. Unknown parts are 0.
void ResolveDate(const DateSpec& spec, const PublishedTime& published,
                 bool future, DateParts* from, DateParts* to);

// True when the known parts of `d` can name a day: "31/6" cannot, nor
// 29/2/2023 (29/2 with the year unknown can).
bool IsCalendarDay(const DateParts& d);

// True when `spec` states a weekday that the resolved day [from] is not.
bool WeekdayMismatch(const DateSpec& spec, const DateParts& from);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_DATES_H_
