// normalise/tokenizer.h: splits article text into matching tokens.
//
// Tokenize() walks the UTF-8 bytes of the text inside the given regions
// (boilerplate already removed) and emits Tokens (normalise/token.h) whose
// spans index the ORIGINAL bytes and whose key_hash is XXH3-64 (seed 0) of
// the token's key. The key is NormalizeKey() (normalise/normalizer.h) of the
// token text with U+2019 replaced by an ASCII apostrophe: NFKC, case fold
// and, when `fold_diacritics`, marks stripped and đ->d.
//
// Segmentation rules (each code point gets one class from ICU properties):
//   * Word: starts with a letter (L*, Nl) of a space-delimited script and
//     continues over letters, digits, combining marks and format characters
//     (Mn/Mc/Me/Cf, so NFD Vietnamese and soft hyphens stay inside). An
//     apostrophe (' or U+2019) joins when a letter follows: "don't", "l'eau".
//     Every Vietnamese syllable is one word; "G7", "U23" are one word.
//   * Hyphens and every other punctuation split: "Kim Jong-un" gives kim,
//     jong, un, like "Kim Jong Un".
//   * Number: starts with a digit (Nd) and continues over digits; one of
//     . , / : joins only between two digits. So 10.000, 2,2, 1,234.5, 19/6,
//     13/9/2023 and 04:04 are single tokens, while "2019." and "19/6," stop
//     before the trailing punctuation. Letters right after a number start a
//     new word ("10km" -> 10, km) so "10 km" and "10km" match.
//   * Dictionary scripts (Han, Hiragana, Katakana, Thai, Lao, Khmer,
//     Myanmar): a maximal run of such letters (plus marks) goes through ICU's
//     dictionary-based word BreakIterator; every segment whose rule status is
//     not UBRK_WORD_NONE becomes a kIdeographic token.
//   * Hangul, Cyrillic, Greek, Arabic, Devanagari, ... are letters: words
//     are letter runs including their combining marks.
//
// Performance: code points below U+2100 (ASCII, Latin, Vietnamese, Greek,
// Cyrillic, general punctuation) are classified and case-folded through a
// table built once from ICU; a token made only of code points whose
// NFKC_Casefold is context-free gets its key by concatenation, and only the
// others (combining sequences, compatibility characters, other scripts) call
// ICU. About 150 MB/s per core on Vietnamese news (see the report figures in
// tests/normalise/tokenizer_bench.cc).
//
//   TokenizerOptions options;
//   TokenList tokens = Tokenize(text, document.body, options);
//   std::vector<std::string> keys = TokenKeys("Kim Jong-un, 10.000", options);
//   // keys == {"kim", "jong", "un", "10.000"}
#ifndef WIRECHECK_NORMALISE_TOKENIZER_H_
#define WIRECHECK_NORMALISE_TOKENIZER_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "normalise/token.h"
#include "util/span.h"

namespace wirecheck {

struct TokenizerOptions {
  // Fold diacritics in keys ("Bình" matches "Binh"). Off by default:
  // Vietnamese tone marks distinguish words.
  bool fold_diacritics = false;
};

// Tokens inside `regions` (sorted, disjoint, within `text`), in text order.
// `text` should be valid UTF-8; ill-formed bytes separate tokens.
TokenList Tokenize(absl::string_view text, const std::vector<Span>& regions,
                   const TokenizerOptions& options);

// Tokens of the whole text.
TokenList Tokenize(absl::string_view text, const TokenizerOptions& options);

// The keys (before hashing) of Tokenize(text, options), for tests and
// debugging.
std::vector<std::string> TokenKeys(absl::string_view text,
                                   const TokenizerOptions& options);

// The kind of each token of Tokenize(text, options) (not stored in Token),
// for tests and debugging.
std::vector<TokenKind> TokenKinds(absl::string_view text,
                                  const TokenizerOptions& options);

}  // namespace wirecheck

#endif  // WIRECHECK_NORMALISE_TOKENIZER_H_
