#include "compare/templates.h"

#include <cmath>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "compare/classify.h"

namespace wirecheck {
namespace {

// The first kTemplateValues distinct values of one clause: as many as it
// takes to call it a template.
struct FirstValues {
  int64_t value[kTemplateValues];
  size_t count = 0;
  void Add(int64_t v) {
    if (count == kTemplateValues) return;
    for (size_t i = 0; i < count; ++i) {
      if (value[i] == v) return;
    }
    value[count++] = v;
  }
};

}  // namespace

ClauseKey ClauseOf(const Claim& c) {
  return {c.template_key,
          absl::StrCat(ClaimKindName(c.kind), "|", c.unit_class, "|", c.role)};
}

int64_t TemplateValue(const Claim& c) {
  if (c.kind == ClaimKind::kDate) {
    return c.from.complete() ? DayNumber(c.from)
                             : c.from.year * 10000 + c.from.month * 100;
  }
  const double v = std::fabs(c.value * c.factor);
  if (v == 0) return 0;
  const double scale = std::pow(10.0, std::floor(std::log10(v)) - 3);
  return static_cast<int64_t>(std::llround(v / scale)) * 1000 +
         static_cast<int64_t>(std::log10(scale) + 500);
}

void MarkTemplates(std::vector<Claim>* claims) {
  // Each claim's clause is looked up once.
  absl::flat_hash_map<ClauseKey, int> clause_ids;
  std::vector<FirstValues> clauses;
  std::vector<int> clause_of(claims->size());
  for (size_t i = 0; i < claims->size(); ++i) {
    const Claim& c = (*claims)[i];
    auto [it, added] =
        clause_ids.try_emplace(ClauseOf(c), static_cast<int>(clauses.size()));
    if (added) clauses.emplace_back();
    clause_of[i] = it->second;
    clauses[it->second].Add(TemplateValue(c));
  }
  for (size_t i = 0; i < claims->size(); ++i) {
    Claim& c = (*claims)[i];
    c.templated =
        c.template_key != 0 && clauses[clause_of[i]].count >= kTemplateValues;
  }
}

void MarkTemplatedClauses(const absl::flat_hash_set<ClauseKey>& templated,
                          std::vector<Claim>* claims) {
  for (Claim& c : *claims) {
    c.templated = c.template_key != 0 && templated.contains(ClauseOf(c));
  }
}

}  // namespace wirecheck
