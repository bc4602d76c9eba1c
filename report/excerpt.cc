#include "report/excerpt.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace wirecheck {
namespace {

bool IsContinuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Collapses whitespace runs to one space; newlines become " ¶ ".
std::string OneLine(absl::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  bool newline = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
        c == '\v') {
      space = true;
      newline |= (c == '\n');
      continue;
    }
    if (space && !out.empty()) out += newline ? " ¶ " : " ";
    space = newline = false;
    out.push_back(c);
  }
  return out;
}

// Cuts `s` to at most `max_bytes`, preferring the last space in the final
// quarter, never inside a UTF-8 sequence.
absl::string_view CutEnd(absl::string_view s, size_t max_bytes, bool* cut) {
  *cut = s.size() > max_bytes;
  if (!*cut) return s;
  size_t end = Utf8Floor(s, max_bytes);
  size_t space = s.rfind(' ', end);
  if (space != absl::string_view::npos && space > max_bytes * 3 / 4)
    end = space;
  return s.substr(0, end);
}

// Keeps at most `max_bytes` of the end of `s`, starting after a space.
absl::string_view CutStart(absl::string_view s, size_t max_bytes, bool* cut) {
  *cut = s.size() > max_bytes;
  if (!*cut) return s;
  size_t start = s.size() - max_bytes;
  while (start < s.size() && IsContinuation(s[start])) ++start;
  size_t space = s.find(' ', start);
  if (space != absl::string_view::npos && space < start + max_bytes / 4) {
    start = space + 1;
  }
  return s.substr(start);
}

}  // namespace

size_t Utf8Floor(absl::string_view text, size_t pos) {
  if (pos >= text.size()) return text.size();
  while (pos > 0 && IsContinuation(text[pos])) --pos;
  return pos;
}

std::string Excerpt(absl::string_view text, Span span, size_t max_bytes) {
  span.end = std::min<uint32_t>(span.end, text.size());
  span.begin = std::min(span.begin, span.end);
  const std::string line = OneLine(span.Of(text));
  bool cut = false;
  absl::string_view kept = CutEnd(line, max_bytes, &cut);
  return cut ? absl::StrCat(kept, "…") : std::string(kept);
}

std::string Highlight(absl::string_view text, Span context, Span mark,
                      absl::string_view open, absl::string_view close,
                      size_t max_bytes) {
  context.end = std::min<uint32_t>(context.end, text.size());
  mark.begin = std::max(mark.begin, context.begin);
  mark.end = std::min(std::max(mark.end, mark.begin), context.end);
  const std::string before =
      OneLine(text.substr(context.begin, mark.begin - context.begin));
  const std::string inside = OneLine(mark.Of(text));
  const std::string after =
      OneLine(text.substr(mark.end, context.end - mark.end));
  const size_t side =
      max_bytes > inside.size() ? (max_bytes - inside.size()) / 2 : 0;
  bool cut_before = false, cut_after = false;
  absl::string_view b = CutStart(before, side, &cut_before);
  absl::string_view a = CutEnd(after, side, &cut_after);
  // Keep the spaces that separated the mark from its neighbours.
  const bool space_before =
      mark.begin > context.begin && absl::ascii_isspace(text[mark.begin - 1]);
  const bool space_after =
      mark.end < context.end && absl::ascii_isspace(text[mark.end]);
  return absl::StrCat(cut_before ? "…" : "", b,
                      space_before && !b.empty() ? " " : "", open, inside,
                      close, space_after && !a.empty() ? " " : "", a,
                      cut_after ? "…" : "");
}

}  // namespace wirecheck
