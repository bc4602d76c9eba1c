// compare/quantity.h: one numeric expression with its qualifier and unit.
//
// MatchQuantity recognises, at one lexeme of a sentence, by the named rules
// in quantity.cc:
//   * an optional qualifier ("hơn", "ít nhất", "không cao hơn", "about"), a
//     sign ("-1,2M", "âm 1.200.000") and a currency before the number ("$5",
//     "VN$1000", "Rs 20", "£5");
//   * the number: digits ("10.000", "2,2 tỷ", "10K", ",77"), a spoken
//     decimal ("2 chấm 23"), words ("năm ngàn", "a dozen") or a vague
//     magnitude ("hàng nghìn", "thousands of");
//   * an optional range end ("từ 2 đến 3 triệu", "10 - 15", "giữa 1000 và
//     2000", "between 10 and 20");
//   * what is counted: "%", a currency after it ("10$", "20€", "5 USD"), an
//     age ("16 tuổi", "aged 16"), a time of day (skipped: "11 giờ 30"), a
//     duration ("20 phút", in seconds), or a counted noun ("binh lính").
// Identifiers are never quantities: codes glued to letters ("88A", "U23"),
// numbers with a leading zero ("045.73", "0913 456 789"), numbers after an
// identifier cue ("Điều 5", "quốc lộ 13", "biển số"), clock times.
// The result is an interval with the qualifier and the number's rounding
// applied (a written "10.000" stands for [9500, 10500)).
//
//   QuantityMatch q = MatchQuantity(scan, i, text);
//   // "hơn 10.000 binh lính" -> low 10000 (open), high inf, unit "binh lính"
#ifndef WIRECHECK_COMPARE_QUANTITY_H_
#define WIRECHECK_COMPARE_QUANTITY_H_

#include <string>

#include "absl/strings/string_view.h"
#include "compare/claim.h"
#include "compare/scan.h"

namespace wirecheck {

struct QuantityMatch {
  int length = 0;     // Lexemes consumed; 0 when nothing matched.
  bool emit = false;  // False for identifiers, clock times, bare years.
  ClaimKind kind = ClaimKind::kNumber;
  double value = 0;  // As written, scaled ("2,2 tỷ" -> 2.2e9).
  double low = 0, high = 0;
  bool low_open = false, high_open = false;
  double factor = 1;  // Seconds per unit for durations.
  Qualifier qualifier = Qualifier::kNone;
  std::string unit;          // Counted noun as written, currency code, "%".
  std::string unit_class;    // "troops", "people", "USD", "%", "time", ...
  int unit_first = -1;       // Lexeme where the counted noun starts.
  int unit_before = 0;       // Lexemes of a unit written before the number.
  int age_word = -1;         // Lexeme of "tuổi"/"aged" for ages.
  bool anniversary = false;  // "kỷ niệm 75 năm": value is a duration.
  bool spelled = false;      // Written in words ("hai", "a dozen").
};

QuantityMatch MatchQuantity(const Scan& scan, int i, absl::string_view text);

// A time of day at lexeme `i` ("13 giờ", "19h30", "11 giờ 30 phút", "3:30",
// "9" before "a.m."): its length in lexemes, 0 when there is none; *minutes
// gets the minutes since midnight (before any day part after it).
int ClockAt(const Scan& scan, int i, int* minutes);

// A birth year ("SN 1999", "sinh năm 1989", "born in 1989").
struct BirthYear {
  int length = 0;  // Lexemes consumed; 0 when there is none.
  int year = 0;
  const char* unit = "";  // An age as the article writes it: "tuổi".
};
BirthYear BirthYearAt(const Scan& scan, int i);

// Interval for `value` written with last significant place `unit` under
// qualifier `q`. A bare round number stands for the values that round to
// it: [v - unit/2, v + unit/2).
void ApplyQualifier(Qualifier q, double value, double unit, double* low,
                    double* high, bool* low_open, bool* high_open);

// The qualifier of a qualifier-table tag ("gt", "ge", ...).
Qualifier QualifierFromTag(absl::string_view tag);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_QUANTITY_H_
