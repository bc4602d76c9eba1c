// compare/dates.h: date expressions and their resolution to day intervals.
//
// MatchDate looks at one lexeme position and recognises a full date
// ("ngày 19/6/2024", "19 tháng 6 năm 2024", "June 19, 2024", "2024-06-19"),
// a partial one ("19/6", "hôm 14/9", "tháng 10/2023", "tháng 6", "năm 2000",
// "Sept. 13", "quý 3"), a part ("đầu tháng 6", "cuối năm 2023"), a weekday
// ("thứ Ba", "chủ nhật", "on Tuesday") or a relative one ("hôm qua", "năm
// ngoái", "tuần trước", "đầu tháng này", "last year"). ResolveDate turns the
// spec into an inclusive day interval against the article's publication
// time, leaning to the past unless `future` is set; parts it cannot know stay
// unknown (XXXX-09-14) rather than guessed.
//
//   DateMatch m = MatchDate(lexemes, i, end);
//   if (m.length) ResolveDate(m.spec, published, /*future=*/false, &from, &to);
#ifndef WIRECHECK_COMPARE_DATES_H_
#define WIRECHECK_COMPARE_DATES_H_

#include <vector>

#include "compare/claim.h"
#include "compare/lexer.h"
#include "ingest/article.h"

namespace wirecheck {

struct DateSpec {
  enum class Grain { kDay, kWeek, kMonth, kQuarter, kYear };
  enum class Relative { kNone, kDay, kWeek, kMonth, kYear, kWeekday };
  Grain grain = Grain::kDay;
  int year = 0, month = 0, day = 0;  // Explicit parts; 0 = not given.
  int quarter = 0;                   // 1..4 for kQuarter.
  int part = 0;                      // 1 early, 2 middle, 3 late; 0 whole.
  Relative relative = Relative::kNone;
  int offset = 0;    // Relative offset in the relative unit (-1 = last).
  int weekday = -1;  // 0 = Monday .. 6 = Sunday for kWeekday.
  int year_offset = 0;
  bool year_relative = false;  // "tháng 6 năm ngoái": year from offset.
};

struct DateMatch {
  int length = 0;  // Lexemes consumed; 0 when no date starts here.
  DateSpec spec;
};

DateMatch MatchDate(const std::vector<Lexeme>& lx, int i, int end);

// Fills the inclusive interval [*from, *to]. Unknown parts are 0.
void ResolveDate(const DateSpec& spec, const PublishedTime& published,
                 bool future, DateParts* from, DateParts* to);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_DATES_H_
