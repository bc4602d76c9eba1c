// compare/templates.h: figures that are readings of a template, not claims.
//
// A clause whose words recur across the batch with kTemplateValues or more
// different values is a template (a daily price report, a serial's "next
// part on ..."): its figures are readings, not claims about one event, and
// compare marks them (Claim::templated). A clause is its ClauseKey (the
// words around the figure, hashed at extraction, and the figure's kind,
// unit class and role); values count as read ("2,2 tỷ" and "2.200 triệu"
// are one value). A clause with no words besides its figure (template key
// 0) is never a template.
//
// MarkTemplates does it over one batch in memory. A batch spread over
// machines gives every claim's (ClauseKey, TemplateValue), finds the
// clauses with kTemplateValues distinct values wherever they meet, and
// marks each part's claims with MarkTemplatedClauses: the same flags.
//
//   MarkTemplates(&claims);  // claims of the whole batch
#ifndef WIRECHECK_COMPARE_TEMPLATES_H_
#define WIRECHECK_COMPARE_TEMPLATES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "compare/claim.h"

namespace wirecheck {

// Different values with which a clause must recur to be a template.
inline constexpr size_t kTemplateValues = 4;

// (template key, "kind|unit class|role").
using ClauseKey = std::pair<uint64_t, std::string>;

ClauseKey ClauseOf(const Claim& c);

// A claim's value, to four significant digits (dates as day numbers).
int64_t TemplateValue(const Claim& c);

// Sets `templated` on every claim of `claims`, the whole batch's.
void MarkTemplates(std::vector<Claim>* claims);

// Sets `templated` on the claims whose clause is in `templated`.
void MarkTemplatedClauses(const absl::flat_hash_set<ClauseKey>& templated,
                          std::vector<Claim>* claims);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_TEMPLATES_H_
