#include "cli/exit_code.h"

#include <algorithm>

namespace wirecheck {
namespace {

bool HasCopies(const DedupResult* dedup) {
  return dedup != nullptr && !dedup->copies.empty();
}

bool HasUncredited(const DedupResult* dedup) {
  return dedup != nullptr &&
         std::any_of(dedup->copies.begin(), dedup->copies.end(),
                     [](const CopyPair& p) { return !p.credited; });
}

bool HasConflicts(const CompareResult* compare) {
  return compare != nullptr &&
         std::any_of(compare->discrepancies.begin(),
                     compare->discrepancies.end(), [](const Discrepancy& d) {
                       return d.cls == DiscrepancyClass::kConflict;
                     });
}

}  // namespace

int ExitCodeFor(FailOn fail_on, const DedupResult* dedup,
                const CompareResult* compare, int edits) {
  bool found = false;
  switch (fail_on) {
    case FailOn::kNever:
      break;
    case FailOn::kCopies:
      found = HasCopies(dedup);
      break;
    case FailOn::kUncredited:
      found = HasUncredited(dedup);
      break;
    case FailOn::kConflicts:
      found = HasConflicts(compare);
      break;
    case FailOn::kEdits:
      found = edits > 0;
      break;
    case FailOn::kAny:
      found = HasCopies(dedup) || HasConflicts(compare) || edits > 0;
      break;
  }
  return found ? kExitFindings : kExitOk;
}

}  // namespace wirecheck
