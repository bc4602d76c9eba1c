#include "report/markdown_text.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace wirecheck {

std::string MarkdownEscape(absl::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  bool space = false;
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (c == '\n' || c == '\r' || c == '\t' || u < 0x20 || u == 0x7f) {
      space = true;  // Line breaks would end a table row or list item.
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    switch (c) {
      case '<':
        out.append("&lt;");
        break;
      case '>':
        out.append("&gt;");
        break;
      case '&':
        out.append("&amp;");
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '|':
      case '~':
      case '$':
        out.push_back('\\');
        out.push_back(c);
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string MarkdownLink(absl::string_view text, absl::string_view url) {
  const std::string lower = absl::AsciiStrToLower(url.substr(0, 8));
  if (!absl::StartsWith(lower, "http://") &&
      !absl::StartsWith(lower, "https://")) {
    return MarkdownEscape(text);
  }
  std::string target;
  for (char c : url) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7f || c == '(' || c == ')' || c == '<' ||
        c == '>' || c == '[' || c == ']' || c == '|' || c == '`' || c == '"' ||
        c == '\'' || c == '\\') {
      absl::StrAppendFormat(&target, "%%%02X", u);
    } else {
      target.push_back(c);
    }
  }
  return absl::StrCat("[", MarkdownEscape(text), "](", target, ")");
}

}  // namespace wirecheck
