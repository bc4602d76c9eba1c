// ParseHtmlArticle: one HTML file to one Article.
#include "absl/strings/str_cat.h"
#include "ingest/dates.h"
#include "ingest/html.h"
#include "ingest/html_guard.h"
#include "ingest/ingest.h"
#include "ingest/metadata.h"

namespace wirecheck {

void ParseHtmlArticle(absl::string_view name, absl::string_view bytes,
                      IngestResult* result) {
  std::string html;
  if (!ScreenFileBytes(name, bytes, result, &html)) return;
  HtmlPage page = ExtractHtml(html);
  if (page.tags_too_deep > 0) {
    // Offsets are the file's only when screening changed nothing.
    result->Warn(name, 0, html == bytes ? page.first_too_deep : -1,
                 TooDeepMessage(page.tags_too_deep));
  }
  if (page.text.empty()) {
    result->Skip(
        SkipReason::kNoText, name, 0,
        "no text found in HTML (after dropping scripts, menus, forms)");
    return;
  }
  Article a;
  a.origin = std::string(name);
  a.id = FileStem(name);
  a.id_inferred = true;
  a.text = std::move(page.text);
  a.links = std::move(page.links);
  a.url = std::move(page.url);
  a.title = CleanTitle(page.title);
  if (a.title.empty()) {
    a.title = InferTitle(a.text);
    a.title_inferred = !a.title.empty();
  }
  a.outlet = std::move(page.outlet);
  if (a.outlet.empty()) {
    a.outlet = OutletFromUrl(a.url);
    a.outlet_inferred = !a.outlet.empty();
  }
  a.published = page.published;
  if (!page.published_raw.empty() && !a.published.known()) {
    result->Warn(name, 0, -1,
                 absl::StrCat("unrecognised publication date \"",
                              page.published_raw, "\"; inferring from text"));
  }
  if (!a.published.known()) {
    a.published = InferPublishedFromText(a.text);
    a.published_inferred = a.published.known();
  }
  result->AddArticle(std::move(a));
  ++result->files_read;
}

}  // namespace wirecheck
