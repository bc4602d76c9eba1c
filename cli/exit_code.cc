#include "cli/exit_code.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace wirecheck {
namespace {

bool AtLeast(const FailRule& rule, double value) {
  return !rule.min.has_value() || value >= *rule.min;
}

bool Trips(const FailRule& rule, const CopyPair& p) {
  switch (rule.what) {
    case FailOn::kCopies:
    case FailOn::kAny:
      return AtLeast(rule, p.containment);
    case FailOn::kUncredited:
      return !p.credited && !p.same_outlet && AtLeast(rule, p.containment);
    case FailOn::kSameOutlet:
      return p.same_outlet && AtLeast(rule, p.containment);
    default:
      return false;
  }
}

bool Trips(const FailRule& rule, const Discrepancy& d) {
  if (d.cls != DiscrepancyClass::kConflict) return false;
  return (rule.what == FailOn::kConflicts || rule.what == FailOn::kAny) &&
         AtLeast(rule, d.confidence);
}

template <typename Finding>
bool AnyTrips(const std::vector<FailRule>& rules, const Finding& f) {
  for (const FailRule& r : rules) {
    if (Trips(r, f)) return true;
  }
  return false;
}

std::string CopyClass(const CopyPair& p) {
  if (p.same_outlet) return "same-outlet reuse";
  return p.credited ? "credited copy" : "uncredited copy";
}

std::string Describe(const std::vector<Article>& articles, const CopyPair& p) {
  return absl::StrFormat("%s: %s %s %s (%.0f%% of it)", CopyClass(p),
                         articles[p.copy].id,
                         p.by_date ? "copied from" : "shares a passage with",
                         articles[p.source].id, 100 * p.containment);
}

std::string Describe(const std::vector<Article>& articles,
                     const Discrepancy& d) {
  return absl::StrFormat("conflicting %s (confidence %.2f): %s vs %s",
                         ClaimKindName(d.kind), d.confidence,
                         articles[d.a.doc].id, articles[d.b.doc].id);
}

}  // namespace

GateOutcome EvaluateGates(const std::vector<FailRule>& rules,
                          const std::vector<Article>& articles,
                          const DedupResult* dedup,
                          const CompareResult* compare,
                          const std::vector<Edit>& edits) {
  GateOutcome out;
  if (dedup != nullptr) {
    for (const CopyPair& p : dedup->copies) {
      if (AnyTrips(rules, p)) out.hits.push_back({p.id, Describe(articles, p)});
    }
  }
  if (compare != nullptr) {
    for (const Discrepancy& d : compare->discrepancies) {
      if (AnyTrips(rules, d)) out.hits.push_back({d.id, Describe(articles, d)});
    }
  }
  for (const FailRule& r : rules) {
    if (r.what != FailOn::kEdits && r.what != FailOn::kAny) continue;
    for (const Edit& e : edits) {
      out.hits.push_back(
          {articles[e.doc].id,
           absl::StrCat("edited since stored (version ", e.version, ")")});
    }
    break;
  }
  if (!out.hits.empty()) out.exit_code = kExitFindings;
  return out;
}

std::string GateMessage(const GateOutcome& outcome, size_t cap) {
  const size_t n = outcome.hits.size();
  std::string out =
      absl::StrCat("wirecheck: exit 1: ", n, n == 1 ? " finding" : " findings",
                   " matched --fail-on:\n");
  for (size_t i = 0; i < n && i < cap; ++i) {
    absl::StrAppend(&out, "  ", outcome.hits[i].id, "  ",
                    outcome.hits[i].description, "\n");
  }
  if (n > cap) absl::StrAppend(&out, "  ... and ", n - cap, " more\n");
  return out;
}

int InputProblems(const std::vector<Diagnostic>& diagnostics) {
  int n = 0;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity != Diagnostic::Severity::kNote) ++n;
  }
  return n;
}

}  // namespace wirecheck
