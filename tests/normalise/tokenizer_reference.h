// tests/normalise/tokenizer_reference.h: a slow, obviously-correct tokenizer.
//
// It follows the rules documented in normalise/tokenizer.h but asks ICU for
// every code point's properties (no table), decodes with ICU's U8_NEXT and
// normalises every token's whole text with NormalizeKey(). The tests compare
// the fast tokenizer against it on samples and random strings.
#ifndef WIRECHECK_TESTS_NORMALISE_TOKENIZER_REFERENCE_H_
#define WIRECHECK_TESTS_NORMALISE_TOKENIZER_REFERENCE_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "normalise/token.h"

namespace wirecheck {

struct ReferenceToken {
  Span span;
  std::string key;
  TokenKind kind;
};

std::vector<ReferenceToken> ReferenceTokenize(absl::string_view text,
                                              bool fold_diacritics);

}  // namespace wirecheck

#endif  // WIRECHECK_TESTS_NORMALISE_TOKENIZER_REFERENCE_H_
