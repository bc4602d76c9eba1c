// cli/exit_code.h: wirecheck's exit codes, so CI can gate on a batch.
//
//   0  the run finished (findings or not, unless --fail-on says otherwise)
//   1  the run found what --fail-on names (copies, uncredited copies,
//      same-outlet reuse, conflicts, edits of stored articles, or any of
//      these), at or above the rule's least containment or confidence
//   2  the command line was wrong, nothing usable was read, the store or
//      the report failed, or (--strict) the input had problems
//
// A failing gate explains itself: EvaluateGates returns every finding that
// tripped a rule, and GateMessage lists them (id and what it is) for
// stderr, capped with a count of the rest.
//
//   GateOutcome g = EvaluateGates(args.fail_on, articles, dedup, compare, {});
//   if (g.exit_code == kExitFindings) std::cerr << GateMessage(g, 10);
#ifndef WIRECHECK_CLI_EXIT_CODE_H_
#define WIRECHECK_CLI_EXIT_CODE_H_

#include <string>
#include <vector>

#include "cli/args.h"
#include "compare/compare.h"
#include "dedup/dedup.h"
#include "ingest/article.h"
#include "ingest/diagnostic.h"
#include "pipeline/edit.h"

namespace wirecheck {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;

// A finding that tripped a --fail-on rule.
struct GateHit {
  std::string id;           // Finding id; the article id for an edit.
  std::string description;  // "uncredited copy: b.vn <- a.vn (52%)".
};

struct GateOutcome {
  int exit_code = kExitOk;
  std::vector<GateHit> hits;  // Each finding once, in report order.
};

// Either result may be null (that stage did not run: nothing to gate on);
// `edits` are stored articles whose text came back changed (with a store).
GateOutcome EvaluateGates(const std::vector<FailRule>& rules,
                          const std::vector<Article>& articles,
                          const DedupResult* dedup,
                          const CompareResult* compare,
                          const std::vector<Edit>& edits);

// "wirecheck: exit 1: 3 findings matched --fail-on:" and one line per hit,
// at most `cap`, then "... and N more".
std::string GateMessage(const GateOutcome& outcome, size_t cap);

// Input problems --strict fails on: errors and warnings (notes lose
// nothing).
int InputProblems(const std::vector<Diagnostic>& diagnostics);

}  // namespace wirecheck

#endif  // WIRECHECK_CLI_EXIT_CODE_H_
