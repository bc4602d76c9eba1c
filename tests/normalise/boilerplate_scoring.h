// tests/normalise/boilerplate_scoring.h: character-level scoring of
// boilerplate removal against hand labels. Two label files, shared by the
// test and the corpus evaluation:
//  * testdata/normalise/boilerplate_labels.tsv labels whole lines (LabelRow);
//  * testdata/normalise/boilerplate_spans.tsv labels byte spans of the text
//    as ingest reads it (SpanLabelRow), with a dev/heldout split.
#ifndef WIRECHECK_TESTS_NORMALISE_BOILERPLATE_SCORING_H_
#define WIRECHECK_TESTS_NORMALISE_BOILERPLATE_SCORING_H_

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "normalise/document.h"
#include "util/span.h"

namespace wirecheck {

struct LabelRow {
  std::string source;    // "samples/x.txt", "synthetic/x.txt" or corpus file.
  std::string id_field;  // JSON field naming the article, "-" for files.
  std::string id;
  std::string body_lines;  // "3,5,9-12" or "all".
  std::string text_hash;   // Fnv1a64Hex of the text, "-" for repo files.
};

std::vector<LabelRow> ParseLabels(absl::string_view tsv);

struct SpanLabelRow {
  std::string split;      // "dev" or "heldout".
  std::string source;     // Corpus file, or "html/NAME.html" in testdata.
  std::string id;         // Article id as ingest reads it; "-" for pages.
  std::string text_hash;  // Fnv1a64Hex of the text the spans index.
  std::vector<Span> body;
  std::string shape;  // What the article was picked for.
};

// Rows of boilerplate_spans.tsv; a malformed row is an error naming its line.
absl::StatusOr<std::vector<SpanLabelRow>> ParseSpanLabels(
    absl::string_view tsv);

// 1-based line numbers; "all" means 1..line_count.
std::set<int> ParseLineSet(absl::string_view spec, int line_count);

std::string Fnv1a64Hex(absl::string_view text);

struct CharScore {
  int64_t body = 0, body_kept = 0, junk = 0, junk_removed = 0;
  void Add(const CharScore& o) {
    body += o.body;
    body_kept += o.body_kept;
    junk += o.junk;
    junk_removed += o.junk_removed;
  }
  double BodyKept() const { return body ? double(body_kept) / body : 1.0; }
  double JunkRemoved() const {
    return junk ? double(junk_removed) / junk : 1.0;
  }
};

// Bytes of each non-blank line's trimmed content, split by the label and by
// whether `doc.body` covers them.
CharScore ScoreDocument(absl::string_view text, const std::set<int>& body_lines,
                        const Document& doc);

// Non-whitespace bytes of `text`, split by whether the label spans `body`
// cover them and by whether `doc.body` covers them.
CharScore ScoreSpans(absl::string_view text, const std::vector<Span>& body,
                     const Document& doc);

}  // namespace wirecheck

#endif  // WIRECHECK_TESTS_NORMALISE_BOILERPLATE_SCORING_H_
