#include "report/terminal.h"

#include <cstdint>

#include "absl/strings/str_format.h"
#include "ingest/utf8.h"

namespace wirecheck {
namespace {

// Code points above ASCII that a terminal obeys rather than shows: C1
// controls (U+009B is CSI), bidi embeddings, overrides and isolates (they
// reorder what follows), and the line and paragraph separators.
bool IsInvisibleControl(uint32_t cp) {
  return (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029;
}

std::string Escape(absl::string_view s, bool keep_layout) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    if (c < 0x80) {  // C0 control or DEL.
      if ((c == '\n' || c == '\t') && keep_layout) {
        out.push_back(static_cast<char>(c));
      } else {
        absl::StrAppendFormat(&out, "\\x%02X", c);
      }
      ++i;
      continue;
    }
    uint32_t cp = 0;
    const int len = DecodeUtf8At(s, i, &cp);
    if (len == 0) {  // A byte that starts no valid sequence.
      absl::StrAppendFormat(&out, "\\x%02X", c);
      ++i;
    } else if (IsInvisibleControl(cp)) {
      absl::StrAppendFormat(&out, "\\u%04X", cp);
      i += len;
    } else {
      out.append(s.data() + i, len);
      i += len;
    }
  }
  return out;
}

}  // namespace

std::string TerminalSafe(absl::string_view s) {
  return Escape(s, /*keep_layout=*/false);
}

std::string TerminalSafeLines(absl::string_view s) {
  return Escape(s, /*keep_layout=*/true);
}

}  // namespace wirecheck
