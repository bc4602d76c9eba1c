// normalise/sentences.h: sentence boundaries over normalise/lexer.h lexemes.
//
// Claims are compared sentence by sentence (a sentence carries the event's
// entities and predicate), so every claim keeps its sentence span. The rule
// set is small and predictable rather than ICU's: scraped Vietnamese often
// glues sentences ("nhanh chóng.Theo"), and numbers like "10.000" or
// abbreviations like "Sept." must not split.
//
//   std::vector<Lexeme> lx = Lex(text, body_span);
//   for (const Sentence& s : SplitSentences(lx)) { ... lx[s.first] ... }
#ifndef WIRECHECK_NORMALISE_SENTENCES_H_
#define WIRECHECK_NORMALISE_SENTENCES_H_

#include <vector>

#include "normalise/lexer.h"
#include "util/span.h"

namespace wirecheck {

struct Sentence {
  int first = 0;  // Index of the first lexeme.
  int last = 0;   // One past the last lexeme.
  Span span;      // From the first lexeme's begin to the last one's end.
};

// Splits after '.', '!', '?', '…' or ';' followed by a capitalised word,
// quote or digit, and at every line break. Abbreviations ("Mr.", "Sept.",
// "U.S.", single initials) do not end a sentence, nor does a full stop
// glued on both sides after a word in capitals ("QL.1A", "TX.Sơn Tây").
std::vector<Sentence> SplitSentences(const std::vector<Lexeme>& lexemes);

}  // namespace wirecheck

#endif  // WIRECHECK_NORMALISE_SENTENCES_H_
