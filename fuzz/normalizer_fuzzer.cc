// Fuzzes UTF-8 repair (ingest/utf8.h) and ICU normalisation with its offset
// map (normalise/normalizer.h). Properties:
//  * RepairUtf8 yields valid UTF-8, leaves valid input unchanged, counts a
//    repair exactly when the input was invalid and reports the first bad
//    byte where the valid prefix ends;
//  * Normalize of the repaired text succeeds and yields valid UTF-8;
//  * the offset map has one entry per normalised byte plus one, never
//    decreases, starts at 0, ends at the input size, and maps the start of
//    every normalised character to the start of an input character;
//  * every normalised character maps back (ToOriginal) to a span of whole
//    input characters, and cutting the input at the map's segment
//    boundaries and normalising each piece alone gives the same text.
#include <cstdint>
#include <string>

#include "fuzz/fuzz_check.h"
#include "ingest/utf8.h"
#include "normalise/normalizer.h"

namespace wirecheck {
namespace {

void CheckRepair(absl::string_view bytes, const std::string& repaired,
                 int64_t first_bad, int bad) {
  RequireUtf8(repaired, "repaired text is valid UTF-8");
  const size_t prefix = ValidUtf8Prefix(bytes);
  if (prefix == bytes.size()) {
    Require(bad == 0 && first_bad == -1 && repaired == bytes,
            "valid input is left as it is");
  } else {
    Require(bad > 0 && first_bad == static_cast<int64_t>(prefix),
            "the first bad byte ends the valid prefix");
  }
}

NormalizeOptions OptionsFrom(uint8_t bits) {
  NormalizeOptions o;
  o.form =
      (bits & 1) ? NormalizeOptions::Form::kNFC : NormalizeOptions::Form::kNFKC;
  o.case_fold = (bits & 2) != 0;
  o.fold_diacritics = (bits & 4) != 0;
  return o;
}

void CheckMap(absl::string_view input, const NormalizedText& n) {
  const auto& map = n.to_original;
  Require(map.size() == n.text.size() + 1, "one map entry per byte, plus one");
  Require(map.front() == 0 || n.text.empty(), "the map starts at 0");
  Require(map.back() == input.size(), "the map ends at the input size");
  for (size_t i = 0; i < map.size(); ++i) {
    Require(i == 0 || map[i - 1] <= map[i], "the map never decreases");
    // Bytes inside an unchanged character map to the bytes inside it.
    if (!OnCharBoundary(n.text, i)) continue;
    Require(OnCharBoundary(input, map[i]),
            "a normalised character starts at an input character");
  }
}

// Normalised characters map back to whole input characters.
void CheckToOriginal(absl::string_view input, const NormalizedText& n) {
  for (size_t i = 0; i < n.text.size();) {
    uint32_t cp;
    const int len = DecodeUtf8At(n.text, i, &cp);
    Require(len > 0, "normalised text decodes");
    const Span orig = n.ToOriginal(
        {static_cast<uint32_t>(i), static_cast<uint32_t>(i + len)});
    RequireSpanIn(orig, input, "ToOriginal gives whole input characters");
    i += len;
  }
}

// Where the map steps to a new input offset at a character boundary of the
// output, the input and output can be cut: the pieces normalise alone to
// the same pieces of output.
void CheckSegments(absl::string_view input, const NormalizedText& n,
                   const NormalizeOptions& options) {
  size_t out_begin = 0;
  for (size_t i = 1; i <= n.text.size(); ++i) {
    const bool cut =
        i == n.text.size() ||
        (n.to_original[i] > n.to_original[i - 1] && OnCharBoundary(n.text, i));
    if (!cut) continue;
    const uint32_t in_begin = n.to_original[out_begin];
    const uint32_t in_end = n.to_original[i];
    absl::StatusOr<NormalizedText> piece =
        Normalize(input.substr(in_begin, in_end - in_begin), options);
    Require(piece.ok(), "a piece of valid input normalises");
    Require(piece->text == n.text.substr(out_begin, i - out_begin),
            "a piece normalises alone as it did in context");
    out_begin = i;
  }
}

}  // namespace
}  // namespace wirecheck

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace wirecheck;
  if (size == 0) return 0;
  const NormalizeOptions options = OptionsFrom(data[0]);
  const absl::string_view bytes = AsText(data + 1, size - 1);
  int64_t first_bad = 0;
  int bad = 0;
  const std::string text = RepairUtf8(bytes, &first_bad, &bad);
  CheckRepair(bytes, text, first_bad, bad);
  absl::StatusOr<NormalizedText> n = Normalize(text, options);
  Require(n.ok(), "valid UTF-8 normalises");
  RequireUtf8(n->text, "normalised text is valid UTF-8");
  CheckMap(text, *n);
  CheckToOriginal(text, *n);
  CheckSegments(text, *n, options);
  return 0;
}
