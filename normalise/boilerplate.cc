#include "normalise/boilerplate.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "normalise/line_features.h"
#include "normalise/lists.h"
#include "xxhash.h"

namespace wirecheck {
namespace {

using internal::ComputeLineFeatures;
using internal::Kind;
using internal::kLinkList;
using internal::kLinkShareMin;
using internal::Line;
using internal::LineFeatures;
using internal::MarkLists;
using internal::SplitLines;

// A weak line is title-like: enough words to be a headline, and no more
// than a headline has.
constexpr int kWeakMinWords = 4;
constexpr int kTitleMaxWords = 24;
// A short line ending like a sentence ("Neither was hurt.") is written text.
constexpr int kSentenceMinWords = 3;
// A long paragraph dense in function words is prose even when the scraper
// cut it before its full stop.
constexpr int kLongParagraphWords = 40;
constexpr double kLongParagraphStopRatio = 0.05;
constexpr int kLongParagraphSentences = 2;
// A table row is mostly figures: "SJC Hà Nội 68,50 70,22".
constexpr int kTableRowMinNumbers = 2;
constexpr int kTableRowWordsPerNumber = 3;
// Penalty of a short or in-body junk line (caption, timestamp, prompt).
constexpr double kLinePenalty = 30;
// A prompt this long is a paragraph that happens to use UI words.
constexpr int kCreditMaxWords = 40;
constexpr int kTimestampLineMaxWords = 6;

constexpr char kRepeated[] = "repeated in the outlet's articles";

uint64_t LineKey(absl::string_view outlet, absl::string_view trimmed) {
  const uint64_t seed = XXH3_64bits(outlet.data(), outlet.size());
  return XXH3_64bits_withSeed(trimmed.data(), trimmed.size(), seed);
}

absl::string_view Trimmed(absl::string_view text, Span line) {
  return internal::TrimLine(text, line).Of(text);
}

// Prose: a sentence of paragraph length, or a long line that reads like one
// although the scraper cut its full stop (no headline has that many words
// with that many function words).
bool IsParagraph(const LineFeatures& f, const BoilerplateOptions& options) {
  const bool sentence =
      f.words >= options.prose_min_words && (f.ends_sentence || f.ends_colon);
  const bool long_paragraph = f.words >= kLongParagraphWords &&
                              (f.stop_ratio >= kLongParagraphStopRatio ||
                               f.inner_sentences >= kLongParagraphSentences);
  const bool unfinished = f.words > kTitleMaxWords &&
                          (f.stop_ratio >= kLongParagraphStopRatio ||
                           f.inner_sentences >= kLongParagraphSentences);
  return sentence || long_paragraph || unfinished;
}

// An item of a list of facts by its own evidence: a clause ending in ';' or
// ',', a "label: value" pair, or a table row of figures.
// A lone ";" between menu items carries nothing.
bool IsFactLine(const LineFeatures& f) {
  if (f.letter_words == 0 && f.numbers == 0) return false;
  const bool table_row = !f.timestamp && f.numbers >= kTableRowMinNumbers &&
                         kTableRowWordsPerNumber * f.numbers >= f.words;
  return f.ends_list_punct || f.label_value || table_row;
}

bool IsRepeated(absl::string_view outlet, const LineStats* stats,
                const BoilerplateOptions& options, absl::string_view text,
                const LineFeatures& f) {
  return stats != nullptr &&
         (!outlet.empty() || f.words <= options.unknown_outlet_max_words) &&
         stats->Count(outlet, f.span.Of(text)) >= options.min_repeats;
}

// Why a line is junk on its own evidence, or nullptr. A paragraph is never
// junk for its vocabulary or for being repeated (wire copies share them).
const char* JunkReason(const LineFeatures& f, bool paragraph, bool repeated) {
  if (f.image_alt) return "image caption";
  if (f.credit && f.words <= kCreditMaxWords) return "photo credit";
  if (f.footer && f.words <= kCreditMaxWords) return "site footer";
  if (paragraph) return nullptr;
  if (f.prompt) return "reader prompt or menu";
  if (f.timestamp && f.words <= kTimestampLineMaxWords) {
    return "timestamp line";
  }
  if (f.byline) return "byline or source";
  if (f.menu) return "reader prompt or menu";
  if (repeated) return kRepeated;
  return nullptr;
}

// A line too long for a headline that is no paragraph either is written
// text all the same: a table or a list glued into one line ("Chi tiết lịch
// cắt điện: STT Quận Từ Đến ..."), a lead cut before its stop. Only its
// own navigation evidence (prompt, menu, repetition, link markup) removes
// it.
Kind KindOf(const LineFeatures& f, bool paragraph) {
  if (paragraph) return Kind::kProse;
  if (f.ends_sentence && f.words >= kSentenceMinWords) return Kind::kSentence;
  if (IsFactLine(f) || f.words > kTitleMaxWords) return Kind::kFact;
  if (f.list_item && f.words >= kWeakMinWords) return Kind::kListItem;
  return f.letter_words >= kWeakMinWords ? Kind::kWeak : Kind::kShort;
}

void Classify(absl::string_view outlet, const LineStats* stats,
              const BoilerplateOptions& options, absl::string_view text,
              Line* line) {
  const LineFeatures& f = line->f;
  if (f.span.empty()) return;
  const bool paragraph = IsParagraph(f, options);
  const bool repeated =
      !paragraph && IsRepeated(outlet, stats, options, text, f);
  if (const char* reason = JunkReason(f, paragraph, repeated)) {
    line->kind = Kind::kJunk;
    line->reason = reason;
    return;
  }
  line->kind = KindOf(f, paragraph);
}

double Score(const Line& line) {
  switch (line.kind) {
    case Kind::kBlank:
    case Kind::kWeak:
      return 0;
    case Kind::kProse:
      return line.f.span.size();
    // Short written lines are content, but weaker evidence of the body than
    // a paragraph: one alone does not carry the region past junk.
    case Kind::kSentence:
    case Kind::kFact:
    case Kind::kListItem:
      return line.f.span.size() / 2.0;
    case Kind::kShort:
      return -kLinePenalty;
    case Kind::kJunk:
      // Captions, prompts and a box of links sit between paragraphs (a "Tin
      // liên quan" box inside the story); link lists known by their shape
      // alone and repeated lines cost their length, so no paragraph bridges
      // them.
      if (line.boxed) return line.opens_box ? -kLinePenalty : 0;
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

// A headline: a few words, no full stop, and no evidence against it but
// perhaps a colon ("Giá vàng hôm nay 12/3: SJC vượt 70 triệu đồng").
bool IsTitleShaped(const Line& line) {
  const bool kind = line.kind == Kind::kWeak || line.kind == Kind::kFact ||
                    line.kind == Kind::kListItem;
  return kind && line.f.words >= kWeakMinWords &&
         line.f.words <= kTitleMaxWords && !line.f.ends_sentence;
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
    if (seen_prose && IsTitleShaped(lines[i]) &&
        alt_keys.contains(lines[i].f.title_key)) {
      return i;
    }
  }
  return last + 1;
}

// What stands between a headline or a lead and the body without being
// either: a date, a byline or source, a caption or credit, a share button.
bool IsMetadata(const Line& line) {
  return line.f.timestamp || line.f.byline || line.f.credit ||
         line.f.image_alt || line.f.prompt;
}

// A line of text that says it leads elsewhere, which a lead never does (a
// junk line is no lead in the first place).
bool IsNavigation(const Line& line) {
  return line.f.menu || line.f.prompt || line.link_share >= kLinkShareMin;
}

// The nearest title-like line above the body, looking past bylines, dates,
// share buttons and at most kTitleLookback lines.
constexpr int kTitleLookback = 6;

// A headline followed by a byline and a date looks like a short link list
// to the line classifier, so a line it marked as a link-list item on its
// shape alone qualifies too (not one that was link text in HTML).
bool IsHeadline(const Line& line) {
  const bool shaped = line.f.words >= kWeakMinWords && !line.f.ends_sentence;
  return IsTitleShaped(line) ||
         (shaped && line.kind == Kind::kJunk && line.reason == kLinkList &&
          line.link_share < kLinkShareMin);
}

void KeepTitle(size_t first, std::vector<Line>* lines) {
  int looked = 0;
  for (size_t i = first; i-- > 0 && looked < kTitleLookback;) {
    Line& line = (*lines)[i];
    if (line.kind == Kind::kBlank) continue;
    ++looked;
    if (IsMetadata(line)) continue;
    if (IsHeadline(line)) {
      line.body = true;
      return;
    }
    if (line.kind == Kind::kProse) return;
  }
}

// A lead that a caption, a date, a byline or a share button separates from
// the body is still the article's first paragraph: the line of written text
// just above the body region is kept unless it says it leads elsewhere. A
// related heading is no such separator: what is above it is another list.
// Returns the index the title search starts from.
size_t KeepLead(size_t first, std::vector<Line>* lines) {
  for (size_t i = first; i-- > 0;) {
    Line& line = (*lines)[i];
    if (line.kind == Kind::kBlank ||
        (line.kind == Kind::kJunk && IsMetadata(line) && !line.f.related)) {
      continue;
    }
    const bool written = line.kind == Kind::kProse ||
                         line.kind == Kind::kSentence ||
                         line.kind == Kind::kFact;
    if (!written || IsTitleShaped(line) || IsNavigation(line)) return first;
    line.body = true;
    return i;
  }
  return first;
}

// The caller's lead is the article's, whatever its lines look like.
void KeepGivenLead(Span lead, std::vector<Line>* lines) {
  if (lead.empty()) return;
  for (Line& line : *lines) {
    const Span s = line.f.span;
    if (!s.empty() && s.begin < lead.end && lead.begin < s.end) {
      line.body = true;
      line.reason.clear();
    }
  }
}

// Share of each line's bytes that `links` (sorted, disjoint) cover.
void SetLinkShares(const std::vector<Span>& links, std::vector<Line>* lines) {
  if (links.empty()) return;
  size_t k = 0;
  for (Line& line : *lines) {
    const Span s = line.f.span;
    if (s.empty()) continue;
    while (k < links.size() && links[k].end <= s.begin) ++k;
    uint32_t covered = 0;
    for (size_t j = k; j < links.size() && links[j].begin < s.end; ++j) {
      covered +=
          std::min(s.end, links[j].end) - std::max(s.begin, links[j].begin);
    }
    line.link_share = static_cast<double>(covered) / s.size();
  }
}

// Hard-wrapped lines are this long at least (wire copy wraps near 60), and
// in wrapped text no line is longer than kWrapMaxBytes.
constexpr uint32_t kWrapMinBytes = 40;
constexpr uint32_t kWrapMaxBytes = 90;
// Wire copy is hard-wrapped when most of its lines (of this many at least)
// are about the wrap width.
constexpr int kWrappedMinLines = 4;
constexpr double kWrappedShare = 0.6;

bool IsHardWrapped(absl::string_view text, const std::vector<Span>& raw) {
  int lines = 0, at_width = 0;
  for (Span r : raw) {
    const uint32_t size = internal::TrimLine(text, r).size();
    if (size == 0) continue;
    if (size > kWrapMaxBytes) return false;
    ++lines;
    if (size >= kWrapMinBytes) ++at_width;
  }
  return lines >= kWrappedMinLines && at_width >= kWrappedShare * lines;
}

// True when `raw` looks like the continuation of a wrapped line: it starts
// in lowercase, or with a digit that is neither a timestamp line's nor a
// numbered list item's ("2. Điền tờ khai"). In hard-wrapped text any line
// that is not indented (wire copy indents its paragraphs) continues a line
// of the wrap width.
bool ContinuesLine(absl::string_view text, Span raw, Span previous,
                   bool wrapped) {
  uint32_t pos = raw.begin;
  while (pos < raw.end && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  if (pos >= raw.end) return false;
  const char c = text[pos];
  if (c >= 'a' && c <= 'z') return true;
  if (previous.size() < kWrapMinBytes) return false;
  if (wrapped && pos == raw.begin) return true;
  if (c < '0' || c > '9') return false;
  const absl::string_view rest = text.substr(pos, raw.end - pos);
  return !internal::HasTimestamp(rest) && !internal::StartsListItem(rest);
}

// Lines, with hard-wrapped text joined: a line that does not end a sentence
// continues on the next line when that one continues it (wire copy wrapped
// at 60 columns reads as paragraphs, not as a list of fragments).
std::vector<Span> LogicalLines(absl::string_view text) {
  const std::vector<Span> raw_lines = SplitLines(text);
  const bool wrapped = IsHardWrapped(text, raw_lines);
  std::vector<Span> out;
  Span previous_raw;
  for (Span raw : raw_lines) {
    if (!out.empty() && ContinuesLine(text, raw, previous_raw, wrapped)) {
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

std::vector<Line> ClassifiedLines(absl::string_view text,
                                  absl::string_view outlet,
                                  const LineStats* stats,
                                  const BoilerplateOptions& options,
                                  const TextLayout& layout) {
  std::vector<Line> lines;
  for (Span raw : LogicalLines(text)) {
    Line line;
    line.f = ComputeLineFeatures(text, raw);
    Classify(outlet, stats, options, text, &line);
    lines.push_back(std::move(line));
  }
  SetLinkShares(layout.links, &lines);
  MarkLists(&lines);
  return lines;
}

// A body region is found around paragraphs; a text without one (a snippet,
// "Nội dung.\nDòng hai.") has no boilerplate to cut around it.
bool HasParagraph(const std::vector<Line>& lines) {
  for (const Line& line : lines) {
    if (line.kind == Kind::kProse) return true;
  }
  return false;
}

// Marks the lines of [first, last] body, except junk and an appended
// article.
void KeepRegion(size_t first, size_t last, std::vector<Line>* lines) {
  const size_t appended = AppendedArticleStart(*lines, first, last);
  for (size_t i = first; i <= last; ++i) {
    Line& line = (*lines)[i];
    if (i >= appended) {
      if (line.kind != Kind::kBlank) line.reason = "appended article";
      continue;
    }
    line.body = line.kind != Kind::kBlank && line.kind != Kind::kJunk;
  }
}

std::vector<Line> Decide(absl::string_view text, absl::string_view outlet,
                         const LineStats* stats,
                         const BoilerplateOptions& options,
                         const TextLayout& layout) {
  std::vector<Line> lines =
      ClassifiedLines(text, outlet, stats, options, layout);
  size_t first = 0, last = 0;
  if (!HasParagraph(lines) || !BodyRegion(lines, &first, &last)) {
    // No paragraph at all (a snippet, a list): keep every non-junk line.
    for (Line& line : lines) {
      line.body = line.kind != Kind::kBlank && line.kind != Kind::kJunk;
    }
    KeepGivenLead(layout.lead, &lines);
    return lines;
  }
  KeepRegion(first, last, &lines);
  const size_t top = KeepLead(first, &lines);
  if (options.keep_title) KeepTitle(top, &lines);
  KeepGivenLead(layout.lead, &lines);
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
  AddKeys(outlet, KeysOf(outlet, text));
}

std::vector<uint64_t> LineStats::KeysOf(absl::string_view outlet,
                                        absl::string_view text) {
  std::vector<uint64_t> keys;
  absl::flat_hash_set<uint64_t> seen;
  for (Span raw : LogicalLines(text)) {
    absl::string_view line = Trimmed(text, raw);
    if (line.empty()) continue;
    const uint64_t key = LineKey(outlet, line);
    if (seen.insert(key).second) keys.push_back(key);
  }
  return keys;
}

void LineStats::AddKeys(absl::string_view outlet,
                        const std::vector<uint64_t>& keys) {
  ++articles_[std::string(outlet)];
  for (uint64_t key : keys) ++line_counts_[key];
}

int LineStats::Count(absl::string_view outlet, absl::string_view line) const {
  auto it = line_counts_.find(LineKey(outlet, line));
  return it == line_counts_.end() ? 0 : it->second;
}

std::vector<std::pair<uint64_t, int>> LineStats::LineCounts() const {
  std::vector<std::pair<uint64_t, int>> out(line_counts_.begin(),
                                            line_counts_.end());
  std::sort(out.begin(), out.end());
  return out;
}

void LineStats::AddLineCount(uint64_t key, int articles) {
  line_counts_[key] += articles;
}

int LineStats::Articles(absl::string_view outlet) const {
  auto it = articles_.find(std::string(outlet));
  return it == articles_.end() ? 0 : it->second;
}

std::vector<LineVerdict> ClassifyLines(absl::string_view text,
                                       absl::string_view outlet,
                                       const LineStats* stats,
                                       const BoilerplateOptions& options,
                                       const TextLayout& layout) {
  std::vector<LineVerdict> out;
  for (const Line& line : Decide(text, outlet, stats, options, layout)) {
    if (line.f.span.empty()) continue;
    out.push_back({line.f.span, line.body, line.body ? "" : line.reason});
  }
  return out;
}

Document RemoveBoilerplate(absl::string_view text, absl::string_view outlet,
                           const LineStats* stats,
                           const BoilerplateOptions& options,
                           const TextLayout& layout) {
  Document doc;
  std::vector<LineVerdict> verdicts =
      ClassifyLines(text, outlet, stats, options, layout);
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
