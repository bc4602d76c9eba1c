// normalise/line_features.h: what the boilerplate classifier knows about a
// line. Internal to //normalise:boilerplate.
//
// ComputeLineFeatures() measures one trimmed line: word count, sentence
// ending, function-word density, a dominant timestamp, a photo credit or
// image-alt suffix ("... - Ảnh 1"), reader-prompt/UI vocabulary, and a
// punctuation-free "title key" used to recognise a headline that a later
// image alt text repeats. Vocabulary checks run on the case-folded line and
// only for lines short enough to be captions or UI (long lines are prose or
// nothing), which keeps the pass linear and cheap on 100 KB lines.
#ifndef WIRECHECK_NORMALISE_LINE_FEATURES_H_
#define WIRECHECK_NORMALISE_LINE_FEATURES_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "util/span.h"

namespace wirecheck {
namespace internal {

struct LineFeatures {
  Span span;  // Trimmed content; empty for a blank line.
  int words = 0;
  bool ends_sentence = false;  // . ! ? … possibly followed by quotes/brackets.
  double stop_ratio = 0;       // Share of words in the stop lists.
  int inner_sentences = 0;     // ". " / "! " / "? " inside the line.
  bool timestamp = false;      // Contains a date or clock time.
  bool credit = false;         // "Ảnh: ...", "Photo:", "(Nguồn: ...)".
  bool image_alt = false;      // Ends in "- Ảnh 1", "- Hình 2", "Photo 3".
  bool prompt = false;         // Reader prompt, share/follow/menu label.
  bool list_item = false;      // Starts with a bullet or "1." / "2)".
  bool ends_colon = false;     // Introduces a list: "... as follows:".
  std::string title_key;       // Folded words, punctuation-free (short lines).
};

// Lines of `text` split at '\n', in order, blank ones included.
std::vector<Span> SplitLines(absl::string_view text);

// `line` is the untrimmed line span of `text`.
LineFeatures ComputeLineFeatures(absl::string_view text, Span line);

// `line` without leading/trailing whitespace (ASCII and NBSP).
Span TrimLine(absl::string_view text, Span line);

// Ends with . ! ? or …, possibly followed by closing quotes or brackets.
bool EndsSentence(absl::string_view trimmed);

// Contains hh:mm, dd/mm/yy[yy] or yyyy-mm.
bool HasTimestamp(absl::string_view s);

}  // namespace internal
}  // namespace wirecheck

#endif  // WIRECHECK_NORMALISE_LINE_FEATURES_H_
