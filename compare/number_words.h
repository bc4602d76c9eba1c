// compare/number_words.h: numbers spelled out in Vietnamese or English.
//
// "năm ngàn" = 5000, "hai mươi mốt" = 21, "một trăm linh năm" = 105,
// "hai triệu rưỡi" = 2500000, "twelve" = 12, "twenty-one" = 21, "a dozen" =
// 12, "three hundred thousand" = 300000. Extraction calls this at each word
// that is not part of a date; it consumes the longest well-formed run. The
// words are data (data/lexicon/number_word.tsv); a syllable inside a longer
// word ("tư" of "đầu tư") is never read.
//
//   SpelledNumber n = ParseNumberWords(scan, i);
//   if (n.length > 0) { ... n.value ... }
#ifndef WIRECHECK_COMPARE_NUMBER_WORDS_H_
#define WIRECHECK_COMPARE_NUMBER_WORDS_H_

#include <vector>

#include "compare/scan.h"

namespace wirecheck {

struct SpelledNumber {
  double value = 0;
  double unit = 1;         // Place of the smallest word used (rounding).
  int length = 0;          // Lexemes consumed; 0 when no number starts at i.
  bool has_scale = false;  // A scale word (trăm, nghìn, million) was used.
};

SpelledNumber ParseNumberWords(const Scan& scan, int i);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_NUMBER_WORDS_H_
