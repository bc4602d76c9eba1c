// cli/exit_code.h: wirecheck's exit codes, so CI can gate on a batch.
//
//   0  the run finished (findings or not, unless --fail-on says otherwise)
//   1  the run found what --fail-on names (copies, uncredited copies,
//      conflicts, edits of stored articles, or any of these)
//   2  the command line was wrong or nothing usable was read
#ifndef WIRECHECK_CLI_EXIT_CODE_H_
#define WIRECHECK_CLI_EXIT_CODE_H_

#include "cli/args.h"
#include "compare/compare.h"
#include "dedup/dedup.h"

namespace wirecheck {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;

// Either result may be null (that stage did not run: nothing to gate on).
// `edits`: stored articles whose text came back changed (with a store).
int ExitCodeFor(FailOn fail_on, const DedupResult* dedup,
                const CompareResult* compare, int edits = 0);

}  // namespace wirecheck

#endif  // WIRECHECK_CLI_EXIT_CODE_H_
