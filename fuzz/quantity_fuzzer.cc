// Fuzzes the number and quantity reader (compare/quantity.h, rank.h,
// through ExtractClaims with dates off). Properties:
//  * a claim lies in its sentence, cuts whole characters and its value's
//    JSON parses;
//  * its interval is an interval: no NaN, low <= high, open only at a
//    finite bound;
//  * a parsed number re-parses the same: the claim's sentence read alone
//    gives the same claim (kind and interval) at the same place, and the
//    claim's own words read alone give the same value or nothing.
#include <cmath>
#include <cstdint>
#include <string>

#include "fuzz/claims_fuzz.h"
#include "ingest/utf8.h"

namespace wirecheck {
namespace {

void CheckInterval(const Claim& c) {
  Require(!std::isnan(c.low) && !std::isnan(c.high) && !std::isnan(c.value),
          "no NaN in a claim");
  Require(c.low <= c.high, "low <= high");
}

bool SameValue(const Claim& a, const Claim& b) {
  return a.kind == b.kind && a.low == b.low && a.high == b.high &&
         a.low_open == b.low_open && a.high_open == b.high_open;
}

// Claims are read sentence by sentence, so the claim's sentence read alone
// gives it again, at the same place relative to the sentence.
void CheckSentenceAlone(absl::string_view text, const Claim& c,
                        const PublishedTime& published,
                        const ExtractOptions& options) {
  if (c.anniversary) return;  // Its base year may come from other dates.
  const absl::string_view sentence = c.sentence.Of(text);
  const Span at{c.span.begin - c.sentence.begin, c.span.end - c.sentence.begin};
  bool found = false;
  for (const Claim& again : ClaimsOf(sentence, published, options)) {
    if (again.span == at && SameValue(again, c)) found = true;
  }
  Require(found, "a claim's sentence alone gives the same claim");
}

// The claim's own words read alone give the same value, or no claim at all
// (some words count only with their sentence: "một" needs a predicate). A
// score's words are its two numbers; the cue that makes them a score may
// stand words before ("đánh bại ... với tỷ số 4-1"), and without it "1-4"
// is a range. Likewise a time made one by the date after it ("13 giờ ngày
// 11/6": "ngày" belongs to the date's span), which alone is a duration.
void CheckWordsAlone(absl::string_view text, const Claim& c,
                     const PublishedTime& published,
                     const ExtractOptions& options) {
  if (c.anniversary || c.kind == ClaimKind::kScore ||
      c.kind == ClaimKind::kTime) {
    return;
  }
  const absl::string_view words = c.span.Of(text);
  const Span whole{0, static_cast<uint32_t>(words.size())};
  for (const Claim& again : ClaimsOf(words, published, options)) {
    if (again.span != whole) continue;
    Require(SameValue(again, c), "a claim's words alone re-parse the same");
  }
}

}  // namespace
}  // namespace wirecheck

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace wirecheck;
  if (size < 3) return 0;
  const PublishedTime published = PublishedFrom(data);
  const std::string text =
      RepairUtf8(AsText(data + 3, size - 3), nullptr, nullptr);
  ExtractOptions options;
  options.dates = false;
  // The language decides "10.000": fixed here, so the re-parse of a claim's
  // words alone reads them in the same language.
  options.language = (data[0] & 4) ? ExtractOptions::Language::kEnglish
                                   : ExtractOptions::Language::kVietnamese;
  for (const Claim& c : ClaimsOf(text, published, options)) {
    CheckClaimCommon(text, c);
    Require(c.kind != ClaimKind::kDate, "no dates when dates are off");
    CheckInterval(c);
    CheckSentenceAlone(text, c, published, options);
    CheckWordsAlone(text, c, published, options);
  }
  return 0;
}
