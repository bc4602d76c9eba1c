// ingest/metadata.h: metadata a scrape does not state but implies.
//
// Scrapers save articles with menus, banners and date lines around the
// headline. These helpers recover id, outlet and title from such text with
// signals that generalise beyond one site:
//  * a line of one or two words is a menu item ("Tin tức", "Home");
//  * a short line naming a domain is a site banner ("Vietnam.vn - Nền tảng
//    quảng bá Việt Nam");
//  * a short line containing a date is a dateline (" date 2024-06 Photo :
//    YONHAP News", "Báo Quốc TếBáo Quốc Tế21/01/2024");
//  * the first other line is the headline, unless it is body-length (over
//    250 bytes) or the next line continues it in lower case (hard-wrapped
//    prose): then the scrape has no headline and the title stays empty
//    rather than quoting half a paragraph.
//
//   InferTitle("Tin tức\n\nPutin nhận lời thăm Triều Tiên\n\n...");
//   // "Putin nhận lời thăm Triều Tiên"
//   OutletFromUrl("https://www.vnexpress.net/a-1.html");  // "vnexpress.net"
#ifndef WIRECHECK_INGEST_METADATA_H_
#define WIRECHECK_INGEST_METADATA_H_

#include <string>

#include "absl/strings/string_view.h"

namespace wirecheck {

// Lower-cased host of an absolute URL without "www." and port; "" if none.
// For a news aggregator's URL (data/aggregators.txt), the outlet its path
// names ("https://baomoi.com/Home/TheGioi/tuoitre.vn/a.epi": "tuoitre.vn"),
// or "" when the path names none: an aggregator is not the outlet.
std::string OutletFromUrl(absl::string_view url);

// The folder name as an outlet when it looks like a domain ("tuoitre.vn",
// "www.vnexpress.net"); "" otherwise ("data", "2024", "samples").
std::string OutletFromFolderName(absl::string_view name);

// The headline of a scrape, or "" when the header has none.
std::string InferTitle(absl::string_view text);

// An outlet name stated in the header, or "". Recognises the doubled site
// name some scrapers glue to the date: "Báo Quốc TếBáo Quốc Tế21/01/2024".
std::string InferOutletFromText(absl::string_view text);

// A title fit for display: whitespace runs (ASCII, no-break and ideographic
// spaces) become one space, and invisible format characters (zero-width
// space, BOM, word joiner) at either end are dropped. Scrapes carry these:
// baomoi titles start with U+200B.
std::string CleanTitle(absl::string_view title);

// "dir/a.b.txt" -> "a.b"; "-" and "<stdin>" stay as they are.
std::string FileStem(absl::string_view path);

}  // namespace wirecheck

#endif  // WIRECHECK_INGEST_METADATA_H_
