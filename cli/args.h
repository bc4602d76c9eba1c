// cli/args.h: the wirecheck command line, parsed into a struct.
//
//   wirecheck <command> [flags] INPUT...
//
// Parsing is kept apart from main() so the whole surface (every command,
// flag, default and error message) is tested without running a process.
#ifndef WIRECHECK_CLI_ARGS_H_
#define WIRECHECK_CLI_ARGS_H_

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "pipeline/check.h"

namespace wirecheck {

enum class Command {
  kCheck,
  kDedup,
  kCompare,
  kBaseline,  // Writes the findings of a check run as a baseline file.
  kRead,
  kStore,
  kHelp,
  kVersion
};
// `wirecheck store ACTION --store=FILE`: housekeeping of a store.
enum class StoreAction { kStats, kPrune, kVacuum, kExport, kRebuild };
enum class Format { kText, kJson, kCsv, kHtml, kMarkdown };
// Which findings make the exit code 1 (for CI gates).
enum class FailOn {
  kNever,
  kCopies,      // Any copy (same-outlet reuse included).
  kUncredited,  // Copies across outlets that do not credit their source.
  kSameOutlet,  // An outlet reusing its own story.
  kConflicts,   // Conflicting claims.
  kEdits,       // Stored articles that came back changed.
  kAny,         // Copies, conflicts or edits.
};

// One item of --fail-on=LIST: "conflicts:0.9" is {kConflicts, 0.9}. The
// least value is a containment for copy classes and a confidence for
// conflicts; unset, every finding of the class counts.
struct FailRule {
  FailOn what = FailOn::kNever;
  std::optional<double> min;

  bool operator==(const FailRule& o) const {
    return what == o.what && min == o.min;
  }
};

struct CliArgs {
  Command command = Command::kHelp;
  std::vector<std::string> inputs;  // Files, folders, or "-" for stdin JSONL.
  Format format = Format::kText;
  bool csv_bom = false;  // CSV starts with a UTF-8 byte order mark.

  // What the run flags (pipeline/run_options.h: --threshold, --shingle,
  // --num-perm, --min-passage, --fold-diacritics, --min-confidence,
  // --threads) set, straight in the library's options.
  CheckOptions run;

  // dedup
  bool explain = false;

  // compare
  bool show_claims = false;
  bool include_refinements = false;
  bool include_updates = false;
  bool include_candidates = false;  // Conflicts below the default confidence.
  std::string aliases_path;  // Extra alias table, added to the built-in one.
  std::string lexicon_path;  // Extra lexicon entries (data/lexicon tables).

  // shared
  bool show_boilerplate = false;
  std::vector<FailRule> fail_on;  // Empty: never fail on findings.
  // Any input problem (a missing path, a skipped file or line, repaired
  // input) makes the run exit 2 once the report is written.
  bool strict = false;
  // A baseline file (pipeline/baseline.h): findings it lists are left out.
  std::string baseline_path;
  bool new_only = false;  // With --store: leave out findings seen before.
  std::string out_path;   // `baseline`: the file to write ("" = stdout).
  // Every flag given, by name: one that does not apply to the command is
  // an error, never silently ignored.
  std::set<std::string> given;
  bool quiet = false;  // No per-file warnings on stderr, summary only.
  // SQLite file of articles seen in earlier runs (store/article_store.h):
  // the batch is matched against them and only findings that involve a new
  // article are reported. Empty: no store.
  std::string store_path;
  StoreAction store_action = StoreAction::kStats;
  // store prune: articles stored longer ago than this go (seconds).
  int64_t older_than_seconds = -1;
  // Largest .txt/.html file, or JSONL line, read (bytes).
  int64_t max_file_bytes = int64_t{64} << 20;
};

// Parses argv[1..]. Errors name the offending argument; the caller prints
// them with a pointer to --help and exits 2.
absl::StatusOr<CliArgs> ParseArgs(const std::vector<std::string>& argv);

// The full --help text: every command and flag with its default.
std::string HelpText();

// "wirecheck 0.1.0 (schema 1)".
std::string VersionText();
// "0.1.0".
std::string ToolVersion();

}  // namespace wirecheck

#endif  // WIRECHECK_CLI_ARGS_H_
