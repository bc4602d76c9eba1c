// tests/normalise/boilerplate_scoring.h: character-level scoring of
// boilerplate removal against hand labels (testdata/normalise/
// boilerplate_labels.tsv). Shared by the test and the corpus evaluation.
#ifndef WIRECHECK_TESTS_NORMALISE_BOILERPLATE_SCORING_H_
#define WIRECHECK_TESTS_NORMALISE_BOILERPLATE_SCORING_H_

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "normalise/document.h"

namespace wirecheck {

struct LabelRow {
  std::string source;    // "samples/x.txt", "synthetic/x.txt" or corpus file.
  std::string id_field;  // JSON field naming the article, "-" for files.
  std::string id;
  std::string body_lines;  // "3,5,9-12" or "all".
  std::string text_hash;   // Fnv1a64Hex of the text, "-" for repo files.
};

std::vector<LabelRow> ParseLabels(absl::string_view tsv);

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

}  // namespace wirecheck

#endif  // WIRECHECK_TESTS_NORMALISE_BOILERPLATE_SCORING_H_
