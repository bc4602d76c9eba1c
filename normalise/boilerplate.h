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
// Whatever is removed is invisible to copy detection and to claims, and a
// price list or a decree paragraph is exactly where the figures are, so a
// line is removed on evidence that it is navigation, never for being short.
//
// How it decides, per line (text split at '\n', hard-wrapped wire copy
// joined):
//   1. Its own evidence (line_features.h): words, a sentence ending,
//      function-word density, a timestamp, credit, caption, byline, footer
//      or menu marker, reader-prompt vocabulary (data/boilerplate/cues.tsv),
//      how many articles of the same outlet carry it (LineStats, counted over
//      the batch in a first pass), and what marks an item of a list of facts
//      (a clause ending in ';', a "label: value" pair, a table row of
//      figures) or a link to another story (its own date or time at the end,
//      link text in the page's HTML when TextLayout gives it).
//   2. A kind from that evidence: prose (a paragraph), a short sentence, a
//      fact, a title-like line, a short line, or junk.
//   3. Its neighbours' evidence (lists.h): a line ending in ':' introduces
//      facts; a related heading ("Tin liên quan") opens a box of links until
//      the story resumes; a run of title-like lines is a link list only with
//      times, or outnumbering facts outside the story.
//   4. The body region is the maximum-sum run of lines: paragraphs score
//      their length, facts and short sentences half, junk and short lines a
//      penalty, a box of links one penalty, link lists found by shape their
//      length; so menus before and link lists after the story fall outside
//      it however long the page is.
//   5. Inside the region junk lines are still removed. Above it, the first
//      paragraph (a lead that a date, byline or caption separates from the
//      body) is kept unless it shows it leads elsewhere, and a title-like
//      line above that is kept as the title; a lead given as a field
//      (TextLayout::lead) is never removed. A second article that a scraper
//      appended (a title-like line that a later image alt text repeats) is
//      cut off.
// No sample strings are listed: the vocabularies are closed classes (credit
// markers, UI verbs, related headings), and the rest are punctuation,
// length, figure and position signals.
//
//   LineStats stats;
//   for (const Article& a : batch) stats.Add(a.outlet, a.text);
//   Document d = RemoveBoilerplate(article.text, article.outlet, &stats,
//                                  BoilerplateOptions());
//   // d.body: spans of body text; d.removed: the rest, with reasons.
//   TextLayout layout;  // When the source says more than its text:
//   layout.lead = sapo_span;  // the lead field, never removed;
//   layout.links = anchors;   // what was link text in the HTML.
//   d = RemoveBoilerplate(text, outlet, &stats, options, layout);
#ifndef WIRECHECK_NORMALISE_BOILERPLATE_H_
#define WIRECHECK_NORMALISE_BOILERPLATE_H_

#include <cstdint>
#include <string>
#include <utility>
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
  // Add() in two steps, so a batch finds its lines in parallel: the keys of
  // the distinct lines of one text (any thread), then their counting (one
  // thread at a time). AddKeys(outlet, KeysOf(outlet, text)) == Add().
  static std::vector<uint64_t> KeysOf(absl::string_view outlet,
                                      absl::string_view text);
  void AddKeys(absl::string_view outlet, const std::vector<uint64_t>& keys);
  // Articles of `outlet` that contain `line` (trimmed) at least once.
  int Count(absl::string_view outlet, absl::string_view line) const;
  // Articles of `outlet` added.
  int Articles(absl::string_view outlet) const;

  // Counts kept elsewhere (the shards of a distributed run): LineCounts
  // lists (line key, articles) for every line added; AddLineCount adds
  // `articles` to a line key's count. Summing every shard's LineCounts into
  // one LineStats gives the Count() of one LineStats fed the whole batch;
  // Articles() counts only the articles added here.
  std::vector<std::pair<uint64_t, int>> LineCounts() const;
  void AddLineCount(uint64_t key, int articles);

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

// What the caller knows about the text beyond its bytes. Every span indexes
// the text; both fields are optional. PrepareDocument (prepare.h) passes
// Article::lead and Article::links, which ingest fills from a sapo field
// and from a page's <a href> text; plain text has neither, and then the
// text's own evidence decides.
struct TextLayout {
  // The lead (sapo) when the source gave it as a field of its own: never
  // removed, whatever its lines look like.
  Span lead;
  // Text that was inside links (<a>) of the source HTML, sorted and
  // disjoint. A short line that is mostly link text is a link to another
  // story however much it looks like a fact; without this, only the text's
  // own evidence decides.
  std::vector<Span> links;
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
                           const BoilerplateOptions& options,
                           const TextLayout& layout = TextLayout());

// The per-line verdicts behind RemoveBoilerplate (blank lines omitted).
std::vector<LineVerdict> ClassifyLines(absl::string_view text,
                                       absl::string_view outlet,
                                       const LineStats* stats,
                                       const BoilerplateOptions& options,
                                       const TextLayout& layout = TextLayout());

}  // namespace wirecheck

#endif  // WIRECHECK_NORMALISE_BOILERPLATE_H_
