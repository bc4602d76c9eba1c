#include "cli/exit_code.h"

#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "gtest/gtest.h"

namespace wirecheck {
namespace {

std::vector<Article> Articles() {
  std::vector<Article> out(4);
  for (size_t i = 0; i < out.size(); ++i) out[i].id = "doc" + std::to_string(i);
  return out;
}

CopyPair Copy(const std::string& id, double containment, bool credited,
              bool same_outlet) {
  CopyPair p;
  p.id = id;
  p.source = 0;
  p.copy = 1;
  p.containment = containment;
  p.credited = credited;
  p.same_outlet = same_outlet;
  return p;
}

Discrepancy Conflict(const std::string& id, double confidence) {
  Discrepancy d;
  d.id = id;
  d.confidence = confidence;
  d.a.doc = 2;
  d.b.doc = 3;
  return d;
}

struct Case {
  std::string name;
  std::vector<FailRule> rules;
  std::vector<std::string> hits;
};

TEST(ExitCodeTest, RulesPickTheFindingsThatTripThem) {
  DedupResult dedup;
  dedup.copies = {Copy("c-credited", 0.9, true, false),
                  Copy("c-uncredited", 0.6, false, false),
                  Copy("c-own", 1.0, false, true)};
  CompareResult compare;
  compare.discrepancies = {Conflict("d-strong", 0.95), Conflict("d-weak", 0.6)};
  Discrepancy update = Conflict("d-update", 0.99);
  update.cls = DiscrepancyClass::kUpdate;
  compare.discrepancies.push_back(update);
  const std::vector<Case> cases = {
      {"never", {}, {}},
      {"copies",
       {{FailOn::kCopies, {}}},
       {"c-credited", "c-uncredited", "c-own"}},
      {"copies:0.8", {{FailOn::kCopies, 0.8}}, {"c-credited", "c-own"}},
      // Same-outlet reuse is its own class, never an uncredited copy.
      {"uncredited", {{FailOn::kUncredited, {}}}, {"c-uncredited"}},
      {"uncredited:0.7", {{FailOn::kUncredited, 0.7}}, {}},
      {"same-outlet", {{FailOn::kSameOutlet, {}}}, {"c-own"}},
      // Updates are not conflicts.
      {"conflicts", {{FailOn::kConflicts, {}}}, {"d-strong", "d-weak"}},
      {"conflicts:0.9", {{FailOn::kConflicts, 0.9}}, {"d-strong"}},
      {"uncredited,conflicts:0.9",
       {{FailOn::kUncredited, {}}, {FailOn::kConflicts, 0.9}},
       {"c-uncredited", "d-strong"}},
      // A finding matched by two rules is listed once.
      {"copies,uncredited",
       {{FailOn::kCopies, 0.8}, {FailOn::kUncredited, {}}},
       {"c-credited", "c-uncredited", "c-own"}},
  };
  const std::vector<Article> articles = Articles();
  for (const Case& c : cases) {
    const GateOutcome g =
        EvaluateGates(c.rules, articles, &dedup, &compare, /*edits=*/{});
    std::vector<std::string> ids;
    for (const GateHit& h : g.hits) ids.push_back(h.id);
    EXPECT_EQ(ids, c.hits) << c.name;
    EXPECT_EQ(g.exit_code, c.hits.empty() ? kExitOk : kExitFindings) << c.name;
  }
}

TEST(ExitCodeTest, EditsTripEditsAndAny) {
  Edit e;
  e.doc = 1;
  e.version = 2;
  const std::vector<Article> articles = Articles();
  EXPECT_EQ(
      EvaluateGates({{FailOn::kEdits, {}}}, articles, nullptr, nullptr, {e})
          .hits.size(),
      1u);
  EXPECT_EQ(EvaluateGates({{FailOn::kAny, {}}, {FailOn::kEdits, {}}}, articles,
                          nullptr, nullptr, {e})
                .hits.size(),
            1u);
  EXPECT_TRUE(
      EvaluateGates({{FailOn::kCopies, {}}}, articles, nullptr, nullptr, {e})
          .hits.empty());
}

TEST(ExitCodeTest, MessageListsHitsUpToTheCap) {
  GateOutcome g;
  g.exit_code = kExitFindings;
  for (int i = 0; i < 12; ++i) {
    g.hits.push_back({"c-" + std::to_string(i), "uncredited copy"});
  }
  const std::string m = GateMessage(g, 10);
  EXPECT_TRUE(absl::StrContains(m, "12 findings matched --fail-on")) << m;
  EXPECT_TRUE(absl::StrContains(m, "  c-9  uncredited copy\n")) << m;
  EXPECT_FALSE(absl::StrContains(m, "c-10 ")) << m;
  EXPECT_TRUE(absl::StrContains(m, "... and 2 more")) << m;
}

TEST(ExitCodeTest, NotesAreNotInputProblems) {
  std::vector<Diagnostic> d(3);
  d[0].severity = Diagnostic::Severity::kNote;
  d[1].severity = Diagnostic::Severity::kWarning;
  d[2].severity = Diagnostic::Severity::kError;
  EXPECT_EQ(InputProblems(d), 2);
}

}  // namespace
}  // namespace wirecheck
