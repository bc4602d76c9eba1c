// wirecheck's command-line front end: parse argv, read inputs, run the
// pipeline, print the report, choose the exit code. No algorithm lives here.
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "cli/args.h"
#include "cli/exit_code.h"
#include "cli/progress.h"
#include "ingest/files.h"
#include "ingest/ingest.h"
#include "pipeline/baseline.h"
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
  CheckOptions o = args.run;
  o.compare.include_refinements = args.include_refinements;
  o.compare.include_updates = args.include_updates;
  o.compare.include_candidates = args.include_candidates;
  // `compare` still runs dedup: a copied pair reports one event, and copied
  // passages make changed numbers certain.
  o.run_dedup = args.command != Command::kRead;
  o.run_compare = args.command == Command::kCheck ||
                  args.command == Command::kCompare ||
                  args.command == Command::kBaseline;
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

// --baseline=FILE, read before any work so a bad line fails fast.
absl::StatusOr<std::optional<Baseline>> ReadBaseline(const CliArgs& args) {
  if (args.baseline_path.empty()) return std::nullopt;
  absl::StatusOr<std::string> text = ReadWholeFile(args.baseline_path);
  if (!text.ok()) return text.status();
  absl::StatusOr<Baseline> b = ParseBaseline(*text, args.baseline_path);
  if (!b.ok()) return b.status();
  return std::optional<Baseline>(*std::move(b));
}

// Leaves out what --baseline lists and, with --new-only, what earlier runs
// reported; says so in the summary.
void FilterFindings(const CliArgs& args, const std::optional<Baseline>& b,
                    StoreRun* run, std::string* summary) {
  CheckResult& r = run->result;
  // `compare` reports no copies: none of them is left out.
  DedupResult* copies =
      r.dedup && args.command != Command::kCompare ? &*r.dedup : nullptr;
  CompareResult* discrepancies = r.compare ? &*r.compare : nullptr;
  if (b) {
    const BaselineCounts n = ApplyBaseline(*b, copies, discrepancies);
    absl::StrAppend(summary, "\nbaseline ", args.baseline_path, ": ", n.total(),
                    n.total() == 1 ? " finding" : " findings", " left out (",
                    n.open, " open, ", n.dismissed, " dismissed, ", n.accepted,
                    " accepted)");
  }
  if (args.new_only) {
    const int n = DropSeenBefore(copies, discrepancies);
    absl::StrAppend(summary, "\n", n, n == 1 ? " finding" : " findings",
                    " reported by earlier runs left out (--new-only)");
  }
  if (b || args.new_only) RebuildClusters(run->batch.articles, &r);
}

// `wirecheck baseline`: the run's findings as a baseline file, keeping the
// triage of a --baseline given.
int WriteBaselineFile(const CliArgs& args, const StoreRun& run,
                      const std::optional<Baseline>& previous,
                      const std::string& summary) {
  const CheckResult& r = run.result;
  const std::vector<BaselineEntry> entries = BaselineEntriesFor(
      run.batch.articles, r.dedup ? &*r.dedup : nullptr,
      r.compare ? &*r.compare : nullptr, previous ? &*previous : nullptr);
  const std::string text = FormatBaseline(entries);
  if (args.out_path.empty()) {
    std::cout << text;
    std::cout.flush();
    if (!std::cout.good()) return StoreFailure("cannot write the baseline");
  } else {
    std::ofstream out(args.out_path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) {
      return StoreFailure(absl::StrCat("cannot write ", args.out_path));
    }
  }
  std::cerr << summary << "\nbaseline: " << entries.size()
            << (entries.size() == 1 ? " finding" : " findings")
            << " written to "
            << (args.out_path.empty() ? "standard output" : args.out_path);
  if (previous) {
    size_t kept = 0;
    for (const BaselineEntry& e : entries)
      kept += previous->Find(e.id) != nullptr;
    std::cerr << " (" << kept << " kept from " << args.baseline_path << ", "
              << previous->entries.size() - kept << " no longer found)";
  }
  std::cerr << "\n";
  return kExitOk;
}

