// Fuzzes both date readers: compare's date claims (compare/dates.h, through
// ExtractClaims) and ingest's publication dates (ingest/dates.h).
// Properties:
//  * a date claim lies in its sentence, cuts whole characters, and its
//    interval is a real one: months 1-12, days that exist in their month,
//    and `from` no later than `to` when both are complete;
//  * a publication date that ParseDateField, FindDateInLine or
//    InferPublishedFromText reads prints (ToIso) as a value ParseDateField
//    reads back to the same time, and a match lies inside its line.
#include <cstdint>
#include <string>
#include <tuple>

#include "absl/time/civil_time.h"
#include "fuzz/claims_fuzz.h"
#include "ingest/dates.h"
#include "ingest/utf8.h"

namespace wirecheck {
namespace {

void CheckParts(const DateParts& d) {
  Require(d.month >= 0 && d.month <= 12, "a month is 1-12 or unknown");
  Require(d.day >= 0 && d.day <= 31, "a day is 1-31 or unknown");
  if (d.complete()) {
    const absl::CivilDay day(d.year, d.month, d.day);
    Require(
        day.year() == d.year && day.month() == d.month && day.day() == d.day,
        "a complete date exists in the calendar");
  }
}

void CheckDateClaims(absl::string_view text, const PublishedTime& published,
                     ExtractOptions::Language language) {
  ExtractOptions options;
  options.language = language;
  options.numbers = false;
  for (const Claim& c : ClaimsOf(text, published, options)) {
    CheckClaimCommon(text, c);
    Require(c.kind == ClaimKind::kDate, "only dates when numbers are off");
    CheckParts(c.from);
    CheckParts(c.to);
    if (c.from.complete() && c.to.complete()) {
      Require(std::make_tuple(c.from.year, c.from.month, c.from.day) <=
                  std::make_tuple(c.to.year, c.to.month, c.to.day),
              "a date interval does not end before it starts");
    }
  }
}

void CheckRoundTrip(const PublishedTime& t) {
  if (!t.known()) return;
  PublishedTime back;
  Require(ParseDateField(t.ToIso(), &back), "a date's ISO form parses");
  Require(back.grain == t.grain && back.start == t.start && back.utc == t.utc,
          "a date's ISO form reads back as the same time");
}

void CheckPublished(absl::string_view text) {
  PublishedTime field;
  if (ParseDateField(text, &field)) {
    Require(field.known(), "a parsed date field is known");
    CheckRoundTrip(field);
  }
  const absl::string_view line = text.substr(0, text.find('\n'));
  std::pair<size_t, size_t> match;
  const PublishedTime found = FindDateInLine(line, &match);
  if (found.known()) {
    Require(match.first < match.second && match.second <= line.size(),
            "a dateline match lies in its line");
    CheckRoundTrip(found);
  }
  CheckRoundTrip(InferPublishedFromText(text));
}

}  // namespace
}  // namespace wirecheck

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace wirecheck;
  if (size < 3) return 0;
  const PublishedTime published = PublishedFrom(data);
  const std::string text =
      RepairUtf8(AsText(data + 3, size - 3), nullptr, nullptr);
  const auto language =
      static_cast<ExtractOptions::Language>((data[0] >> 2) % 3);
  CheckDateClaims(text, published, language);
  CheckPublished(text);
  return 0;
}
