// report/shared_words.h: which words of an aligned passage pair are shared.
//
// dedup aligns a copy with its source in regions that bridge light edits (a
// changed figure, an added word), so a region is "copied" as a whole but
// not every word in it is the same. For a reader the difference is the
// point: the HTML report marks only the words both sides share, so "khiến
// 12 người" against "khiến 15 người" leaves 12 and 15 unmarked.
//
// Words are maximal runs of non-space bytes (ASCII whitespace separates
// them); two words are the same when their bytes are. The shared words are
// a longest common subsequence (Myers' O((N+M)D) diff), returned as runs of
// consecutive shared words, each run a Span of either text (the spaces
// between its words included).
//
//   SharedRuns r = SharedWords(src.text, pair.source, copy.text, pair.copy);
//   if (r.found) { ... r.a ... r.b ... }
#ifndef WIRECHECK_REPORT_SHARED_WORDS_H_
#define WIRECHECK_REPORT_SHARED_WORDS_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "util/span.h"

namespace wirecheck {

struct SharedRuns {
  // False when the two passages differ in more than the edit limit; then
  // a and b are empty and the caller should treat the spans as wholes.
  bool found = false;
  std::vector<Span> a;  // Runs in text_a, in order; a[i] matches b[i].
  std::vector<Span> b;
};

// The shared words of text_a[span_a] and text_b[span_b]. At most
// `max_edits` words inserted or deleted are looked for (cost grows with it).
SharedRuns SharedWords(absl::string_view text_a, Span span_a,
                       absl::string_view text_b, Span span_b,
                       int max_edits = 400);

}  // namespace wirecheck

#endif  // WIRECHECK_REPORT_SHARED_WORDS_H_