// Fills the options' user knowledge from --aliases and --lexicon.
absl::Status AddKnowledgeFiles(const CliArgs& args, CheckOptions* options) {
  if (!args.aliases_path.empty()) {
    absl::StatusOr<std::string> aliases = ReadWholeFile(args.aliases_path);
    if (!aliases.ok()) return aliases.status();
    options->knowledge.aliases = *std::move(aliases);
    options->knowledge.aliases_name = args.aliases_path;
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
    case Format::kHtml:
      std::cout << RenderHtml(report);
      break;
    case Format::kMarkdown:
      std::cout << RenderMarkdown(report);
      break;
  }
  std::cout.flush();
  // The summary goes to stderr whatever the format: stdout is the report.
  PrintError(report.ingest_summary);
  return std::cout.good();
}

std::string StoreSummary(const CliArgs& args, const StoreRun& run) {
  return absl::StrCat(
      "\nstore ", args.store_path, ": ", run.stored_before,
      " articles from earlier runs; ", run.to_add, " added, ", run.to_edit,
      " changed (kept as new versions), ", run.unchanged, " already stored; ",
      run.candidates, " stored articles matched; ", run.seen_before, " of ",
      run.finding_ids.size(), " findings reported by earlier runs");
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

// --strict: any input problem fails the run (exit 2) once its output is
// written.
int StrictExitCode(const CliArgs& args,
                   const std::vector<Diagnostic>& diagnostics) {
  const int problems = InputProblems(diagnostics);
  if (!args.strict || problems == 0) return kExitOk;
  std::cerr << "wirecheck: exit 2: --strict and " << problems
            << (problems == 1 ? " input problem" : " input problems")
            << " (counted in the summary)\n";
  return kExitUsage;
}

// After the report: --strict fails on input problems (exit 2), else the
// --fail-on gates decide, and say which findings tripped them.
int FinalExitCode(const CliArgs& args, const StoreRun& run,
                  const ReportInput& report,
                  const std::vector<Diagnostic>& diagnostics) {
  const GateOutcome gates = EvaluateGates(
      args.fail_on, run.batch.articles, report.dedup,
      run.result.compare ? &*run.result.compare : nullptr, run.edits);
  if (gates.exit_code != kExitOk) std::cerr << GateMessage(gates, 10);
  const int strict = StrictExitCode(args, diagnostics);
  return strict != kExitOk ? strict : gates.exit_code;
}

// Reads every input and prints what went wrong with each (notes, such as
// non-article files in a folder, are only counted in the summary).
IngestResult ReadInputs(const CliArgs& args) {
  IngestOptions ingest_options;
  ingest_options.max_file_bytes = args.max_file_bytes;
  IngestResult ingest = IngestPaths(args.inputs, ingest_options, &std::cin);
  if (!args.quiet) {
    for (const Diagnostic& d : ingest.diagnostics) {
      if (d.severity == Diagnostic::Severity::kNote) continue;
      PrintError(TerminalSafe(d.ToString()));
    }
  }
  return ingest;
}

// Runs the batch alone or against --store (opened into *store); returns
// the exit code of a failure, or kExitOk with *run filled.
int MatchBatch(const CliArgs& args, const StoreRunOptions& options,
               std::vector<Article> articles,
               std::unique_ptr<ArticleStore>* store, StoreRun* run,
               std::string* summary) {
  if (args.store_path.empty()) {
    run->batch = AllNew(std::move(articles));
    absl::StatusOr<CheckResult> result =
        RunCheck(run->batch.articles, options.check);
    if (!result.ok()) return UsageError(result.status().message());
    run->result = *std::move(result);
    return kExitOk;
  }
  absl::StatusOr<std::unique_ptr<ArticleStore>> opened =
      ArticleStore::Open(args.store_path, StoreParamsFor(options.check), {});
  if (!opened.ok()) return StoreFailure(opened.status().message());
  *store = *std::move(opened);
  absl::StatusOr<StoreRun> matched =
      MatchAgainstStore(**store, std::move(articles), options);
  if (!matched.ok()) return StoreFailure(matched.status().message());
  *run = *std::move(matched);
  absl::StrAppend(summary, StoreSummary(args, *run));
  return kExitOk;
}

// Limits the analysis hit are warnings like ingest's: on stderr and in the
// report's diagnostics.
void AddLimitWarnings(const CliArgs& args, const StoreRun& run,
                      const CheckOptions& options,
                      std::vector<Diagnostic>* diagnostics) {
  if (!run.result.compare) return;
  for (Diagnostic& d : LimitWarnings(run.batch.articles, *run.result.compare,
                                     options.compare.extract)) {
    if (!args.quiet) PrintError(TerminalSafe(d.ToString()));
    diagnostics->push_back(std::move(d));
  }
}

// What the report shows, all pointing into the run (which must outlive it).
ReportInput MakeReportInput(const CliArgs& args, const StoreRun& run,
                            const CheckOptions& options, bool with_store,
                            const std::vector<bool>& listed,
                            const std::vector<Diagnostic>& diagnostics,
                            const std::string& summary) {
  ReportInput report;
  report.articles = &run.batch.articles;
  report.docs = &run.result.docs;
  report.listed = &listed;
  if (args.command != Command::kCompare && run.result.dedup) {
    report.dedup = &*run.result.dedup;
  }
  if (run.result.compare) report.compare = &*run.result.compare;
  if (with_store) report.edits = &run.edits;
  report.diagnostics = &diagnostics;
  report.ingest_summary = summary;
  report.show_boilerplate = args.show_boilerplate;
  report.show_claims = args.show_claims;
  report.csv_bom = args.csv_bom;
  report.show_documents = args.command == Command::kRead;
  report.tool_version = ToolVersion();
  if (args.command != Command::kRead) report.options = &options;
  return report;
}

// Prints the report, then (only once it is out) stores the batch: a failed
// run leaves the store as it was, and the next run reports the same
// findings. Returns the exit code of a failure, or kExitOk.
int WriteReportThenStore(const CliArgs& args, const StoreRun& run,
                         ArticleStore* store, const ReportInput& report) {
  if (!Render(args, report)) {
    return StoreFailure(
        store == nullptr
            ? "cannot write the report"
            : "cannot write the report; the store was not updated");
  }
  if (store == nullptr) return kExitOk;
  absl::StatusOr<StoreCounts> counts = CommitToStore(*store, run, Now());
  if (!counts.ok()) {
    return StoreFailure(
        absl::StrCat("the report was written but the store was not updated: ",
                     counts.status().message()));
  }
  return kExitOk;
}

int Run(const CliArgs& args) {
  Progress progress(isatty(STDERR_FILENO) != 0 && !args.quiet);
  progress.Stage("reading the inputs");
  IngestResult ingest = ReadInputs(args);
  progress.Done();
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
  absl::StatusOr<std::optional<Baseline>> baseline = ReadBaseline(args);
  if (!baseline.ok()) return StoreFailure(baseline.status().message());

  progress.Stage(absl::StrCat("matching ", ingest.articles.size(),
                              " articles (copies, then claims)"));
  std::unique_ptr<ArticleStore> store;
  StoreRun run;
  if (int failed = MatchBatch(args, options, std::move(ingest.articles), &store,
                              &run, &summary)) {
    return failed;
  }
  AddLimitWarnings(args, run, options.check, &ingest.diagnostics);
  progress.Done();
  if (args.command == Command::kBaseline) {
    const int written = WriteBaselineFile(args, run, *baseline, summary);
    return written != kExitOk ? written
                              : StrictExitCode(args, ingest.diagnostics);
  }
  FilterFindings(args, *baseline, &run, &summary);
  const std::vector<bool> listed = ArticlesToList(run.batch.is_new, run.result);
  ReportInput report =
      MakeReportInput(args, run, options.check, store != nullptr, listed,
                      ingest.diagnostics, summary);
  if (args.explain) {
    absl::StatusOr<std::string> explain = ExplainLsh(options.check.dedup);
    if (!explain.ok()) return UsageError(explain.status().message());
    report.explain = *explain;
  }
  if (int failed = WriteReportThenStore(args, run, store.get(), report)) {
    return failed;
  }
  return FinalExitCode(args, run, report, ingest.diagnostics);
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
