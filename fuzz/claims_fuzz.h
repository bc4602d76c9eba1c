// fuzz/claims_fuzz.h: what the date and quantity fuzz targets share: the
// built-in lexicon, a publication time taken from the input's first bytes,
// and the checks every claim must pass.
#ifndef WIRECHECK_FUZZ_CLAIMS_FUZZ_H_
#define WIRECHECK_FUZZ_CLAIMS_FUZZ_H_

#include <cstdint>
#include <string>
#include <vector>

#include "compare/compare.h"
#include "fuzz/fuzz_check.h"
#include "ingest/json_line.h"

namespace wirecheck {

// The built-in lexicon and aliases, loaded once.
inline const Knowledge& FuzzKnowledge() {
  static const Knowledge* k = [] {
    absl::StatusOr<Knowledge> loaded = LoadKnowledge({});
    Require(loaded.ok(), "the built-in lexicon loads");
    return new Knowledge(*std::move(loaded));
  }();
  return *k;
}

// Three bytes: a publication time of any grain from 1950 to 2049, or none.
inline PublishedTime PublishedFrom(const uint8_t* b) {
  const int year = 1950 + b[1] % 100;
  const int month = 1 + b[2] % 12;
  const int day = 1 + (b[2] / 12) % 28;
  switch (b[0] % 4) {
    case 0:
      return {};
    case 1:
      return PublishedTime::Year(year);
    case 2:
      return PublishedTime::Month(year, month);
    default:
      return PublishedTime::Day(year, month, day);
  }
}

// The claims of the whole of `text`, with the language chosen by `bits`.
inline std::vector<Claim> ClaimsOf(absl::string_view text,
                                   const PublishedTime& published,
                                   ExtractOptions options) {
  const Knowledge& k = FuzzKnowledge();
  const LexedArticle lexed =
      LexArticle(text, {Span{0, static_cast<uint32_t>(text.size())}}, k.lexicon,
                 options.language);
  return ExtractClaims(0, text, lexed, published, k.lexicon, options,
                       &k.aliases);
}

// Spans inside the text and nested (claim in clause in sentence), and the
// value's JSON parses.
inline void CheckClaimCommon(absl::string_view text, const Claim& c) {
  RequireSpanIn(c.span, text, "a claim cuts whole characters");
  RequireSpanIn(c.sentence, text, "a sentence cuts whole characters");
  Require(!c.span.empty(), "a claim is not empty");
  Require(c.sentence.begin <= c.span.begin && c.span.end <= c.sentence.end,
          "a claim lies in its sentence");
  JsonObject value;
  Require(ParseJsonObject(ClaimValueJson(c), &value).ok(),
          "a claim's value is valid JSON");
  RequireUtf8(DescribeValue(c), "a claim's description is valid UTF-8");
}

}  // namespace wirecheck

#endif  // WIRECHECK_FUZZ_CLAIMS_FUZZ_H_
