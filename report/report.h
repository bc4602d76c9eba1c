// report/report.h: what a wirecheck run found, as text, JSON, CSV, HTML or
// Markdown.
//
// The report stage is the last one: it reads the articles, their prepared
// documents and whatever dedup and compare found, and renders them. It
// computes nothing new; every number it prints comes from the stages above,
// and every quoted passage is cut from Article::text by its span.
//
//   ReportInput in;
//   in.articles = &articles; in.docs = &docs; in.dedup = &copies;
//   std::cout << RenderText(in);
//
// JSON is documented in doc/json_schema.md; CSV columns in doc/csv.md.
#ifndef WIRECHECK_REPORT_REPORT_H_
#define WIRECHECK_REPORT_REPORT_H_

#include <string>
#include <vector>

#include "compare/compare.h"
#include "dedup/dedup.h"
#include "ingest/article.h"
#include "ingest/diagnostic.h"
#include "normalise/document.h"
#include "pipeline/check.h"
#include "pipeline/edit.h"
#include "store/article_store.h"

namespace wirecheck {

struct ReportInput {
  const std::vector<Article>* articles = nullptr;  // Required.
  const std::vector<Document>* docs = nullptr;     // Required.
  const DedupResult* dedup = nullptr;      // Null: copies not asked for.
  const CompareResult* compare = nullptr;  // Null: claims not asked for.
  const std::vector<Diagnostic>* diagnostics = nullptr;  // Ingest problems.
  // "read 7 articles from 6 files; ...": in JSON; the CLI writes it to
  // stderr for every format, so text output holds findings only.
  std::string ingest_summary;
  std::string explain;  // LSH parameters, when --explain.
  bool show_boilerplate = false;
  bool show_claims = false;
  bool show_documents = false;  // `read`: one block per article.
  // Which articles the documents list holds (incremental runs list the new
  // ones and those findings refer to). Null: all.
  const std::vector<bool>* listed = nullptr;
  // Stored articles that came back changed (runs with a store). Null: none.
  const std::vector<Edit>* edits = nullptr;
  // CSV starts with a UTF-8 byte order mark (for Excel on Windows).
  bool csv_bom = false;
  // What produced the report, for JSON's "tool" and "parameters".
  std::string tool_version;               // "0.1.0"
  const CheckOptions* options = nullptr;  // Null: parameters not given.
};

// Control characters, bidi overrides and invalid bytes of the inputs come
// out escaped (report/terminal.h).
std::string RenderText(const ReportInput& in);
// `wirecheck store stats`: what a store holds, for people.
std::string RenderStoreStats(const std::string& path, const StoreStats& stats);
// One line of `wirecheck store export`: the article in the JSONL input
// format (read back by ingest), with its version and storage time.
std::string ExportLine(const Article& article, int version,
                       int64_t stored_at_unix);
std::string RenderJson(const ReportInput& in);
// One row per copy when only dedup ran, one per discrepancy when only
// compare's findings are asked for, copies and discrepancies in one table
// with a `type` column when both are (check); `read` lists documents.
std::string RenderCsv(const ReportInput& in);
// One self-contained HTML page for a reviewer: summary, copies by story
// with passages side by side, discrepancies, filters by outlet and class.
// No network, no external assets; all article text escaped.
std::string RenderHtml(const ReportInput& in);
// A short Markdown summary for a CI job page or a merge request: counts,
// then the top 20 discrepancies and copies (uncredited first), "and N
// more". Article text is escaped so it never formats or becomes HTML.
std::string RenderMarkdown(const ReportInput& in);

}  // namespace wirecheck

#endif  // WIRECHECK_REPORT_REPORT_H_
