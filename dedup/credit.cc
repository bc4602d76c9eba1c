#include "dedup/credit.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "unicode/normalizer2.h"
#include "unicode/uchar.h"
#include "unicode/unistr.h"

namespace wirecheck {

extern const char kWireAgenciesList[];  // wire_agencies_data.cc (genrule).

namespace {

struct Cue {
  absl::string_view text;  // Matched ASCII-case-insensitively.
  bool strong;             // Names a source by itself ("Nguồn:", "Source:").
  bool parenthesised;      // Name runs to ')' instead of punctuation.
};

// Longer cues first so "theo hãng tin" wins over "theo".
constexpr Cue kCues[] = {
    {"theo hãng tin ", true, false}, {"theo hãng thông tấn ", true, false},
    {"according to ", false, false}, {"dẫn lời ", false, false},
    {"nguồn: ", true, false},        {"nguồn ", true, false},
    {"sources: ", true, false},      {"source: ", true, false},
    {"credit: ", true, false},       {"theo ", false, false},
    {"via ", false, false},          {"(", false, true},
};

constexpr size_t kMaxPhraseBytes = 60;

bool IsAsciiWordByte(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
         (static_cast<unsigned char>(c) & 0x80);
}

bool CueAt(absl::string_view text, size_t pos, absl::string_view cue) {
  return text.size() - pos >= cue.size() &&
         absl::EqualsIgnoreCase(text.substr(pos, cue.size()), cue);
}

// End of the name phrase starting at `begin`, or npos for none.
size_t PhraseEnd(absl::string_view text, size_t begin, bool parenthesised) {
  const size_t limit = std::min(text.size(), begin + kMaxPhraseBytes);
  for (size_t i = begin; i < limit; ++i) {
    const char c = text[i];
    if (parenthesised) {
      if (c == ')') return i;
      if (c == '(' || c == '\n') return absl::string_view::npos;
    } else if (c == '.' || c == ',' || c == ';' || c == ':' || c == '\n' ||
               c == ')' || c == '(' || c == '"') {
      return i;
    }
  }
  if (parenthesised) return absl::string_view::npos;
  size_t end = limit;  // Cut at a UTF-8 character boundary.
  while (end > begin && end < text.size() &&
         (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
    --end;
  }
  return end;
}

bool ContainsWords(absl::string_view folded_haystack,
                   absl::string_view folded_needle) {
  if (folded_needle.empty()) return false;
  const std::string hay = " " + std::string(folded_haystack) + " ";
  return absl::StrContains(hay, " " + std::string(folded_needle) + " ");
}

// True when `stem` (no spaces) starts at a word start of `folded_phrase`
// once spaces are removed: "tuoi tre online" matches "tuoitre".
bool StemMatches(absl::string_view folded_phrase, absl::string_view stem) {
  if (stem.size() < 3) return false;
  for (size_t i = 0; i < folded_phrase.size(); ++i) {
    if (i > 0 && folded_phrase[i - 1] != ' ') continue;
    std::string rest = absl::StrReplaceAll(folded_phrase.substr(i), {{" ", ""}});
    if (absl::StartsWith(rest, stem)) return true;
  }
  return false;
}

}  // namespace

std::string FoldForMatching(absl::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (U_SUCCESS(status)) decomposed = nfd->normalize(decomposed, status);
  std::string out;
  bool pending_space = false;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;  // Diacritics.
    if (c == 0x0110 || c == 0x0111) c = 'd';            // Đ đ.
    c = u_tolower(c);
    if (!u_isalnum(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    icu::UnicodeString one(c);
    one.toUTF8String(out);
  }
  return out;
}

absl::StatusOr<CreditFinder> CreditFinder::FromAgencyList(
    absl::string_view list) {
  CreditFinder finder;
  for (absl::string_view line : absl::StrSplit(list, '\n')) {
    line = absl::StripAsciiWhitespace(line);
    if (line.empty() || line[0] == '#') continue;
    const int agency = static_cast<int>(finder.agencies_.size());
    std::vector<absl::string_view> names = absl::StrSplit(line, '|');
    finder.agencies_.emplace_back(absl::StripAsciiWhitespace(names[0]));
    for (absl::string_view name : names) {
      std::string folded = FoldForMatching(name);
      if (folded.empty()) {
        return absl::InvalidArgumentError(
            "wire agency list: empty name in line: " + std::string(line));
      }
      finder.aliases_.push_back({std::move(folded), agency});
    }
  }
  std::stable_sort(finder.aliases_.begin(), finder.aliases_.end(),
                   [](const Alias& a, const Alias& b) {
                     return a.folded.size() > b.folded.size();
                   });
  return finder;
}

const CreditFinder& CreditFinder::Default() {
  static const CreditFinder* finder = [] {
    absl::StatusOr<CreditFinder> parsed = FromAgencyList(kWireAgenciesList);
    // The list is compiled in and covered by tests; an empty finder is the
    // safe fallback rather than aborting on a build-time data error.
    return new CreditFinder(parsed.ok() ? *std::move(parsed) : CreditFinder());
  }();
  return *finder;
}

std::string CreditFinder::AgencyIn(absl::string_view folded_phrase) const {
  for (const Alias& alias : aliases_) {
    if (ContainsWords(folded_phrase, alias.folded)) {
      return agencies_[alias.agency];
    }
  }
  return "";
}

std::vector<Attribution> CreditFinder::FindAttributions(
    absl::string_view text) const {
  std::vector<Attribution> found;
  for (size_t pos = 0; pos < text.size(); ++pos) {
    // Every cue starts with one of these letters (or '('): a cheap filter.
    const char first = absl::ascii_tolower(static_cast<unsigned char>(text[pos]));
    if (first != 't' && first != 'a' && first != 'd' && first != 'n' &&
        first != 's' && first != 'c' && first != 'v' && first != '(') {
      continue;
    }
    if (pos > 0 && IsAsciiWordByte(text[pos - 1]) && first != '(') continue;
    for (const Cue& cue : kCues) {
      if (!CueAt(text, pos, cue.text)) continue;
      const size_t begin = pos + cue.text.size();
      size_t end = PhraseEnd(text, begin, cue.parenthesised);
      if (end == absl::string_view::npos) break;
      while (!cue.parenthesised && end > begin && text[end - 1] == ' ') --end;
      if (end <= begin) break;
      Attribution a;
      a.phrase = FoldForMatching(text.substr(begin, end - begin));
      a.agency = AgencyIn(a.phrase);
      if (a.phrase.empty() || (!cue.strong && a.agency.empty() &&
                               cue.parenthesised &&
                               std::count(a.phrase.begin(), a.phrase.end(),
                                          ' ') > 3)) {
        break;
      }
      a.span = Span{static_cast<uint32_t>(pos),
                    static_cast<uint32_t>(end + (cue.parenthesised ? 1 : 0))};
      a.strong = cue.strong;
      found.push_back(std::move(a));
      pos = end - 1;
      break;
    }
  }
  return found;
}

std::string OutletStem(absl::string_view outlet) {
  absl::string_view o = absl::StripAsciiWhitespace(outlet);
  for (absl::string_view prefix : {"https://", "http://"}) {
    absl::ConsumePrefix(&o, prefix);
  }
  if (o.size() > 4 && absl::EqualsIgnoreCase(o.substr(0, 4), "www.")) {
    o.remove_prefix(4);
  }
  if (o.find(' ') == absl::string_view::npos) {
    o = o.substr(0, o.find_first_of("./"));
  }
  return absl::StrReplaceAll(FoldForMatching(o), {{" ", ""}});
}

CreditCheck CheckCredit(const CreditFinder& finder, absl::string_view copy_text,
                        absl::string_view source_text,
                        absl::string_view source_outlet) {
  return CheckCredit(finder, finder.FindAttributions(copy_text), copy_text,
                     finder.FindAttributions(source_text), source_outlet);
}

CreditCheck CheckCredit(const CreditFinder& finder,
                        const std::vector<Attribution>& copy_attributions,
                        absl::string_view copy_text,
                        const std::vector<Attribution>& source_attributions,
                        absl::string_view source_outlet) {
  const std::string stem = OutletStem(source_outlet);
  const std::string source_agency = finder.AgencyIn(FoldForMatching(source_outlet));
  std::vector<std::string> source_credits;
  for (const Attribution& a : source_attributions) {
    if (!a.agency.empty()) source_credits.push_back(a.agency);
  }
  CreditCheck result;
  const Attribution* fallback = nullptr;
  for (const Attribution& a : copy_attributions) {
    const bool names_outlet = StemMatches(a.phrase, stem);
    const bool shared_agency =
        !a.agency.empty() &&
        (a.agency == source_agency ||
         std::find(source_credits.begin(), source_credits.end(), a.agency) !=
             source_credits.end());
    if (names_outlet || shared_agency) {
      result.credited = true;
      result.span = a.span;
      result.text = std::string(a.span.Of(copy_text));
      return result;
    }
    if (fallback == nullptr && (a.strong || !a.agency.empty())) fallback = &a;
  }
  if (fallback != nullptr) {
    result.span = fallback->span;
    result.text = std::string(fallback->span.Of(copy_text));
  }
  return result;
}

}  // namespace wirecheck
