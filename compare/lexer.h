// compare/lexer.h: a small UTF-8 scanner for claim extraction.
//
// compare/ does not depend on the project tokenizer: it needs a different
// view of the text (numbers with their separators kept whole, punctuation as
// lexemes, whether a word is capitalised, whether whitespace or a line break
// precedes a lexeme). Lex() walks one region of the original text and yields
// Lexemes whose spans index that text; word keys are NFC + case-folded so
// "Tháng", "THÁNG" and a decomposed "tháng" all compare equal.
//
//   std::vector<Lexeme> lx = Lex(text, Span{0, (uint32_t)text.size()});
//   // lx[0].kind == LexKind::kWord, lx[0].key == "ngày"
#ifndef WIRECHECK_COMPARE_LEXER_H_
#define WIRECHECK_COMPARE_LEXER_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "util/span.h"

namespace wirecheck {

enum class LexKind { kWord, kNumber, kPunct };

struct Lexeme {
  LexKind kind;
  Span span;
  std::string key;           // Folded word, digits as written, or the punct.
  bool capitalized = false;  // Word whose first letter is upper case.
  bool space_before = false;    // Whitespace between this and the previous.
  bool newline_before = false;  // A line break between this and previous.
};

// Scans `region` of `text`. Digits joined by one of ".,/-" stay one number
// lexeme ("10.000", "19/6/2024", "2024-06-19"); letters and combining marks
// form words; every other non-space code point is a one-character punct.
std::vector<Lexeme> Lex(absl::string_view text, Span region);

// NFC + case fold of arbitrary UTF-8 (used for lexicon and alias keys).
std::string FoldKey(absl::string_view utf8);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_LEXER_H_
