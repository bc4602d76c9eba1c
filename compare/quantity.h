// compare/quantity.h: one numeric expression with its qualifier and unit.
//
// MatchQuantity recognises, at one lexeme, an optional qualifier ("hơn",
// "ít nhất", "khoảng", "about", "up to"), a number in digits ("10.000",
// "2,2 tỷ", "10K", "$2.2 billion"), words ("năm ngàn", "a dozen") or a vague
// magnitude ("hàng nghìn", "vài chục", "thousands of"), an optional range
// end ("từ 2 đến 3 triệu", "10-15"), and what is counted: a currency, "%",
// a duration unit, or a counted noun ("binh lính", "troops"). The result is
// an interval with the qualifier and the number's rounding applied.
//
//   QuantityMatch q = MatchQuantity(lexemes, i, end, /*vietnamese=*/true, text);
//   // "hơn 10.000 binh lính" -> low 10000 (open), high inf, unit "binh lính"
#ifndef WIRECHECK_COMPARE_QUANTITY_H_
#define WIRECHECK_COMPARE_QUANTITY_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "compare/claim.h"
#include "compare/lexer.h"

namespace wirecheck {

struct QuantityMatch {
  int length = 0;       // Lexemes consumed; 0 when nothing matched.
  bool emit = false;    // False for identifiers, ages, bare years: skip only.
  ClaimKind kind = ClaimKind::kNumber;
  double value = 0;     // As written, scaled ("2,2 tỷ" -> 2.2e9).
  double low = 0, high = 0;
  bool low_open = false, high_open = false;
  std::string unit;        // Counted noun as written, currency code, "%".
  std::string unit_class;  // "troops", "people", "USD", "%", "year", ...
  int unit_first = -1;     // Lexeme index where the counted noun starts.
  bool anniversary = false;  // "kỷ niệm 75 năm": value is a duration.
};

QuantityMatch MatchQuantity(const std::vector<Lexeme>& lx, int i, int end,
                            bool vietnamese, absl::string_view text);

// Interval for `value` written with last significant place `unit` under
// qualifier `q` ("", "gt", "ge", "near", "about", "le", "lt").
void ApplyQualifier(const std::string& q, double value, double unit,
                    double* low, double* high, bool* low_open,
                    bool* high_open);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_QUANTITY_H_
