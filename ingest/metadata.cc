#include "ingest/metadata.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "ingest/dates.h"

namespace wirecheck {
namespace {

constexpr int kHeaderLines = 8;
constexpr size_t kMaxTitleBytes = 250;
constexpr int kMaxDatelineTokens = 6;
constexpr int kMaxBannerTokens = 12;

std::vector<absl::string_view> Tokens(absl::string_view line) {
  return absl::StrSplit(line, absl::ByAnyChar(" \t"), absl::SkipEmpty());
}

// "vietnam.vn", "VnExpress.net", "www.bbc.co.uk": labels of letters, digits
// and '-' joined by dots, ending in an alphabetic label of 2-6 letters.
bool LooksLikeDomain(absl::string_view s) {
  s = absl::StripSuffix(s, ".");
  const size_t last_dot = s.rfind('.');
  if (last_dot == absl::string_view::npos || last_dot == 0) return false;
  const absl::string_view tld = s.substr(last_dot + 1);
  if (tld.size() < 2 || tld.size() > 6) return false;
  for (char c : tld) {
    if (!absl::ascii_isalpha(c)) return false;
  }
  for (char c : s.substr(0, last_dot)) {
    if (!absl::ascii_isalnum(c) && c != '-' && c != '.') return false;
  }
  return true;
}

bool IsMenuLine(const std::vector<absl::string_view>& tokens) {
  return tokens.size() <= 2;
}

bool IsBannerLine(const std::vector<absl::string_view>& tokens) {
  if (tokens.size() > kMaxBannerTokens) return false;
  for (absl::string_view t : tokens) {
    if (LooksLikeDomain(t)) return true;
  }
  return false;
}

bool IsDateline(absl::string_view line,
                const std::vector<absl::string_view>& tokens) {
  return tokens.size() <= kMaxDatelineTokens && FindDateInLine(line).known();
}

// Calls fn(line) for the first kHeaderLines non-empty lines (trimmed) until
// it returns false.
template <typename Fn>
void ForHeaderLines(absl::string_view text, Fn fn) {
  int seen = 0;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    line = absl::StripAsciiWhitespace(line);
    if (line.empty()) continue;
    if (++seen > kHeaderLines || !fn(line)) return;
  }
}

}  // namespace

std::string OutletFromUrl(absl::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == absl::string_view::npos) return "";
  absl::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  const size_t at = rest.rfind('@');
  if (at != absl::string_view::npos) rest = rest.substr(at + 1);
  rest = rest.substr(0, rest.find(':'));
  std::string host = absl::AsciiStrToLower(rest);
  if (absl::StartsWith(host, "www.")) host.erase(0, 4);
  return host;
}

std::string OutletFromFolderName(absl::string_view name) {
  if (!LooksLikeDomain(name)) return "";
  std::string host = absl::AsciiStrToLower(name);
  if (absl::StartsWith(host, "www.")) host.erase(0, 4);
  return host;
}

std::string InferTitle(absl::string_view text) {
  std::string title;
  ForHeaderLines(text, [&](absl::string_view line) {
    const std::vector<absl::string_view> tokens = Tokens(line);
    if (IsMenuLine(tokens) || IsBannerLine(tokens) || IsDateline(line, tokens)) {
      return true;
    }
    if (line.size() <= kMaxTitleBytes) title = std::string(line);
    return false;
  });
  return title;
}

std::string InferOutletFromText(absl::string_view text) {
  std::string outlet;
  ForHeaderLines(text, [&](absl::string_view line) {
    const std::vector<absl::string_view> tokens = Tokens(line);
    if (!IsDateline(line, tokens)) return true;
    // Cut the date and any time off the end, then look for "XX".
    size_t end = line.size();
    while (end > 0 && (absl::ascii_isdigit(line[end - 1]) ||
                       absl::ascii_ispunct(line[end - 1]) ||
                       line[end - 1] == ' ')) {
      --end;
    }
    const absl::string_view name = line.substr(0, end);
    if (name.size() >= 4 && name.size() % 2 == 0 &&
        name.substr(0, name.size() / 2) == name.substr(name.size() / 2)) {
      outlet = std::string(name.substr(0, name.size() / 2));
    }
    return false;
  });
  return outlet;
}

std::string FileStem(absl::string_view path) {
  const size_t slash = path.rfind('/');
  absl::string_view base =
      slash == absl::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = base.rfind('.');
  if (dot != absl::string_view::npos && dot > 0) base = base.substr(0, dot);
  return std::string(base);
}

}  // namespace wirecheck
