// compare/claim.h: one dated or numeric statement found in an article.
//
// compare/extract.h produces Claims; compare/compare.h pairs them across
// articles. A Claim is always an interval, never a point: a date is an
// inclusive day range at its grain ("tháng 10/2023" is 2023-10-01..31), a
// number is [low, high] with open/closed ends after qualifiers and rounding
// ("hơn 10.000 binh lính" is (10000, inf)). Two claims conflict when their
// intervals do not intersect.
//
//   Claim c = ...;
//   ClaimValueJson(c);  // {"low": 10000, "high": null, "low_open": true, ...}
//   DescribeValue(c);   // "(10000, ∞) binh lính"
#ifndef WIRECHECK_COMPARE_CLAIM_H_
#define WIRECHECK_COMPARE_CLAIM_H_

#include <limits>
#include <string>

#include "util/span.h"

namespace wirecheck {

enum class ClaimKind { kDate, kNumber, kMoney, kPercent, kDuration };

// "date", "number", "money", "percent", "duration".
const char* ClaimKindName(ClaimKind kind);

// A calendar day whose parts may be unknown (0): {0, 9, 14} is XXXX-09-14.
struct DateParts {
  int year = 0;
  int month = 0;
  int day = 0;
  bool complete() const { return year > 0 && month > 0 && day > 0; }
  // "2024-06-19", "XXXX-09-14", "XXXX-XX-XX".
  std::string ToString() const;
  friend bool operator==(const DateParts& a, const DateParts& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
};

struct Claim {
  int doc = -1;          // Index of the article in the batch.
  Span span;             // The claim's words, qualifier included.
  Span sentence;         // The sentence it appears in.
  // Dates: the clause around the date, stretched to its event predicate
  // ("thăm chùa Trấn Quốc ... tặng Chủ tịch Hồ Chí Minh (ngày 24-3-1959)");
  // long list sentences name many things the date is not about. Numbers:
  // the sentence.
  Span clause;
  ClaimKind kind = ClaimKind::kNumber;

  // kDate: inclusive day interval.
  DateParts from, to;

  // Numeric kinds: the interval. Infinite bounds mean unbounded.
  double low = -std::numeric_limits<double>::infinity();
  double high = std::numeric_limits<double>::infinity();
  bool low_open = false;
  bool high_open = false;
  double value = 0;  // The number as written (before qualifier/rounding).
  // Counted noun as written ("binh lính", "người bị thương") or canonical
  // currency ("USD") or "%" or duration unit ("năm"); "" when none.
  std::string unit;
  // Canonical class of the unit used for matching: "people", "troops",
  // "USD", "%", "year", ...; "" when none.
  std::string unit_class;
  // Event role from the sentence's predicate near the claim: "killed",
  // "injured", "deployed", ...; for dates the event predicate ("talks").
  std::string role;
  // Reporting period named next to a figure ("quý 3" -> "Q3", "chín tháng
  // đầu năm" -> "9M", "first half" -> "H1"); "" when none. Figures for
  // different periods are different facts.
  std::string period;
  // Measured goods: the word right after a measure unit ("tấn dầu" -> "dầu",
  // "tonnes of rice" -> "rice"); "" when none. Tonnes of oil never meet
  // tonnes of gas.
  std::string goods;
  bool future = false;  // A future marker governed a relative/partial date.
  // A relative date ("hôm qua", "thứ Ba", "năm ngoái") computed from the
  // publication time: comparisons involving it get lower confidence.
  bool inferred = false;
  // The year of a day/month date came from the publication time ("19/6").
  bool year_inferred = false;
};

// {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"} for dates, else
// {"low": num|null, "high": num|null, "low_open": b, "high_open": b,
//  "unit": str|null}.
std::string ClaimValueJson(const Claim& claim);

// For humans: "2024-06-19", "2023-10-01..2023-10-31", "(10000, ∞) binh lính",
// "[2200000000, 2200000000] USD", "2200000000 USD" (point).
std::string DescribeValue(const Claim& claim);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_CLAIM_H_
