// pipeline/baseline.h: findings a team has already seen, kept in a file
// they commit, so CI reports only what is new.
//
// `wirecheck baseline ... > wirecheck-baseline.tsv` writes every current
// finding as one line; a person then marks lines `dismissed` (a false
// positive) or `accepted` (real, and fine) with a note. A run given the
// file (`--baseline=FILE`) leaves out every finding listed in it, whatever
// its status, and counts what it left out; gates see only the rest. The
// format is in doc/baseline.md:
//
//   # wirecheck baseline 1
//   id<TAB>type<TAB>status<TAB>note<TAB>summary
//   c-0f3a9c2b7d114e58<TAB>copy<TAB>dismissed<TAB>syndication deal<TAB>...
//
// The summary is for people reading the file and is never read back.
//
//   ASSIGN_OR_RETURN(Baseline b, ParseBaseline(text, "baseline.tsv"));
//   BaselineCounts hidden = ApplyBaseline(b, &dedup, &compare);
//   std::string file = FormatBaseline(BaselineEntriesFor(articles, &dedup,
//                                                        &compare, &b));
#ifndef WIRECHECK_PIPELINE_BASELINE_H_
#define WIRECHECK_PIPELINE_BASELINE_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "compare/compare.h"
#include "dedup/dedup.h"
#include "ingest/article.h"

namespace wirecheck {

enum class FindingType { kCopy, kDiscrepancy };
enum class BaselineStatus {
  kOpen,       // Known, not yet looked at.
  kDismissed,  // A false positive.
  kAccepted,   // Real, and acceptable (a syndication deal, a correction).
};

const char* FindingTypeName(FindingType t);        // "copy", "discrepancy"
const char* BaselineStatusName(BaselineStatus s);  // "open", ...

struct BaselineEntry {
  std::string id;  // "c-..." or "d-..." (pipeline/finding_id.h).
  FindingType type = FindingType::kCopy;
  BaselineStatus status = BaselineStatus::kOpen;
  std::string note;     // Why it was dismissed or accepted.
  std::string summary;  // Articles and values, for people.
};

struct Baseline {
  std::vector<BaselineEntry> entries;              // In file order.
  absl::flat_hash_map<std::string, size_t> by_id;  // Into `entries`.

  const BaselineEntry* Find(const std::string& id) const;
};

// InvalidArgument "FILE:LINE: ..." for a line that is not a baseline entry
// (wrong field count, unknown type or status, an id that is not a finding
// id or does not fit its type, an id listed twice) or a file without the
// "# wirecheck baseline 1" first line.
absl::StatusOr<Baseline> ParseBaseline(absl::string_view text,
                                       absl::string_view file_name);

// One entry per finding, copies first, in report order; a finding that
// `previous` lists keeps its status and note. Either result may be null.
std::vector<BaselineEntry> BaselineEntriesFor(
    const std::vector<Article>& articles, const DedupResult* dedup,
    const CompareResult* compare, const Baseline* previous);

// The file: the version line, a comment on how to edit it, a header row,
// one line per entry. Tabs and line breaks in notes and summaries become
// spaces.
std::string FormatBaseline(const std::vector<BaselineEntry>& entries);

struct BaselineCounts {
  int open = 0, dismissed = 0, accepted = 0;
  int total() const { return open + dismissed + accepted; }
};

// Removes every copy and discrepancy the baseline lists; counts them by
// status. Either result may be null.
BaselineCounts ApplyBaseline(const Baseline& baseline, DedupResult* dedup,
                             CompareResult* compare);

}  // namespace wirecheck

#endif  // WIRECHECK_PIPELINE_BASELINE_H_
