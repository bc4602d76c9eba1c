#include "normalise/boilerplate.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "normalise/line_features.h"
#include "xxhash.h"

namespace wirecheck {
namespace {

using internal::ComputeLineFeatures;
using internal::LineFeatures;
using internal::SplitLines;

// kListItem: a bulleted or numbered line, part of the text it follows.
enum class Kind { kBlank, kProse, kListItem, kWeak, kShort, kJunk };

// A weak line is title-like: enough words to be a headline.
constexpr int kWeakMinWords = 4;
// A long paragraph dense in function words is prose even when the scraper
// cut it before its full stop.
constexpr int kLongParagraphWords = 40;
constexpr double kLongParagraphStopRatio = 0.05;
constexpr int kLongParagraphSentences = 2;
// Penalty of a short or in-body junk line (caption, timestamp, prompt).
constexpr double kLinePenalty = 30;
// Weak lines in a run of non-prose lines that make it a link list.
constexpr int kLinkListMinItems = 3;

constexpr char kLinkList[] = "link list";
constexpr char kRepeated[] = "repeated in the outlet's articles";

struct Line {
  LineFeatures f;
  Kind kind = Kind::kBlank;
  std::string reason;
  bool body = false;
};

uint64_t LineKey(absl::string_view outlet, absl::string_view trimmed) {
  const uint64_t seed = XXH3_64bits(outlet.data(), outlet.size());
  return XXH3_64bits_withSeed(trimmed.data(), trimmed.size(), seed);
}

absl::string_view Trimmed(absl::string_view text, Span line) {
  return internal::TrimLine(text, line).Of(text);
}

void Classify(absl::string_view outlet, const LineStats* stats,
              const BoilerplateOptions& options, absl::string_view text,
              Line* line) {
  const LineFeatures& f = line->f;
  if (f.span.empty()) return;
  auto junk = [&](const char* reason) {
    line->kind = Kind::kJunk;
    line->reason = reason;
  };
  const bool sentence =
      f.words >= options.prose_min_words && (f.ends_sentence || f.ends_colon);
  const bool long_paragraph = f.words >= kLongParagraphWords &&
                              (f.stop_ratio >= kLongParagraphStopRatio ||
                               f.inner_sentences >= kLongParagraphSentences);
  if (f.image_alt) return junk("image caption");
  if (f.credit && f.words <= 40) return junk("photo credit");
  if (f.prompt && !long_paragraph) return junk("reader prompt or menu");
  if (f.timestamp && f.words <= 6) return junk("timestamp line");
  if (stats != nullptr && !sentence && !long_paragraph &&
      (!outlet.empty() || f.words <= options.unknown_outlet_max_words) &&
      stats->Count(outlet, f.span.Of(text)) >= options.min_repeats) {
    return junk(kRepeated);
  }
  if (sentence || long_paragraph) {
    line->kind = Kind::kProse;
  } else if (f.list_item && f.words >= kWeakMinWords) {
    line->kind = Kind::kListItem;
  } else if (f.words >= kWeakMinWords) {
    line->kind = Kind::kWeak;
  } else {
    line->kind = Kind::kShort;
  }
}

// Runs of non-prose lines holding several title-like lines are link lists.
void MarkLinkLists(std::vector<Line>* lines) {
  size_t i = 0;
  while (i < lines->size()) {
    if ((*lines)[i].kind == Kind::kProse) {
      ++i;
      continue;
    }
    size_t j = i;
    int weak = 0;
    while (j < lines->size() && (*lines)[j].kind != Kind::kProse) {
      if ((*lines)[j].kind == Kind::kWeak) ++weak;
      ++j;
    }
    if (weak >= kLinkListMinItems) {
      for (size_t k = i; k < j; ++k) {
        if ((*lines)[k].kind == Kind::kWeak) {
          (*lines)[k].kind = Kind::kJunk;
          (*lines)[k].reason = kLinkList;
        }
      }
    }
    i = j;
  }
}

double Score(const Line& line) {
  switch (line.kind) {
    case Kind::kBlank:
    case Kind::kWeak:
      return 0;
    case Kind::kProse:
      return line.f.span.size();
    case Kind::kListItem:
      return line.f.span.size() / 2.0;
    case Kind::kShort:
      return -kLinePenalty;
    case Kind::kJunk:
      // Captions and prompts sit between paragraphs; link lists and
      // repeated lines cost their length, so no paragraph bridges them.
      if (line.reason == kLinkList || line.reason == kRepeated) {
        return -std::max<double>(line.f.span.size(), kLinePenalty);
      }
      return -kLinePenalty;
  }
  return 0;
}

// [first, last] of the maximum-sum run of line scores; false when no line
// scores above zero.
bool BodyRegion(const std::vector<Line>& lines, size_t* first, size_t* last) {
  double best = 0, run = 0;
  size_t run_start = 0;
  bool found = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (run <= 0) {
      run = 0;
      run_start = i;
    }
    run += Score(lines[i]);
    if (run > best) {
      best = run;
      *first = run_start;
      *last = i;
      found = true;
    }
  }
  return found;
}

// A scraper sometimes appends the next article: its headline appears as a
// title-like line after the body and again in a later image alt text.
size_t AppendedArticleStart(const std::vector<Line>& lines, size_t first,
                            size_t last) {
  absl::flat_hash_set<std::string> alt_keys;
  for (size_t i = first; i < lines.size(); ++i) {
    if (lines[i].f.image_alt && !lines[i].f.title_key.empty()) {
      alt_keys.insert(lines[i].f.title_key);
    }
  }
  bool seen_prose = false;
  for (size_t i = first; i <= last; ++i) {
    if (lines[i].kind == Kind::kProse) seen_prose = true;
    if (seen_prose && lines[i].kind == Kind::kWeak &&
        alt_keys.contains(lines[i].f.title_key)) {
      return i;
    }
  }
  return last + 1;
}

// The nearest title-like line above the body, looking past bylines, dates,
// share buttons and at most kTitleLookback lines.
constexpr int kTitleLookback = 6;

// "By Jane Doe and John Roe": an English byline, never a headline.
bool IsByline(absl::string_view text, const LineFeatures& f) {
  return f.words <= 8 && absl::StartsWith(f.span.Of(text), "By ");
}

// A headline has a few words and no full stop. A headline followed by a
// byline and a date looks like a short link list to the line classifier, so
// a line it marked as a link-list item qualifies too.
bool IsHeadline(const Line& line) {
  const bool shaped = line.f.words >= kWeakMinWords && !line.f.ends_sentence;
  return line.kind == Kind::kWeak ||
         (shaped && line.kind == Kind::kJunk && line.reason == "link list");
}

void KeepTitle(absl::string_view text, size_t first, std::vector<Line>* lines) {
  int looked = 0;
  for (size_t i = first; i-- > 0 && looked < kTitleLookback;) {
    Line& line = (*lines)[i];
    if (line.kind == Kind::kBlank) continue;
    ++looked;
    if (line.f.timestamp || line.f.prompt || line.f.credit ||
        IsByline(text, line.f)) {
      continue;
    }
    if (IsHeadline(line)) {
      line.body = true;
      return;
    }
    if (line.kind == Kind::kProse) return;
  }
}

// Hard-wrapped lines are this long at least (wire copy wraps near 60).
constexpr uint32_t kWrapMinBytes = 40;

// True when `raw` looks like the continuation of a wrapped line: it starts
// in lowercase, or with a digit that is not a timestamp line's.
bool ContinuesLine(absl::string_view text, Span raw, Span previous) {
  uint32_t pos = raw.begin;
  while (pos < raw.end && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  if (pos >= raw.end) return false;
  const char c = text[pos];
  if (c >= 'a' && c <= 'z') return true;
  if (c < '0' || c > '9' || previous.size() < kWrapMinBytes) return false;
  return !internal::HasTimestamp(raw.Of(text));
}

// Lines, with hard-wrapped text joined: a line that does not end a sentence
// continues on the next line when that one continues it (wire copy wrapped
// at 60 columns reads as paragraphs, not as a list of fragments).
std::vector<Span> LogicalLines(absl::string_view text) {
  std::vector<Span> out;
  Span previous_raw;
  for (Span raw : SplitLines(text)) {
    if (!out.empty() && ContinuesLine(text, raw, previous_raw)) {
      const Span prev = internal::TrimLine(text, out.back());
      if (!prev.empty() && !internal::EndsSentence(prev.Of(text))) {
        out.back().end = raw.end;
        previous_raw = raw;
        continue;
      }
    }
    out.push_back(raw);
    previous_raw = raw;
  }
  return out;
}

std::vector<Line> Decide(absl::string_view text, absl::string_view outlet,
                         const LineStats* stats,
                         const BoilerplateOptions& options) {
  std::vector<Line> lines;
  for (Span raw : LogicalLines(text)) {
    Line line;
    line.f = ComputeLineFeatures(text, raw);
    Classify(outlet, stats, options, text, &line);
    lines.push_back(std::move(line));
  }
  MarkLinkLists(&lines);
  size_t first = 0, last = 0;
  if (!BodyRegion(lines, &first, &last)) {
    // No paragraph at all (a snippet, a list): keep every non-junk line.
    for (Line& line : lines) {
      line.body = line.kind != Kind::kBlank && line.kind != Kind::kJunk;
    }
    return lines;
  }
  const size_t appended = AppendedArticleStart(lines, first, last);
  for (size_t i = first; i <= last; ++i) {
    Line& line = lines[i];
    if (i >= appended) {
      if (line.kind != Kind::kBlank) line.reason = "appended article";
      continue;
    }
    line.body = line.kind != Kind::kBlank && line.kind != Kind::kJunk;
  }
  if (options.keep_title) KeepTitle(text, first, &lines);
  for (size_t i = 0; i < lines.size(); ++i) {
    Line& line = lines[i];
    if (line.body || line.kind == Kind::kBlank || !line.reason.empty()) {
      continue;
    }
    line.reason = i < first ? "before the body" : "after the body";
  }
  return lines;
}

}  // namespace

void LineStats::Add(absl::string_view outlet, absl::string_view text) {
  ++articles_[std::string(outlet)];
  absl::flat_hash_set<uint64_t> seen;
  for (Span raw : LogicalLines(text)) {
    absl::string_view line = Trimmed(text, raw);
    if (line.empty()) continue;
    const uint64_t key = LineKey(outlet, line);
    if (seen.insert(key).second) ++line_counts_[key];
  }
}

int LineStats::Count(absl::string_view outlet, absl::string_view line) const {
  auto it = line_counts_.find(LineKey(outlet, line));
  return it == line_counts_.end() ? 0 : it->second;
}

int LineStats::Articles(absl::string_view outlet) const {
  auto it = articles_.find(std::string(outlet));
  return it == articles_.end() ? 0 : it->second;
}

std::vector<LineVerdict> ClassifyLines(absl::string_view text,
                                       absl::string_view outlet,
                                       const LineStats* stats,
                                       const BoilerplateOptions& options) {
  std::vector<LineVerdict> out;
  for (const Line& line : Decide(text, outlet, stats, options)) {
    if (line.f.span.empty()) continue;
    out.push_back({line.f.span, line.body, line.body ? "" : line.reason});
  }
  return out;
}

Document RemoveBoilerplate(absl::string_view text, absl::string_view outlet,
                           const LineStats* stats,
                           const BoilerplateOptions& options) {
  Document doc;
  std::vector<LineVerdict> verdicts =
      ClassifyLines(text, outlet, stats, options);
  // Body spans join consecutive body lines (with the blank lines between);
  // everything else becomes removed spans named after their first line.
  uint32_t cursor = 0;
  auto remove_until = [&](uint32_t end, const std::string& reason) {
    if (end > cursor) doc.removed.push_back({Span{cursor, end}, reason});
    cursor = std::max(cursor, end);
  };
  size_t i = 0;
  while (i < verdicts.size()) {
    if (!verdicts[i].body) {
      size_t j = i;
      while (j < verdicts.size() && !verdicts[j].body &&
             verdicts[j].reason == verdicts[i].reason) {
        ++j;
      }
      const uint32_t end =
          j < verdicts.size() ? verdicts[j].span.begin : text.size();
      remove_until(end, verdicts[i].reason);
      i = j;
      continue;
    }
    size_t j = i;
    while (j + 1 < verdicts.size() && verdicts[j + 1].body) ++j;
    remove_until(verdicts[i].span.begin, "whitespace");
    doc.body.push_back({verdicts[i].span.begin, verdicts[j].span.end});
    cursor = verdicts[j].span.end;
    i = j + 1;
  }
  remove_until(static_cast<uint32_t>(text.size()), "whitespace");
  return doc;
}

}  // namespace wirecheck
