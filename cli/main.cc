// wirecheck's command-line front end: parse argv, read inputs, run the
// pipeline, print the report, choose the exit code. No algorithm lives here.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/exit_code.h"
#include "ingest/files.h"
#include "ingest/ingest.h"
#include "pipeline/check.h"
#include "report/report.h"

namespace wirecheck {
namespace {

int UsageError(absl::string_view message) {
  std::cerr << "wirecheck: " << message << "\n"
            << "run 'wirecheck --help' for usage\n";
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
  // `compare` still runs dedup: its story clusters say which articles
  // report one event, and copied passages make changed numbers certain.
  o.run_dedup = args.command != Command::kRead;
  o.run_compare =
      args.command == Command::kCheck || args.command == Command::kCompare;
  return o;
}

void PrintDiagnostics(const IngestResult& ingest, bool quiet) {
  if (quiet) return;
  for (const Diagnostic& d : ingest.diagnostics) {
    std::cerr << d.ToString() << "\n";
  }
}

int Run(const CliArgs& args) {
  IngestResult ingest = IngestPaths(args.inputs, IngestOptions(), &std::cin);
  PrintDiagnostics(ingest, args.quiet);
  if (ingest.nothing_usable()) {
    std::cerr << "wirecheck: " << ingest.Summary() << "\n"
              << "wirecheck: nothing usable was read\n";
    return kExitUsage;
  }
  CheckOptions options = ToCheckOptions(args);
  if (!args.aliases_path.empty()) {
    std::ifstream in(args.aliases_path, std::ios::binary);
    if (!in) return UsageError("cannot read --aliases=" + args.aliases_path);
    std::stringstream ss;
    ss << in.rdbuf();
    options.extra_aliases = ss.str();
  }
  absl::StatusOr<CheckResult> result = RunCheck(ingest.articles, options);
  if (!result.ok()) return UsageError(result.status().message());

  ReportInput report;
  report.articles = &ingest.articles;
  report.docs = &result->docs;
  if (args.command != Command::kCompare && result->dedup) {
    report.dedup = &*result->dedup;
  }
  if (result->compare) report.compare = &*result->compare;
  report.diagnostics = &ingest.diagnostics;
  report.ingest_summary = ingest.Summary();
  report.show_boilerplate = args.show_boilerplate;
  report.show_claims = args.show_claims;
  report.show_documents = args.command == Command::kRead;
  if (args.explain) {
    absl::StatusOr<std::string> explain = ExplainLsh(options.dedup);
    if (!explain.ok()) return UsageError(explain.status().message());
    report.explain = *explain;
  }
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
  if (args.format != Format::kText) std::cerr << ingest.Summary() << "\n";
  return ExitCodeFor(args.fail_on,
                     result->dedup ? &*result->dedup : nullptr,
                     result->compare ? &*result->compare : nullptr);
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
    default:
      return Run(*args);
  }
}
