// wirecheck's command-line front end: parse argv, read inputs, run the
// pipeline, print the report, choose the exit code. No algorithm lives here.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "cli/args.h"
#include "cli/exit_code.h"
#include "ingest/files.h"
#include "ingest/ingest.h"
#include "pipeline/check.h"
#include "pipeline/incremental.h"
#include "report/report.h"
#include "store/article_store.h"

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

void Render(const CliArgs& args, const ReportInput& report) {
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
  // Text reports end with the summary; keep it visible for the others.
  if (args.format != Format::kText) std::cerr << report.ingest_summary << "\n";
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
      std::cerr << d.ToString() << "\n";
    }
  }
  if (ingest.nothing_usable()) {
    std::cerr << "wirecheck: " << ingest.Summary() << "\n"
              << "wirecheck: nothing usable was read\n";
    return kExitUsage;
  }
  // Counted now: the articles move into the batch below.
  std::string summary = ingest.Summary();
  CheckOptions options = ToCheckOptions(args);
  if (!args.aliases_path.empty()) {
    absl::StatusOr<std::string> aliases = ReadWholeFile(args.aliases_path);
    if (!aliases.ok()) return UsageError(aliases.status().message());
    options.knowledge.aliases = *std::move(aliases);
  }
  if (!args.lexicon_path.empty()) {
    absl::StatusOr<std::string> lexicon = ReadWholeFile(args.lexicon_path);
    if (!lexicon.ok()) return UsageError(lexicon.status().message());
    options.knowledge.lexicon = *std::move(lexicon);
    options.knowledge.lexicon_name = args.lexicon_path;
  }

  std::unique_ptr<ArticleStore> store;
  size_t stored_before = 0;
  Batch batch;
  if (args.store_path.empty()) {
    batch = MergeWithSeen({}, std::move(ingest.articles));
  } else {
    absl::StatusOr<std::unique_ptr<ArticleStore>> opened =
        ArticleStore::Open(args.store_path);
    if (!opened.ok()) return UsageError(opened.status().message());
    store = *std::move(opened);
    absl::StatusOr<std::vector<Article>> seen = store->LoadAll();
    if (!seen.ok()) return UsageError(seen.status().message());
    stored_before = seen->size();
    batch = MergeWithSeen(*std::move(seen), std::move(ingest.articles));
  }

  absl::StatusOr<CheckResult> result = RunCheck(batch.articles, options);
  if (!result.ok()) return UsageError(result.status().message());
  KeepFindingsTouchingNew(batch.is_new, &*result);
  const std::vector<bool> listed = ArticlesToList(batch.is_new, *result);

  if (store != nullptr) {
    std::vector<Article> fresh;
    for (size_t i = 0; i < batch.articles.size(); ++i) {
      if (batch.is_new[i]) fresh.push_back(batch.articles[i]);
    }
    absl::StatusOr<ArticleStore::AddCounts> added = store->Add(fresh);
    if (!added.ok()) return UsageError(added.status().message());
    absl::StrAppend(&summary, "\nstore ", args.store_path, ": ", stored_before,
                    " articles from earlier runs; ", added->added, " added, ",
                    added->replaced, " changed, ", added->unchanged,
                    " already stored");
  }

  ReportInput report;
  report.articles = &batch.articles;
  report.docs = &result->docs;
  report.listed = &listed;
  if (args.command != Command::kCompare && result->dedup) {
    report.dedup = &*result->dedup;
  }
  if (result->compare) report.compare = &*result->compare;
  report.diagnostics = &ingest.diagnostics;
  report.ingest_summary = summary;
  report.show_boilerplate = args.show_boilerplate;
  report.show_claims = args.show_claims;
  report.show_documents = args.command == Command::kRead;
  if (args.explain) {
    absl::StatusOr<std::string> explain = ExplainLsh(options.dedup);
    if (!explain.ok()) return UsageError(explain.status().message());
    report.explain = *explain;
  }
  Render(args, report);
  return ExitCodeFor(args.fail_on, report.dedup,
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
