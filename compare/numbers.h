// compare/numbers.h: digit numerals and scale words.
//
// "10.000" is ten thousand in Vietnamese and ten in English; "2,2" is a
// Vietnamese decimal. ParseNumeral reads one number lexeme under the
// article's language convention and reports the place of its last
// significant digit, which compare/quantity.cc turns into a rounding
// tolerance. Scale words ("triệu", "million", "K") are data
// (data/lexicon/scale.tsv).
//
//   Numeral n;
//   ParseNumeral("10.000", /*vietnamese=*/true, &n);  // n.value == 10000
#ifndef WIRECHECK_COMPARE_NUMBERS_H_
#define WIRECHECK_COMPARE_NUMBERS_H_

#include <string>

#include "absl/strings/string_view.h"

namespace wirecheck {

struct Numeral {
  double value = 0;
  double unit = 1;  // Place of the last significant digit: 10000 -> 10000.
};

// False for things that are not one plain number ("19/6", "2,2,3").
bool ParseNumeral(absl::string_view digits, bool vietnamese, Numeral* out);

// Place of the last nonzero digit of an integer-valued `v` (>= 1), or of
// the last decimal place given.
double SignificantUnit(double v);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_NUMBERS_H_
