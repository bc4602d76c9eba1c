// wirecheck's command-line front end: parse argv, read inputs, run the
// pipeline, print the report, choose the exit code. No algorithm lives here.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "cli/args.h"
#include "cli/exit_code.h"
#include "ingest/files.h"
#include "ingest/ingest.h"
#include "pipeline/check.h"
#include "pipeline/incremental.h"
#include "pipeline/limits.h"
#include "pipeline/store_admin.h"
#include "pipeline/store_run.h"
#include "report/report.h"
#include "report/terminal.h"
#include "store/article_store.h"

namespace wirecheck {
namespace {

// Every line for stderr goes through here: file names, ids and messages
// quoting input carry no terminal control sequence to the user's screen.
void PrintError(absl::string_view text) {
  std::cerr << TerminalSafeLines(text) << "\n";
}

int UsageError(absl::string_view message) {
  PrintError(absl::StrCat("wirecheck: ", message));
  std::cerr << "run 'wirecheck --help' for usage\n";
  return kExitUsage;
}

CheckOptions ToCheckOptions(const CliArgs& args) {
  CheckOptions o;
  o.prepare.threads = args.threads;
  o.prepare.tokenizer.fold_diacritics = args.fold_diacritics;
  o.dedup.threshold = args.threshold;
  o.dedup.shingle = args.shingle;
  o.dedup.num_perm = args.num_perm;
  o.dedup.min_passage = args.min_passage;
  o.dedup.threads = args.threads;
  o.compare.include_refinements = args.include_refinements;
  o.compare.include_updates = args.include_updates;
  o.compare.include_candidates = args.include_candidates;
  o.compare.min_confidence = args.min_confidence;
  o.compare.threads = args.threads;
  // `compare` still runs dedup: a copied pair reports one event, and copied
  // passages make changed numbers certain.
  o.run_dedup = args.command != Command::kRead;
  o.run_compare =
      args.command == Command::kCheck || args.command == Command::kCompare;
  return o;
}

absl::StatusOr<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot read ", path));
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A store problem: the message names the file; no pointer to --help.
int StoreFailure(absl::string_view message) {
  PrintError(absl::StrCat("wirecheck: ", message));
  return kExitUsage;
}

int64_t Now() { return absl::ToUnixSeconds(absl::Now()); }

// Fills the options' user knowledge from --aliases and --lexicon.
absl::Status AddKnowledgeFiles(const CliArgs& args, CheckOptions* options) {
  if (!args.aliases_path.empty()) {
    absl::StatusOr<std::string> aliases = ReadWholeFile(args.aliases_path);
    if (!aliases.ok()) return aliases.status();
    options->knowledge.aliases = *std::move(aliases);
  }
  if (!args.lexicon_path.empty()) {
    absl::StatusOr<std::string> lexicon = ReadWholeFile(args.lexicon_path);
    if (!lexicon.ok()) return lexicon.status();
    options->knowledge.lexicon = *std::move(lexicon);
    options->knowledge.lexicon_name = args.lexicon_path;
  }
  return absl::OkStatus();
}

// Writes the report; false when stdout failed (a full disk, a closed pipe):
// the findings did not reach anyone.
bool Render(const CliArgs& args, const ReportInput& report) {
  switch (args.format) {
    case Format::kText:
      std::cout << RenderText(report);
      break;
    case Format::kJson:
      std::cout << RenderJson(report);
      break;
    case Format::kCsv:
      std::cout << RenderCsv(report);
      break;
  }
  std::cout.flush();
  // Text reports end with the summary; keep it visible for the others.
  if (args.format != Format::kText) PrintError(report.ingest_summary);
  return std::cout.good();
}

std::string StoreSummary(const CliArgs& args, const StoreRun& run) {
  return absl::StrCat("\nstore ", args.store_path, ": ", run.stored_before,
                      " articles from earlier runs; ", run.to_add, " added, ",
                      run.to_edit, " changed (kept as new versions), ",
                      run.unchanged, " already stored; ", run.candidates,
                      " stored articles matched");
}

int RunStoreCommand(const CliArgs& args) {
  StoreRunOptions options;
  options.check = ToCheckOptions(args);
  if (absl::Status s = AddKnowledgeFiles(args, &options.check); !s.ok()) {
    return UsageError(s.message());
  }
  if (args.store_action == StoreAction::kRebuild) {
    absl::StatusOr<RebuildCounts> c =
        RebuildStore(args.store_path, options, Now());
    if (!c.ok()) return StoreFailure(c.status().message());
    std::cout << "rebuilt " << args.store_path << " from schema "
              << c->from_schema << ": " << c->articles << " articles, "
              << c->versions << " versions\n";
    return kExitOk;
  }
  ArticleStore::OpenOptions open;
  open.create = false;
  // Housekeeping works whatever the index was built with.
  open.check_params = false;
  absl::StatusOr<std::unique_ptr<ArticleStore>> store =
      ArticleStore::Open(args.store_path, StoreParamsFor(options.check), open);
  if (!store.ok()) return StoreFailure(store.status().message());
  switch (args.store_action) {
    case StoreAction::kStats: {
      absl::StatusOr<StoreStats> s = (*store)->Stats();
      if (!s.ok()) return StoreFailure(s.status().message());
      std::cout << RenderStoreStats(args.store_path, *s);
      return kExitOk;
    }
    case StoreAction::kPrune: {
      absl::StatusOr<int> n =
          PruneStore(**store, Now() - args.older_than_seconds, options);
      if (!n.ok()) return StoreFailure(n.status().message());
      std::cout << "pruned " << *n << " articles from " << args.store_path
                << "\n";
      return kExitOk;
    }
    case StoreAction::kVacuum: {
      if (absl::Status s = (*store)->Vacuum(); !s.ok()) {
        return StoreFailure(s.message());
      }
      std::cout << "vacuumed " << args.store_path << "\n";
      return kExitOk;
    }
    case StoreAction::kExport: {
      absl::Status s = (*store)->ForEach(
          [](const StoredArticle& a) {
            std::cout << ExportLine(a.article, a.version, a.stored_at);
            return std::cout.good()
                       ? absl::OkStatus()
                       : absl::DataLossError("cannot write the export");
          },
          /*all_versions=*/true);
      std::cout.flush();
      if (!s.ok() || !std::cout.good()) {
        return StoreFailure(s.ok() ? "cannot write the export" : s.message());
      }
      return kExitOk;
    }
    case StoreAction::kRebuild:
      break;
  }
  return kExitOk;
}

int Run(const CliArgs& args) {
  IngestOptions ingest_options;
  ingest_options.max_file_bytes = args.max_file_bytes;
  IngestResult ingest = IngestPaths(args.inputs, ingest_options, &std::cin);
  if (!args.quiet) {
    // Notes (non-article files in a folder) are only counted in the
    // summary; JSON lists them.
    for (const Diagnostic& d : ingest.diagnostics) {
      if (d.severity == Diagnostic::Severity::kNote) continue;
      PrintError(TerminalSafe(d.ToString()));
    }
  }
  if (ingest.nothing_usable()) {
    PrintError(absl::StrCat("wirecheck: ", ingest.Summary()));
    PrintError("wirecheck: nothing usable was read");
    return kExitUsage;
  }
  // Counted now: the articles move into the batch below.
  std::string summary = ingest.Summary();
  StoreRunOptions options;
  options.check = ToCheckOptions(args);
  if (absl::Status s = AddKnowledgeFiles(args, &options.check); !s.ok()) {
    return UsageError(s.message());
  }

  std::unique_ptr<ArticleStore> store;
  StoreRun run;
  if (args.store_path.empty()) {
    run.batch = AllNew(std::move(ingest.articles));
    absl::StatusOr<CheckResult> result =
        RunCheck(run.batch.articles, options.check);
    if (!result.ok()) return UsageError(result.status().message());
    run.result = *std::move(result);
  } else {
    absl::StatusOr<std::unique_ptr<ArticleStore>> opened =
        ArticleStore::Open(args.store_path, StoreParamsFor(options.check), {});
    if (!opened.ok()) return StoreFailure(opened.status().message());
    store = *std::move(opened);
    absl::StatusOr<StoreRun> matched =
        MatchAgainstStore(*store, std::move(ingest.articles), options);
    if (!matched.ok()) return StoreFailure(matched.status().message());
    run = *std::move(matched);
    absl::StrAppend(&summary, StoreSummary(args, run));
  }
  if (run.result.compare) {
    // Limits the analysis hit are warnings like ingest's: on stderr and in
    // the report's diagnostics.
    for (Diagnostic& d : LimitWarnings(run.batch.articles, *run.result.compare,
                                       options.check.compare.extract)) {
      if (!args.quiet) PrintError(TerminalSafe(d.ToString()));
      ingest.diagnostics.push_back(std::move(d));
    }
  }
  const std::vector<bool> listed = ArticlesToList(run.batch.is_new, run.result);

  ReportInput report;
  report.articles = &run.batch.articles;
  report.docs = &run.result.docs;
  report.listed = &listed;
  if (args.command != Command::kCompare && run.result.dedup) {
    report.dedup = &*run.result.dedup;
  }
  if (run.result.compare) report.compare = &*run.result.compare;
  if (store != nullptr) report.edits = &run.edits;
  report.diagnostics = &ingest.diagnostics;
  report.ingest_summary = summary;
  report.show_boilerplate = args.show_boilerplate;
  report.show_claims = args.show_claims;
  report.show_documents = args.command == Command::kRead;
  if (args.explain) {
    absl::StatusOr<std::string> explain = ExplainLsh(options.check.dedup);
    if (!explain.ok()) return UsageError(explain.status().message());
    report.explain = *explain;
  }
  if (!Render(args, report)) {
    return StoreFailure(
        store == nullptr
            ? "cannot write the report"
            : "cannot write the report; the store was not updated");
  }
  // Stored only once the report is out: a failed run leaves the store as
  // it was, and the next run reports the same findings.
  if (store != nullptr) {
    absl::StatusOr<StoreCounts> counts = CommitToStore(*store, run, Now());
    if (!counts.ok()) {
      return StoreFailure(
          absl::StrCat("the report was written but the store was not updated: ",
                       counts.status().message()));
    }
  }
  return ExitCodeFor(args.fail_on, report.dedup,
                     run.result.compare ? &*run.result.compare : nullptr,
                     static_cast<int>(run.edits.size()));
}

}  // namespace
}  // namespace wirecheck

int main(int argc, char** argv) {
  using namespace wirecheck;
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> words(argv, argv + argc);
  absl::StatusOr<CliArgs> args = ParseArgs(words);
  if (!args.ok()) return UsageError(args.status().message());
  switch (args->command) {
    case Command::kHelp:
      std::cout << HelpText();
      return kExitOk;
    case Command::kVersion:
      std::cout << VersionText() << "\n";
      return kExitOk;
    case Command::kStore:
      return RunStoreCommand(*args);
    default:
      return Run(*args);
  }
}
