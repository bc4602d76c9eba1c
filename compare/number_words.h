// compare/number_words.h: numbers spelled out in Vietnamese or English.
//
// "năm ngàn" = 5000, "hai mươi mốt" = 21, "một trăm linh năm" = 105,
// "hai triệu rưỡi" = 2500000, "twelve" = 12, "twenty-one" = 21, "a dozen" =
// 12, "three hundred thousand" = 300000. Extraction calls this at each word
// that is not part of a date; it consumes the longest well-formed run.
//
//   SpelledNumber n = ParseNumberWords(lexemes, i, end);
//   if (n.length > 0) { ... n.value ... }
#ifndef WIRECHECK_COMPARE_NUMBER_WORDS_H_
#define WIRECHECK_COMPARE_NUMBER_WORDS_H_

#include <vector>

#include "compare/lexer.h"

namespace wirecheck {

struct SpelledNumber {
  double value = 0;
  double unit = 1;     // Place of the smallest word used (rounding).
  int length = 0;      // Lexemes consumed; 0 when no number starts at i.
  bool has_scale = false;  // A scale word (trăm, nghìn, million) was used.
};

SpelledNumber ParseNumberWords(const std::vector<Lexeme>& lx, int i, int end);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_NUMBER_WORDS_H_
