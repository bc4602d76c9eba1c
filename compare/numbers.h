// compare/numbers.h: digit numerals and scale words.
//
// "10.000" is ten thousand in Vietnamese and ten in English; "2,2" is a
// Vietnamese decimal. ParseNumeral reads one number lexeme under the
// article's language convention and reports the place of its last
// significant digit, which compare/quantity.cc turns into a rounding
// tolerance. ScaleOf maps "nghìn", "triệu", "tỷ", "million", "K" to factors.
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

// Factor of a folded scale word ("nghìn" 1e3, "triệu" 1e6, "tỷ" 1e9,
// "thousand", "million", "billion", "trillion", "k", "bn"); 0 if none.
double ScaleOf(absl::string_view folded_word);

// Place of the last nonzero digit of an integer-valued `v` (>= 1), or of
// the last decimal place given.
double SignificantUnit(double v);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_NUMBERS_H_
