#include "normalise/lists.h"

#include <cstddef>

namespace wirecheck {
namespace internal {
namespace {

// Lines under an introduction are the story's; lines under a related
// heading are links.
enum class Context { kNone, kIntroduced, kRelated };

// A run needs this many title-like lines to be a link list on their shape
// alone.
constexpr int kLinkListMinItems = 3;
// Lines ending in their own date or time make a run a link list.
constexpr int kTimedLinksMin = 2;

// A question no longer than a headline, and only one sentence (a list
// marker "4." is not a sentence).
constexpr int kQuestionTitleMaxWords = 24;

bool IsQuestionTitle(const Line& line) {
  const int sentences = line.f.inner_sentences - (line.f.list_item ? 1 : 0);
  return (line.kind == Kind::kSentence || line.kind == Kind::kProse) &&
         line.f.ends_question && sentences <= 0 &&
         line.f.words <= kQuestionTitleMaxWords;
}

bool IsListCandidate(Kind k) {
  return k == Kind::kWeak || k == Kind::kFact || k == Kind::kListItem ||
         k == Kind::kShort;
}

void MakeLink(Line* line) {
  line->kind = Kind::kJunk;
  line->reason = kLinkList;
}

// "Giá bán lẻ như sau:", "Ghi bàn:"; a prompt ending in ':' ("Xem thêm:")
// is a heading of links instead.
bool IsIntroduction(const Line& line) {
  return line.f.ends_colon && !line.f.prompt &&
         (IsListCandidate(line.kind) || line.kind == Kind::kProse);
}

void MakeBoxedLink(Line* line) {
  MakeLink(line);
  line->boxed = true;
}

// Written text and junk change the context around them: a paragraph ends
// any list, a sentence ends a box of links (the story went on), a prompt
// that is no heading ("Chia sẻ", "Bình luận (0)") ends a list of facts; a
// timestamp between links does not end the links. Returns false for the
// other kinds.
bool ApplyToTextOrJunk(Context* context, const Line& line) {
  switch (line.kind) {
    case Kind::kProse:
      *context = Context::kNone;
      return true;
    case Kind::kSentence:
      if (*context == Context::kRelated) *context = Context::kNone;
      return true;
    case Kind::kJunk:
      if (line.f.prompt && *context == Context::kIntroduced) {
        *context = Context::kNone;
      }
      return true;
    default:
      return false;
  }
}

// A list candidate under a heading or an introduction takes its kind from
// it. A word or two under a related heading (a category, a tag) stays a
// short line, junk outside the body anyway.
bool ApplyToListCandidate(Context context, Line* line) {
  if (context == Context::kRelated) {
    if (line->kind != Kind::kShort) MakeBoxedLink(line);
    return true;
  }
  if (context == Context::kIntroduced) {
    line->kind = Kind::kFact;
    return true;
  }
  return false;
}

// Updates the context at `line` and the line's kind under it. Returns true
// when the line was decided here (its run rule does not apply).
bool ApplyContext(Context* context, Line* line) {
  if (line->f.related) {
    *context = Context::kRelated;
    return true;
  }
  if (IsIntroduction(*line)) {
    if (line->kind != Kind::kProse) line->kind = Kind::kFact;
    *context = Context::kIntroduced;
    return true;
  }
  // A title under a related heading may end in '?' ("Làm gì khi quên mật
  // khẩu?") and be as long as a paragraph.
  if (*context == Context::kRelated && IsQuestionTitle(*line)) {
    MakeBoxedLink(line);
    return true;
  }
  if (ApplyToTextOrJunk(context, *line)) return true;
  return ApplyToListCandidate(*context, line);
}

bool IsWritten(const Line* line) {
  return line != nullptr &&
         (line->kind == Kind::kProse || line->kind == Kind::kSentence);
}

// "Giải thưởng thành tựu Billboard (fan bình chọn): Rihanna" under a run of
// "label: value" facts is one more of them, though its label is long.
void ContinueListOfPairs(const Line* above, Line* line) {
  const bool pair_above = above != nullptr && above->kind == Kind::kFact &&
                          (above->f.label_value || above->f.label_colon);
  if (pair_above && line->kind == Kind::kWeak && line->f.label_colon) {
    line->kind = Kind::kFact;
  }
}

// A run of undecided short lines: links when they end in their own times,
// or when titles outnumber facts and the run is not inside the story. Title-
// like lines with written text on both sides and no heading or link markup
// are the story's own (subheadings, live commentary cut before its stop);
// menus and lists of other stories sit at its ends or under a heading.
void MarkRun(std::vector<Line*>& run, const Line* before, const Line* after) {
  int titles = 0, facts = 0, timed = 0;
  for (const Line* line : run) {
    if (line->kind == Kind::kWeak) ++titles;
    if (line->kind == Kind::kFact || line->kind == Kind::kListItem) ++facts;
    if (line->f.trailing_time) ++timed;
  }
  const int items = titles + facts;
  const bool timed_links =
      timed >= kTimedLinksMin || (timed > 0 && timed == items);
  const bool inside = IsWritten(before) && IsWritten(after);
  const bool title_links =
      !inside && titles >= kLinkListMinItems && titles > facts;
  for (Line* line : run) {
    const bool item = line->kind == Kind::kWeak || line->kind == Kind::kFact ||
                      line->kind == Kind::kListItem;
    if (timed_links && item) MakeLink(line);
    if (title_links && line->kind == Kind::kWeak) MakeLink(line);
  }
  run.clear();
}

// Marks the boxed links that open a box: no heading and no boxed link just
// above them.
void MarkBoxOpenings(std::vector<Line>* lines) {
  const Line* above = nullptr;
  for (Line& line : *lines) {
    if (line.kind == Kind::kBlank) continue;
    line.opens_box = line.boxed &&
                     (above == nullptr || (!above->boxed && !above->f.related));
    above = &line;
  }
}

}  // namespace

void MarkLists(std::vector<Line>* lines) {
  Context context = Context::kNone;
  std::vector<Line*> run;
  const Line* previous = nullptr;    // The last non-blank line.
  const Line* before_run = nullptr;  // The line above the run.
  for (Line& line : *lines) {
    if (line.kind == Kind::kBlank) continue;
    const Line* above = previous;
    previous = &line;
    if (line.link_share >= kLinkShareMin && line.kind != Kind::kProse &&
        line.kind != Kind::kJunk) {
      MakeLink(&line);
      line.boxed = true;
      continue;
    }
    if (ApplyContext(&context, &line)) {
      // A decided line ends a run unless it is junk between short lines
      // (a timestamp under a title, a caption).
      if (line.kind != Kind::kJunk) MarkRun(run, before_run, &line);
      continue;
    }
    ContinueListOfPairs(above, &line);
    if (IsListCandidate(line.kind)) {
      if (run.empty()) before_run = above;
      run.push_back(&line);
    } else {
      MarkRun(run, before_run, &line);
    }
  }
  MarkRun(run, before_run, nullptr);
  MarkBoxOpenings(lines);
}

}  // namespace internal
}  // namespace wirecheck
