// normalise/lists.h: tells lists of facts from lists of links. Internal to
// //normalise:boilerplate.
//
// A short line that does not end a sentence is either an item of the
// story's own list (a price list, a squad, the steps of a procedure, the
// rows of a table) or the title of another story (a "Tin liên quan" block, a
// most-read box, a menu). Line length alone cannot tell them apart, so the
// boilerplate classifier first gives every line a Kind from its own evidence
// (line_features.h), then MarkLists() reads the evidence of its neighbours:
//
//   * A line ending in ':' that is no prompt ("Giá bán lẻ như sau:",
//     "Danh sách cụ thể:", "Ghi bàn:") introduces a list: it and the title-
//     like lines under it are facts, up to the next paragraph or heading.
//   * A related heading ("Tin liên quan", "Đọc nhiều", "Read more") opens a
//     list of links: the lines under it are links until the story resumes
//     with a paragraph or a sentence that ends in a full stop.
//   * A line that is mostly link text in the source HTML is a link.
//   * A title-like line with a label colon right under a "label: value"
//     fact continues that list of pairs, however long its label.
//   * Elsewhere, a run of short lines is a link list when its lines end in
//     their own date or time (two of them, or every one), or when title-
//     like lines outnumber the lines carrying facts, are at least three and
//     the run is not inside the story (written text on both sides of it).
// What is left keeps the kind its own evidence gave it; the body region
// (boilerplate.cc) then scores facts and sentences as content.
//
//   std::vector<Line> lines = ...;  // Kinds from Classify().
//   MarkLists(&lines);
//   // lines[i].kind == Kind::kJunk && lines[i].reason == kLinkList, or
//   // Kind::kFact for a list item of the story.
#ifndef WIRECHECK_NORMALISE_LISTS_H_
#define WIRECHECK_NORMALISE_LISTS_H_

#include <string>
#include <vector>

#include "normalise/line_features.h"

namespace wirecheck {
namespace internal {

// kSentence: a short line that ends like a sentence (written text, not a
// title). kFact: an item of a list of facts. kListItem: a bulleted or
// numbered line. kWeak: a title-like line. kShort: fewer words than a title.
enum class Kind {
  kBlank,
  kProse,
  kSentence,
  kFact,
  kListItem,
  kWeak,
  kShort,
  kJunk
};

inline constexpr char kLinkList[] = "link list";

struct Line {
  LineFeatures f;
  Kind kind = Kind::kBlank;
  std::string reason;     // Why a junk line is junk.
  double link_share = 0;  // Share of the line inside HTML links, if known.
  // A link known by strong evidence (a related heading above it, or link
  // markup). Such boxes also sit inside stories, so a box interrupts the
  // body region once, at its heading or its first link, rather than by its
  // length.
  bool boxed = false;
  bool opens_box = false;  // A boxed link with no heading or link above it.
  bool body = false;
};

// A line is a link when at least this share of it was link text.
inline constexpr double kLinkShareMin = 0.5;

// Applies the neighbour rules above to kinds set from each line's own
// evidence.
void MarkLists(std::vector<Line>* lines);

}  // namespace internal
}  // namespace wirecheck

#endif  // WIRECHECK_NORMALISE_LISTS_H_
