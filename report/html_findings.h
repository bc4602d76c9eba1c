// report/html_findings.h: the findings of the HTML report, one <details>
// each (collapsed, so a thousand of them cost the browser little), with
// the attributes report/html_page.h's filter script reads. Internal to
// report/: RenderHtml (report.h) assembles the page.
#ifndef WIRECHECK_REPORT_HTML_FINDINGS_H_
#define WIRECHECK_REPORT_HTML_FINDINGS_H_

#include <string>

#include "ingest/article.h"
#include "report/report.h"

namespace wirecheck {

// The outlet a filter matches: the outlet, or "(unknown outlet)".
std::string OutletKey(const Article& a);

// Copies grouped by story (dedup's clusters): the story's origin with its
// title, outlet, date and URL, then each copy pair with both articles'
// metadata and their aligned passages side by side, shared text marked.
// REQUIRES: in.dedup != nullptr.
std::string CopyStoriesHtml(const ReportInput& in);

// Each discrepancy with both sentences and the two values marked.
// REQUIRES: in.compare != nullptr.
std::string DiscrepanciesHtml(const ReportInput& in);

}  // namespace wirecheck

#endif  // WIRECHECK_REPORT_HTML_FINDINGS_H_
