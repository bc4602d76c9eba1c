// normalise/boilerplate.h: separates article body from scrape boilerplate.
//
// Scraped pages keep menus ("Tin tức"), bylines with dates, photo captions
// and credits ("... - Ảnh 1", "Ảnh: Reuters"), reader prompts ("Ý kiến của
// bạn", "Bình luận (0)"), and trailing link lists ("Tin liên quan", "Tin mới
// nhất": runs of short title-like lines, often with timestamps). Matching
// them would report copies and discrepancies that are not in any article, so
// RemoveBoilerplate() keeps only the body: the title, the lead and the body
// paragraphs.
//
// How it decides, per line (text split at '\n'):
//   1. Features: words, whether it ends like a sentence, a dominant
//      timestamp, a credit or image-alt marker, reader-prompt vocabulary,
//      function-word density (Vietnamese + English stop lists), and how many
//      articles of the same outlet carry the identical line (LineStats,
//      counted over the batch in a first pass).
//   2. Each line is prose (a sentence-ended paragraph), weak (a long line
//      that does not end a sentence: titles, truncated paragraphs), short,
//      or junk (timestamp, credit, prompt, repeated, link-list run).
//   3. The body region is the maximum-sum run of lines, prose scoring its
//      length and junk/short lines a penalty, so menus before and link lists
//      after the last paragraph fall outside it however long the page is.
//   4. Inside the region junk lines are still removed; a title-like line
//      just before the region is kept as the title; a second article that a
//      scraper appended (a title-like line that a later image alt text
//      repeats) is cut off.
// No sample strings are listed: the vocabularies are closed classes (credit
// markers, UI verbs), and the rest are length/punctuation/position signals.
//
//   LineStats stats;
//   for (const Article& a : batch) stats.Add(a.outlet, a.text);
//   Document d = RemoveBoilerplate(article.text, article.outlet, &stats,
//                                  BoilerplateOptions());
//   // d.body: spans of body text; d.removed: the rest, with reasons.
#ifndef WIRECHECK_NORMALISE_BOILERPLATE_H_
#define WIRECHECK_NORMALISE_BOILERPLATE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "normalise/document.h"
#include "util/span.h"

namespace wirecheck {

// Per-outlet counts of trimmed lines, each counted once per article.
class LineStats {
 public:
  void Add(absl::string_view outlet, absl::string_view text);
  // Articles of `outlet` that contain `line` (trimmed) at least once.
  int Count(absl::string_view outlet, absl::string_view line) const;
  // Articles of `outlet` added.
  int Articles(absl::string_view outlet) const;

 private:
  absl::flat_hash_map<uint64_t, int> line_counts_;
  absl::flat_hash_map<std::string, int> articles_;
};

struct BoilerplateOptions {
  // A paragraph needs this many words (and a sentence ending) to count as
  // prose.
  int prose_min_words = 8;
  // A line is "repeated" boilerplate when at least this many articles of
  // its outlet carry it...
  int min_repeats = 3;
  // ...and, when the outlet is unknown (""), only if it has at most this
  // many words, so wire copies of a paragraph are never removed.
  int unknown_outlet_max_words = 6;
  // Keep a title-like line just before the body.
  bool keep_title = true;
};

// One line's verdict, for tests and --show-boilerplate.
struct LineVerdict {
  Span span;  // Trimmed line content.
  bool body = false;
  std::string reason;  // Empty for body lines.
};

// Body and removed spans of `text` (tokens left empty). `stats` may be null.
Document RemoveBoilerplate(absl::string_view text, absl::string_view outlet,
                           const LineStats* stats,
                           const BoilerplateOptions& options);

// The per-line verdicts behind RemoveBoilerplate (blank lines omitted).
std::vector<LineVerdict> ClassifyLines(absl::string_view text,
                                       absl::string_view outlet,
                                       const LineStats* stats,
                                       const BoilerplateOptions& options);

}  // namespace wirecheck

#endif  // WIRECHECK_NORMALISE_BOILERPLATE_H_
