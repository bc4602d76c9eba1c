// cli/args.h: the wirecheck command line, parsed into a struct.
//
//   wirecheck <command> [flags] INPUT...
//
// Parsing is kept apart from main() so the whole surface (every command,
// flag, default and error message) is tested without running a process.
#ifndef WIRECHECK_CLI_ARGS_H_
#define WIRECHECK_CLI_ARGS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace wirecheck {

enum class Command { kCheck, kDedup, kCompare, kRead, kStore, kHelp, kVersion };
// `wirecheck store ACTION --store=FILE`: housekeeping of a store.
enum class StoreAction { kStats, kPrune, kVacuum, kExport, kRebuild };
enum class Format { kText, kJson, kCsv, kHtml, kMarkdown };
// Which findings make the exit code 1 (for CI gates).
enum class FailOn { kNever, kCopies, kUncredited, kConflicts, kEdits, kAny };

struct CliArgs {
  Command command = Command::kHelp;
  std::vector<std::string> inputs;  // Files, folders, or "-" for stdin JSONL.
  Format format = Format::kText;
  bool csv_bom = false;  // CSV starts with a UTF-8 byte order mark.

  // dedup
  double threshold = 0.5;
  int shingle = 5;
  int num_perm = 128;
  int min_passage = 40;
  bool explain = false;

  // compare
  bool show_claims = false;
  bool include_refinements = false;
  bool include_updates = false;
  bool include_candidates = false;  // Conflicts below the default confidence.
  double min_confidence = 0.5;      // Conflicts reported by default.
  std::string aliases_path;  // Extra alias table, added to the built-in one.
  std::string lexicon_path;  // Extra lexicon entries (data/lexicon tables).

  // shared
  bool show_boilerplate = false;
  bool fold_diacritics = false;
  int threads = 0;  // 0: one per core.
  FailOn fail_on = FailOn::kNever;
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

}  // namespace wirecheck

#endif  // WIRECHECK_CLI_ARGS_H_
