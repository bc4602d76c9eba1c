// CSV: one row per finding, for spreadsheets and pandas. Columns are
// documented in doc/csv.md and never reordered within a schema version.
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "report/labels.h"
#include "report/report.h"

namespace wirecheck {
namespace {

// Whether a spreadsheet could run the cell as a formula (doc/csv.md): its
// first character is = + - @, tab, CR, LF, a full-width ＝ ＋ － ＠, or the
// apostrophe this rule itself adds (so the rule can be undone exactly).
bool NeedsApostrophe(absl::string_view s) {
  if (s.empty()) return false;
  if (absl::string_view("=+-@\t\r\n'").find(s[0]) != absl::string_view::npos) {
    return true;
  }
  for (absl::string_view wide : {"＝", "＋", "－", "＠"}) {
    if (absl::StartsWith(s, wide)) return true;
  }
  return false;
}

// RFC 4180 field: quoted when it holds a comma, quote or line break, after
// a formula-like cell got its apostrophe.
std::string Field(absl::string_view cell) {
  const std::string s =
      NeedsApostrophe(cell) ? absl::StrCat("'", cell) : std::string(cell);
  if (s.find_first_of(",\"\r\n") == absl::string_view::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string Row(const std::vector<std::string>& fields) {
  std::vector<std::string> quoted;
  quoted.reserve(fields.size());
  for (const std::string& f : fields) quoted.push_back(Field(f));
  return absl::StrCat(absl::StrJoin(quoted, ","), "\r\n");
}

std::string Fixed(double v) { return absl::StrFormat("%.4f", v); }

std::string Bool(bool b) { return b ? "true" : "false"; }

std::string CopiesCsv(const ReportInput& in) {
  const std::vector<Article>& a = *in.articles;
  std::string out = Row({"source",
                         "source_outlet",
                         "source_published",
                         "copy",
                         "copy_outlet",
                         "copy_published",
                         "direction",
                         "similarity",
                         "containment",
                         "credited",
                         "credit",
                         "passages",
                         "first_source_start",
                         "first_source_end",
                         "first_copy_start",
                         "first_copy_end",
                         "source_title",
                         "source_url",
                         "copy_title",
                         "copy_url",
                         "id",
                         "same_outlet",
                         "seen_before"});
  for (const CopyPair& p : in.dedup->copies) {
    const Article& s = a[p.source];
    const Article& c = a[p.copy];
    const bool has = !p.spans.empty();
    const AlignedSpan first = has ? p.spans.front() : AlignedSpan{};
    absl::StrAppend(&out, Row({s.id,
                               s.outlet,
                               s.published.ToIso(),
                               c.id,
                               c.outlet,
                               c.published.ToIso(),
                               p.by_date ? "by-date" : "unknown",
                               Fixed(p.similarity),
                               Fixed(p.containment),
                               p.credited ? "true" : "false",
                               p.credit,
                               absl::StrCat(p.spans.size()),
                               has ? absl::StrCat(first.source.begin) : "",
                               has ? absl::StrCat(first.source.end) : "",
                               has ? absl::StrCat(first.copy.begin) : "",
                               has ? absl::StrCat(first.copy.end) : "",
                               s.title,
                               s.url,
                               c.title,
                               c.url,
                               p.id,
                               Bool(p.same_outlet),
                               Bool(p.seen_before)}));
  }
  return out;
}

std::string DiscrepanciesCsv(const ReportInput& in) {
  const std::vector<Article>& a = *in.articles;
  std::string out =
      Row({"class",      "kind",        "topic",    "confidence",  "a_doc",
           "a_outlet",   "a_published", "a_start",  "a_end",       "a_text",
           "a_value",    "b_doc",       "b_outlet", "b_published", "b_start",
           "b_end",      "b_text",      "b_value",  "a_title",     "a_url",
           "a_sentence", "b_title",     "b_url",    "b_sentence",  "id",
           "seen_before"});
  for (const Discrepancy& d : in.compare->discrepancies) {
    std::vector<std::string> row = {DiscrepancyClassName(d.cls),
                                    ClaimKindName(d.kind), d.topic,
                                    Fixed(d.confidence)};
    for (const Claim* c : {&d.a, &d.b}) {
      const Article& art = a[c->doc];
      row.insert(row.end(),
                 {art.id, art.outlet, art.published.ToIso(),
                  absl::StrCat(c->span.begin), absl::StrCat(c->span.end),
                  std::string(c->span.Of(art.text)), DescribeValue(*c)});
    }
    for (const Claim* c : {&d.a, &d.b}) {
      const Article& art = a[c->doc];
      row.insert(row.end(),
                 {art.title, art.url, std::string(c->sentence.Of(art.text))});
    }
    row.insert(row.end(), {d.id, Bool(d.seen_before)});
    absl::StrAppend(&out, Row(row));
  }
  return out;
}

// `check`: copies and discrepancies in one table. Copy rows: a is the
// source, b the copy, start/end/text the first aligned passage. Discrepancy
// rows: start/end/text the claim, sentence the sentence it is in.
std::vector<std::string> CheckHeader() {
  std::vector<std::string> h = {"type",       "class",       "kind",
                                "topic",      "confidence",  "direction",
                                "similarity", "containment", "credited",
                                "credit",     "passages"};
  for (const char* side : {"a", "b"}) {
    for (const char* col : {"doc", "outlet", "published", "title", "url",
                            "start", "end", "text", "sentence", "value"}) {
      h.push_back(absl::StrCat(side, "_", col));
    }
  }
  h.insert(h.end(), {"id", "seen_before"});
  return h;
}

void AppendSide(const Article& art, Span span, absl::string_view sentence,
                absl::string_view value, std::vector<std::string>* row) {
  const bool has = !span.empty();
  row->insert(row->end(), {art.id, art.outlet, art.published.ToIso(), art.title,
                           art.url, has ? absl::StrCat(span.begin) : "",
                           has ? absl::StrCat(span.end) : "",
                           std::string(span.Of(art.text)),
                           std::string(sentence), std::string(value)});
}

std::string CheckCsv(const ReportInput& in) {
  const std::vector<Article>& a = *in.articles;
  std::string out = Row(CheckHeader());
  for (const CopyPair& p : in.dedup->copies) {
    std::vector<std::string> row = {"copy",
                                    CopyClassName(p),
                                    "",
                                    "",
                                    "",
                                    p.by_date ? "by-date" : "unknown",
                                    Fixed(p.similarity),
                                    Fixed(p.containment),
                                    p.credited ? "true" : "false",
                                    p.credit,
                                    absl::StrCat(p.spans.size())};
    const AlignedSpan first = p.spans.empty() ? AlignedSpan{} : p.spans[0];
    AppendSide(a[p.source], first.source, "", "", &row);
    AppendSide(a[p.copy], first.copy, "", "", &row);
    row.insert(row.end(), {p.id, Bool(p.seen_before)});
    absl::StrAppend(&out, Row(row));
  }
  for (const Discrepancy& d : in.compare->discrepancies) {
    std::vector<std::string> row = {"discrepancy",
                                    DiscrepancyClassName(d.cls),
                                    ClaimKindName(d.kind),
                                    d.topic,
                                    Fixed(d.confidence),
                                    "",
                                    "",
                                    "",
                                    "",
                                    "",
                                    ""};
    for (const Claim* c : {&d.a, &d.b}) {
      const Article& art = a[c->doc];
      AppendSide(art, c->span, c->sentence.Of(art.text), DescribeValue(*c),
                 &row);
    }
    row.insert(row.end(), {d.id, Bool(d.seen_before)});
    absl::StrAppend(&out, Row(row));
  }
  return out;
}

std::string DocumentsCsv(const ReportInput& in) {
  std::string out = Row({"id", "outlet", "published", "title", "url", "origin",
                         "inferred", "bytes", "body_bytes", "tokens"});
  for (size_t i = 0; i < in.articles->size(); ++i) {
    if (in.listed != nullptr && !(*in.listed)[i]) continue;
    const Article& a = (*in.articles)[i];
    const Document& d = (*in.docs)[i];
    size_t body = 0;
    for (const Span& s : d.body) body += s.size();
    absl::StrAppend(
        &out,
        Row({a.id, a.outlet, a.published.ToIso(), a.title, a.url, a.origin,
             absl::StrJoin(InferredFields(a), ";"), absl::StrCat(a.text.size()),
             absl::StrCat(body), absl::StrCat(d.tokens.size())}));
  }
  return out;
}

}  // namespace

std::string RenderCsv(const ReportInput& in) {
  const char* bom = in.csv_bom ? "\xEF\xBB\xBF" : "";
  if (in.compare != nullptr && in.dedup != nullptr) {
    return absl::StrCat(bom, CheckCsv(in));
  }
  if (in.compare != nullptr) return absl::StrCat(bom, DiscrepanciesCsv(in));
  if (in.dedup != nullptr) return absl::StrCat(bom, CopiesCsv(in));
  return absl::StrCat(bom, DocumentsCsv(in));
}

}  // namespace wirecheck
