// normalise/lexer.h: the lexeme view of article text that claim extraction
// and event matching read.
//
// The matching tokens of normalise/tokenizer.h are hashes; claims need more:
// numbers with their separators kept whole ("10.000", "19/6/2024",
// "2024-06-19"), punctuation as lexemes, whether a word is capitalised, and
// whether whitespace or a line break precedes a lexeme. Lex() walks one
// region of the original text and yields Lexemes whose spans index that
// text. Word keys are FoldKey() of the word: NFKC_Casefold, so "Tháng",
// "THÁNG" and a decomposed "tháng" compare equal (the same key function as
// the tokenizer's, through the same per-code-point table), with a
// Vietnamese syllable's tone mark on its canonical vowel
// (normalise/vietnamese_tone.h: "hòa" and "hoà" are one key).
//
// Every article is lexed once per run (compare/analysis.h keeps the result).
//
//   std::vector<Lexeme> lx = Lex(text, Span{0, (uint32_t)text.size()});
//   // lx[0].kind == LexKind::kWord, lx[0].key == "ngày"
#ifndef WIRECHECK_NORMALISE_LEXER_H_
#define WIRECHECK_NORMALISE_LEXER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "util/span.h"

namespace wirecheck {

enum class LexKind : uint8_t { kWord, kNumber, kPunct };

struct Lexeme {
  Span span;
  std::string key;        // Folded word, digits as written, or the punctuation.
  uint64_t key_hash = 0;  // LexKeyHash(key): tables look lexemes up by it.
  LexKind kind = LexKind::kPunct;
  bool capitalized = false;     // Word whose first letter is upper case.
  bool upper = false;           // Word of two or more letters, all upper case.
  bool space_before = false;    // Whitespace between this and the previous.
  bool newline_before = false;  // A line break between this and previous.
};

// Scans `region` of `text` (clamped to the text). ASCII digits joined by one
// of ".,/-" stay one number lexeme; letters, combining marks, format
// characters and non-ASCII digits form words; every other non-space code
// point is a one-character punctuation lexeme. Ill-formed bytes are one
// U+FFFD punctuation lexeme each.
std::vector<Lexeme> Lex(absl::string_view text, Span region);

// Lex() over the whole of `text` (a title, a word-list phrase, a name).
std::vector<Lexeme> LexAll(absl::string_view text);
// The same, appended to *out (an article's regions share one vector).
void LexInto(absl::string_view text, Span region, std::vector<Lexeme>* out);

// The hash Lex() gives a key (XXH3, 64 bits); lexeme tables are keyed by it
// so a lookup does not hash the same word once per table.
uint64_t LexKeyHash(absl::string_view key);

// The key of any UTF-8 string, word by word as Lex() keys words:
// NFKC_Casefold with U+2019 read as an apostrophe, the tone of a syllable
// placed canonically. Used for lexicon and alias entries so they meet the
// text's keys.
std::string FoldKey(absl::string_view utf8);

}  // namespace wirecheck

#endif  // WIRECHECK_NORMALISE_LEXER_H_
