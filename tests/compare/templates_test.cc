// Templates: a clause that recurs with kTemplateValues values over the
// batch marks its figures as readings, found whole or in parts alike.
#include "compare/templates.h"

#include <map>
#include <set>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "gtest/gtest.h"

namespace wirecheck {
namespace {

Claim Figure(uint64_t clause, const std::string& unit, double value) {
  Claim c;
  c.kind = ClaimKind::kNumber;
  c.template_key = clause;
  c.unit_class = unit;
  c.role = "price";
  c.value = value;
  return c;
}

// Clause 1 takes four values (two of them written twice, "2,2 tỷ" and
// "2.200 triệu" being one value); clause 2 three; clause 3 four values but
// under two unit classes, so two clauses of two values each.
std::vector<Claim> Batch() {
  return {
      Figure(1, "VND", 100), Figure(2, "VND", 5),      Figure(1, "VND", 2.2e9),
      Figure(3, "VND", 1),   Figure(1, "VND", 300),    Figure(2, "VND", 6),
      Figure(3, "USD", 2),   Figure(1, "VND", 2200e6), Figure(2, "VND", 7),
      Figure(3, "VND", 3),   Figure(1, "VND", 100),    Figure(3, "USD", 4),
      Figure(1, "VND", 400)};
}

std::vector<bool> Flags(const std::vector<Claim>& claims) {
  std::vector<bool> out;
  for (const Claim& c : claims) out.push_back(c.templated);
  return out;
}

TEST(TemplatesTest, ClauseWithFourValuesIsATemplate) {
  std::vector<Claim> claims = Batch();
  MarkTemplates(&claims);
  for (const Claim& c : claims) {
    EXPECT_EQ(c.templated, c.template_key == 1) << c.template_key;
  }
}

// A clause with no words besides its figure (key 0: "(24 tuổi)") has
// nothing that recurs: never a template, whatever values it takes.
TEST(TemplatesTest, FigureAloneIsNoTemplate) {
  std::vector<Claim> claims;
  for (double v : {14, 24, 31, 45, 52}) claims.push_back(Figure(0, "age", v));
  MarkTemplates(&claims);
  for (const Claim& c : claims) EXPECT_FALSE(c.templated);
  MarkTemplatedClauses({ClauseOf(claims[0])}, &claims);
  for (const Claim& c : claims) EXPECT_FALSE(c.templated);
}

// The way a batch spread over machines finds them: every claim's distinct
// (clause, value), grouped by clause wherever the parts meet.
TEST(TemplatesTest, ClausesFoundOverPartsMarkTheSameClaims) {
  std::vector<Claim> whole = Batch();
  MarkTemplates(&whole);
  const std::vector<Claim> all = Batch();
  const int parts = 3;
  std::map<ClauseKey, std::set<int64_t>> values;
  for (size_t i = 0; i < all.size(); ++i) {
    values[ClauseOf(all[i])].insert(TemplateValue(all[i]));
  }
  absl::flat_hash_set<ClauseKey> templated;
  for (const auto& [clause, v] : values) {
    if (v.size() >= kTemplateValues) templated.insert(clause);
  }
  std::vector<bool> flags;
  for (int p = 0; p < parts; ++p) {
    std::vector<Claim> part;
    for (size_t i = p; i < all.size(); i += parts) part.push_back(all[i]);
    MarkTemplatedClauses(templated, &part);
    std::vector<bool> marked = Flags(part);
    for (size_t k = 0; k < marked.size(); ++k) {
      EXPECT_EQ(marked[k], whole[p + k * parts].templated) << p << " " << k;
    }
    // Within one part no clause reaches four values: only the batch's
    // values find the template.
    MarkTemplates(&part);
    for (const Claim& c : part) EXPECT_FALSE(c.templated);
  }
}

TEST(TemplatesTest, ValuesCountAsRead) {
  EXPECT_EQ(TemplateValue(Figure(1, "VND", 2.2e9)),
            TemplateValue(Figure(1, "VND", 2200e6)));
  EXPECT_NE(TemplateValue(Figure(1, "VND", 2.2e9)),
            TemplateValue(Figure(1, "VND", 2.3e9)));
}

}  // namespace
}  // namespace wirecheck
