#include "ingest/metadata.h"

#include <algorithm>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "ingest/dates.h"
#include "ingest/utf8.h"
#include "unicode/uchar.h"

namespace wirecheck {
namespace {

constexpr size_t kHeaderLines = 8;
constexpr size_t kMaxTitleBytes = 250;
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

// True when `line` starts with a lower-case letter (any script ICU knows):
// the line after a hard-wrapped sentence does, the line after a headline
// does not.
bool StartsLowercase(absl::string_view line) {
  if (line.empty()) return false;
  uint32_t cp;
  if (DecodeUtf8At(line, 0, &cp) == 0) return false;
  return u_islower(static_cast<UChar32>(cp));
}

// The first kHeaderLines non-empty lines, trimmed, each with the raw line
// that follows it ("" at the end).
struct HeaderLine {
  absl::string_view text;
  absl::string_view next_raw;
};

std::vector<HeaderLine> HeaderLines(absl::string_view text) {
  std::vector<HeaderLine> lines;
  size_t pos = 0;
  while (pos < text.size() && lines.size() < kHeaderLines) {
    size_t end = text.find('\n', pos);
    if (end == absl::string_view::npos) end = text.size();
    const absl::string_view line =
        absl::StripAsciiWhitespace(text.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty()) continue;
    absl::string_view next;
    if (pos < text.size()) {
      const size_t next_end = std::min(text.find('\n', pos), text.size());
      next = absl::StripAsciiWhitespace(text.substr(pos, next_end - pos));
    }
    lines.push_back({line, next});
  }
  return lines;
}

}  // namespace

// data/aggregators.txt, compiled in (aggregators_data.cc, a genrule).
extern const char kAggregatorList[];

namespace {

const absl::flat_hash_set<std::string>& Aggregators() {
  static const auto* hosts = [] {
    auto* set = new absl::flat_hash_set<std::string>();
    for (absl::string_view line : absl::StrSplit(kAggregatorList, '\n')) {
      line = absl::StripAsciiWhitespace(line);
      if (!line.empty() && line[0] != '#') set->insert(std::string(line));
    }
    return set;
  }();
  return *hosts;
}

// `host` or a domain it belongs to is an aggregator.
bool IsAggregator(absl::string_view host) {
  for (;;) {
    if (Aggregators().contains(host)) return true;
    const size_t dot = host.find('.');
    if (dot == absl::string_view::npos) return false;
    host.remove_prefix(dot + 1);
  }
}

// The first folder of a URL path that is a domain: the outlet an
// aggregator's URL names. The file name is never one ("12240106.epi").
std::string DomainInPath(absl::string_view path) {
  path = path.substr(0, path.find_first_of("?#"));
  path = path.substr(0, path.rfind('/') + 1);
  for (absl::string_view folder : absl::StrSplit(path, '/')) {
    if (LooksLikeDomain(folder)) return OutletFromFolderName(folder);
  }
  return "";
}

}  // namespace

std::string OutletFromUrl(absl::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == absl::string_view::npos) return "";
  absl::string_view rest = url.substr(scheme + 3);
  const size_t host_end = rest.find_first_of("/?#");
  const absl::string_view path =
      host_end == absl::string_view::npos ? "" : rest.substr(host_end);
  rest = rest.substr(0, host_end);
  const size_t at = rest.rfind('@');
  if (at != absl::string_view::npos) rest = rest.substr(at + 1);
  rest = rest.substr(0, rest.find(':'));
  std::string host = absl::AsciiStrToLower(rest);
  if (absl::StartsWith(host, "www.")) host.erase(0, 4);
  return IsAggregator(host) ? DomainInPath(path) : host;
}

std::string OutletFromFolderName(absl::string_view name) {
  if (!LooksLikeDomain(name)) return "";
  std::string host = absl::AsciiStrToLower(name);
  if (absl::StartsWith(host, "www.")) host.erase(0, 4);
  return host;
}

std::string InferTitle(absl::string_view text) {
  for (const HeaderLine& line : HeaderLines(text)) {
    const std::vector<absl::string_view> tokens = Tokens(line.text);
    if (IsMenuLine(tokens) || IsBannerLine(tokens) || IsDateline(line.text)) {
      continue;
    }
    // Body-length, or the start of a hard-wrapped paragraph: no headline.
    if (line.text.size() > kMaxTitleBytes || StartsLowercase(line.next_raw)) {
      return "";
    }
    return CleanTitle(line.text);
  }
  return "";
}

std::string InferOutletFromText(absl::string_view text) {
  for (const HeaderLine& line : HeaderLines(text)) {
    if (!IsDateline(line.text)) continue;
    std::pair<size_t, size_t> match;
    FindDateInLine(line.text, &match);
    const absl::string_view name =
        absl::StripAsciiWhitespace(line.text.substr(0, match.first));
    if (name.size() >= 4 && name.size() % 2 == 0 &&
        name.substr(0, name.size() / 2) == name.substr(name.size() / 2)) {
      return std::string(name.substr(0, name.size() / 2));
    }
    return "";
  }
  return "";
}

namespace {

bool IsTitleSpace(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
         cp == '\v' || cp == 0xA0 || cp == 0x3000 ||
         (cp >= 0x2000 && cp <= 0x200A);
}

bool IsInvisible(uint32_t cp) {
  return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
}

}  // namespace

std::string CleanTitle(absl::string_view title) {
  std::string out;
  out.reserve(title.size());
  bool pending_space = false;
  size_t i = 0;
  while (i < title.size()) {
    uint32_t cp;
    int len = DecodeUtf8At(title, i, &cp);
    if (len == 0) {  // Not expected (text is repaired); keep the byte.
      len = 1;
      cp = static_cast<unsigned char>(title[i]);
    }
    if (IsTitleSpace(cp) || IsInvisible(cp)) {
      // Invisible characters inside the title stay (they may join words);
      // at the edges they go.
      if (IsTitleSpace(cp)) {
        pending_space = !out.empty();
      } else if (!out.empty()) {
        size_t j = i + len;
        uint32_t next;
        int next_len;
        while (j < title.size() &&
               (next_len = DecodeUtf8At(title, j, &next)) > 0 &&
               (IsTitleSpace(next) || IsInvisible(next))) {
          j += next_len;
        }
        if (j < title.size()) {
          if (pending_space) out.push_back(' ');
          pending_space = false;
          out.append(title.data() + i, len);
        }
      }
    } else {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.append(title.data() + i, len);
    }
    i += len;
  }
  return out;
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
