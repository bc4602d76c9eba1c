// compare/topic.h: the human label of a finding.
//
// "troops deployed · North Korea", "date of meeting · Kumsusan", "age ·
// trần ngọc hiếu": what the two figures are about, then the first entity
// both sentences name (an alias's display name, else a capitalised name),
// found by reading the two sentences again (only for reported findings).
//
//   std::string t = DescribeTopic(claim);  // "troops deployed"
//   std::string e = SharedEntity(text_a, sentence_a, text_b, sentence_b,
//                                lexicon, aliases);  // "North Korea"
#ifndef WIRECHECK_COMPARE_TOPIC_H_
#define WIRECHECK_COMPARE_TOPIC_H_

#include <string>

#include "absl/strings/string_view.h"
#include "compare/aliases.h"
#include "compare/claim.h"
#include "compare/lexicon.h"
#include "util/span.h"

namespace wirecheck {

// "troops deployed", "people killed", "date of meeting", "USD worth",
// "base year of anniversary", "age", "session rank".
std::string DescribeTopic(const Claim& claim);

// The display name of the first entity both sentences name; "" when none.
std::string SharedEntity(absl::string_view text_a, Span sentence_a,
                         absl::string_view text_b, Span sentence_b,
                         const Lexicon& lexicon, const AliasTable& aliases);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_TOPIC_H_
