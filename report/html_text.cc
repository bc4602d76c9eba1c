#include "report/html_text.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "report/excerpt.h"

namespace wirecheck {
namespace {

void AppendEscaped(absl::string_view s, std::string* out) {
  for (char c : s) {
    switch (c) {
      case '&':
        out->append("&amp;");
        break;
      case '<':
        out->append("&lt;");
        break;
      case '>':
        out->append("&gt;");
        break;
      case '"':
        out->append("&quot;");
        break;
      case '\'':
        out->append("&#39;");
        break;
      case '\t':
      case '\n':
      case '\r':
        out->push_back(c);
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          out->append("\xEF\xBF\xBD");
        } else {
          out->push_back(c);
        }
    }
  }
}

// The start of a UTF-8 sequence at or after `pos`.
size_t Utf8Ceil(absl::string_view text, size_t pos) {
  while (pos < text.size() &&
         (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
    ++pos;
  }
  return std::min(pos, text.size());
}

}  // namespace

std::string HtmlEscape(absl::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  AppendEscaped(s, &out);
  return out;
}

Span ContextWindow(absl::string_view text, Span mark, size_t context) {
  const size_t end = std::min<size_t>(mark.end, text.size());
  const size_t begin = std::min<size_t>(mark.begin, end);
  size_t from = begin > context ? begin - context : 0;
  size_t to = std::min(text.size(), end + context);
  // Start after a space in the first half of the context, end before one
  // in the last half, so words are not cut.
  if (from > 0) {
    const size_t space = text.find_first_of(" \n", from);
    if (space != absl::string_view::npos && space < from + context / 2 &&
        space < begin) {
      from = space + 1;
    }
  }
  if (to < text.size()) {
    const size_t space = text.find_last_of(" \n", to);
    if (space != absl::string_view::npos && space + context / 2 > to &&
        space >= end) {
      to = space;
    }
  }
  return Span{static_cast<uint32_t>(Utf8Floor(text, from)),
              static_cast<uint32_t>(Utf8Ceil(text, to))};
}

std::string MarkedHtml(absl::string_view text, Span window,
                       const std::vector<Span>& marks, size_t max_bytes) {
  const size_t begin = Utf8Floor(text, window.begin);
  const size_t end = Utf8Ceil(text, std::max<size_t>(window.end, begin));
  const size_t shown_end =
      end - begin > max_bytes ? Utf8Floor(text, begin + max_bytes) : end;
  std::string out;
  if (begin > 0) out.append("…");
  size_t at = begin;
  for (const Span& m : marks) {
    const size_t from = std::max(at, Utf8Floor(text, m.begin));
    const size_t to = std::min(shown_end, Utf8Ceil(text, m.end));
    if (from >= to) continue;
    AppendEscaped(text.substr(at, from - at), &out);
    out.append("<mark>");
    AppendEscaped(text.substr(from, to - from), &out);
    out.append("</mark>");
    at = to;
  }
  if (at < shown_end) AppendEscaped(text.substr(at, shown_end - at), &out);
  if (shown_end < end) {
    absl::StrAppend(&out, "<span class=\"more\">… ", end - shown_end,
                    " more bytes</span>");
  } else if (end < text.size()) {
    out.append("…");
  }
  return out;
}

std::string LinkHtml(absl::string_view url) {
  const std::string lower = absl::AsciiStrToLower(url.substr(0, 8));
  const std::string escaped = HtmlEscape(url);
  if (!absl::StartsWith(lower, "http://") &&
      !absl::StartsWith(lower, "https://")) {
    return escaped;
  }
  return absl::StrCat("<a href=\"", escaped, "\" rel=\"noopener noreferrer\">",
                      escaped, "</a>");
}

}  // namespace wirecheck
