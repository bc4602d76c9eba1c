// report/html_page.h: the frame of the HTML report: one self-contained page
// with its style and its one small script inline, and a
// Content-Security-Policy that allows exactly those two (by their SHA-256)
// and nothing else: no other script, style, image, font, frame or network
// request. So even text that escaped escaping could not run or load.
//
//   std::string page = HtmlPage("wirecheck report", body_html);
//
// The script filters findings by outlet and class. It works only on
// attributes the report writes:
//   .f            one finding (a <details>), with data-c = its class and
//                 data-o1 / data-o2 = the outlets of its two articles;
//   .group        a block of findings, hidden when none of them is shown;
//   #f-outlet, #f-class   the two <select>s ("" = all);
//   #f-shown      where "N of M findings shown" is written;
//   #f-open, #f-close     buttons that open / close the shown findings.
#ifndef WIRECHECK_REPORT_HTML_PAGE_H_
#define WIRECHECK_REPORT_HTML_PAGE_H_

#include <string>

#include "absl/strings/string_view.h"

namespace wirecheck {

// A complete HTML document: `title` (escaped here) and `body` (HTML, already
// escaped by the caller).
std::string HtmlPage(absl::string_view title, absl::string_view body);

// The policy the page carries, e.g. "default-src 'none'; script-src
// 'sha256-...'; ...".
std::string HtmlContentSecurityPolicy();

}  // namespace wirecheck

#endif  // WIRECHECK_REPORT_HTML_PAGE_H_
