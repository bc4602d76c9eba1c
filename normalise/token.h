// normalise/token.h: the unit of matching that dedup and compare consume.
//
// A Token is one word, Vietnamese syllable, number or CJK/Thai word found by
// normalise/tokenizer.h. It carries its span in the article's original bytes
// and a 64-bit hash of its matching key (NFKC, case-folded, hyphens split,
// optionally diacritic-folded), so two tokens match exactly when their
// `key_hash` values are equal. Keys themselves are not stored: dedup needs
// only hashes, and the text is always recoverable from `span`.
//
// A batch keeps every article's tokens (tens of millions for a day of
// news), so a Token is 16 bytes: the token's kind (word, number, dictionary
// word) is not stored — nothing downstream needs it; TokenKinds()
// (normalise/tokenizer.h) reports it for tests and debugging.
#ifndef WIRECHECK_NORMALISE_TOKEN_H_
#define WIRECHECK_NORMALISE_TOKEN_H_

#include <cstdint>
#include <vector>

#include "util/span.h"

namespace wirecheck {

enum class TokenKind : uint8_t {
  kWord,    // Letters (Latin, Vietnamese, Cyrillic, ...), possibly with digits.
  kNumber,  // Digits with separators: 10.000, 2,2, 1,234.5.
  kIdeographic,  // A word found by ICU's dictionary break (CJK, Thai, ...).
};

struct Token {
  Span span;          // Original bytes of the token.
  uint64_t key_hash;  // XXH3-64 of the normalised key, seed 0.
};
static_assert(sizeof(Token) == 16, "Token is kept per token of a batch");

using TokenList = std::vector<Token>;

}  // namespace wirecheck

#endif  // WIRECHECK_NORMALISE_TOKEN_H_
