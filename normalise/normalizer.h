// normalise/normalizer.h: Unicode normalisation that remembers where every
// normalised byte came from.
//
// Scraped news mixes precomposed Vietnamese ("ế", U+1EBF) with decomposed
// sequences ("e" + U+0302 + U+0301), full-width digits, ligatures and mixed
// case. Normalize() rewrites a UTF-8 string into one canonical form (NFC or
// NFKC, optionally case-folded and diacritic-folded, so "Bình Nhưỡng" equals
// "binh nhuong") and returns, next to the new text, a map from every
// normalised byte offset back to an offset in the input (the idea of
// SentencePiece's `norm_to_orig`). A span found in the normalised text is
// turned back into original bytes with ToOriginal(); it never splits a code
// point of the input, because ICU records edits per normalisation segment.
//
// Data flow: input UTF-8 -> [case fold] -> NFC/NFKC -> [NFD, drop marks,
// đ->d, NFC] with an icu::Edits record per stage -> merged edits -> map.
// Text that is already in the requested form takes a fast path (a quick
// check, then an identity map).
//
//   NormalizeOptions options;
//   options.fold_diacritics = true;
//   absl::StatusOr<NormalizedText> n = Normalize("Bình Nhưỡng", options);
//   // n->text == "binh nhuong"; n->ToOriginal({5, 11}) == Span{6, 18}.
//
// NormalizeKey() is the key function the tokenizer uses for one token:
// NFKC_Casefold, then the optional diacritic fold.
#ifndef WIRECHECK_NORMALISE_NORMALIZER_H_
#define WIRECHECK_NORMALISE_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "util/span.h"

namespace wirecheck {

struct NormalizeOptions {
  enum class Form { kNFC, kNFKC };
  Form form = Form::kNFKC;
  bool case_fold = true;
  // Strip combining marks after canonical decomposition and map đ/Đ to d/D
  // (and a few other letters with built-in strokes: ł, ø, ħ).
  bool fold_diacritics = false;
};

struct NormalizedText {
  std::string text;
  // to_original[i] is the input offset of normalised byte i; for a byte
  // inside a rewritten segment it is the segment's start. Size text.size()+1;
  // the last entry is the input size.
  std::vector<uint32_t> to_original;

  // The input bytes that produced `normalized` (a span of `text`). Both ends
  // snap outwards to whole rewritten segments, so the result never splits an
  // input code point. REQUIRES: normalized.end <= text.size().
  Span ToOriginal(Span normalized) const;
};

// InvalidArgument when `utf8` is not valid UTF-8 or exceeds 4 GiB; Internal
// when ICU fails.
absl::StatusOr<NormalizedText> Normalize(absl::string_view utf8,
                                         const NormalizeOptions& options);

// The matching key of one token: NFKC_Casefold(token), then, when
// `fold_diacritics`, marks stripped and đ->d. Ill-formed bytes become U+FFFD.
std::string NormalizeKey(absl::string_view token, bool fold_diacritics);

// Appends the diacritic fold of one code point's casefolded form to `out`
// when it differs from plain removal of marks (đ->d, ł->l, ø->o, ħ->h);
// returns false when `c` has no such mapping. Shared with the tokenizer.
bool FoldStrokeLetter(uint32_t c, std::string* out);

}  // namespace wirecheck

#endif  // WIRECHECK_NORMALISE_NORMALIZER_H_
