#include "dedup/credit.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "unicode/normalizer2.h"
#include "unicode/uchar.h"
#include "unicode/unistr.h"
#include "unicode/utf8.h"

namespace wirecheck {

extern const char kWireAgenciesList[];  // wire_agencies_data.cc (genrule).

namespace {

constexpr size_t kMaxNameBytes = 60;
constexpr int kMaxNameWords = 8;
constexpr int kMaxBylineWords = 6;  // Words before "(theo X)" on a line.
constexpr int kDatelineLines = 8;   // Non-blank lines a dateline may open.
constexpr size_t kShortAlias = 3;   // Aliases matched with exact case.
constexpr int kLeadWords = 12;      // A paragraph, not a title or a menu.

// Folded cues, matched at a line or sentence start on a word boundary.
struct Cue {
  absl::string_view folded;
  bool needs_agency;     // "By John Smith" is an author, "By Reuters" a credit.
  bool may_stand_alone;  // "Nguồn" alone on a line, its name on the next.
};
constexpr Cue kCues[] = {
    {"nguon tin", false, true}, {"nguon", false, true},
    {"theo", false, true},      {"sources", false, true},
    {"source", false, true},    {"credit", false, false},
    {"by", true, false},        {"via", true, false},
};

// Lower-case NFC words that follow "Theo" without naming anyone; they
// matter when a line is in title or upper case ("THEO DÕI", "Theo Dõi").
constexpr absl::string_view kFalseFriends[] = {
    "dõi", "giới", "ông", "bà",  "anh", "chị",   "các",   "những", "nhiều",
    "một", "đó",   "đây", "như", "tôi", "chúng", "người", "họ",    "the"};
// Lower-case NFC words that open an outlet's name.
constexpr absl::string_view kOutletWords[] = {
    "báo",  "tạp chí",   "đài",      "kênh",     "cổng", "trang",
    "hãng", "thông tấn", "tuần báo", "nhật báo", "tờ"};

// `text` with every code point folded (lower case, no diacritics, đ -> d,
// NBSP -> space; punctuation kept) and, per folded byte, the offset of the
// original code point it came from, so folded ranges map back to Spans.
struct Folded {
  std::string s;
  std::vector<uint32_t> origin;  // s.size() + 1 entries.

  Span ToSpan(size_t b, size_t e) const { return Span{origin[b], origin[e]}; }
};

// "ồ" -> "o": the first code point of the canonical decomposition when the
// rest are combining marks. Hangul syllables and the like stay whole.
UChar32 BaseLetter(const icu::Normalizer2* nfd, UChar32 c) {
  icu::UnicodeString d;
  if (nfd == nullptr || !nfd->getDecomposition(c, d) || d.length() == 0)
    return c;
  const UChar32 base = d.char32At(0);
  for (int32_t i = U16_LENGTH(base); i < d.length();) {
    const UChar32 mark = d.char32At(i);
    if (u_charType(mark) != U_NON_SPACING_MARK) return c;
    i += U16_LENGTH(mark);
  }
  return base;
}

// The fold of one code point that is not ASCII: -1 when it is dropped (a
// non-spacing mark), else its lower-case base letter (đ -> d, NBSP ->
// space).
UChar32 FoldCodePoint(const icu::Normalizer2* nfd, UChar32 c) {
  if (u_charType(c) == U_NON_SPACING_MARK) return -1;
  c = BaseLetter(nfd, c);
  if (c == 0x0110 || c == 0x0111) c = 'd';
  if (c == 0x00A0) c = ' ';
  return u_tolower(c);
}

// FoldCodePoint of every code point below kSize, computed once per process.
// Vietnamese text is about a third non-ASCII letters, and asking ICU for
// each one (a decomposition into a UnicodeString, a type, a case mapping)
// was most of the time spent finding credits; the table holds the same
// answers, so results do not change. kSize covers Latin with every
// Vietnamese letter (up to U+1EFF), combining marks and general
// punctuation.
class FoldTable {
 public:
  static constexpr UChar32 kSize = 0x3000;

  static const FoldTable& Get() {
    static const FoldTable* table = new FoldTable();
    return *table;
  }

  UChar32 Fold(UChar32 c) const {
    return c < kSize ? folded_[c] : FoldCodePoint(nfd_, c);
  }

 private:
  FoldTable() : folded_(kSize) {
    UErrorCode status = U_ZERO_ERROR;
    nfd_ = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) nfd_ = nullptr;
    for (UChar32 c = 0; c < kSize; ++c) folded_[c] = FoldCodePoint(nfd_, c);
  }

  const icu::Normalizer2* nfd_;
  std::vector<UChar32> folded_;
};

Folded FoldKeepingOffsets(absl::string_view text) {
  const FoldTable& table = FoldTable::Get();
  Folded f;
  f.s.reserve(text.size());
  f.origin.reserve(text.size() + 1);
  const int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    const uint32_t start = static_cast<uint32_t>(i);
    UChar32 c;
    U8_NEXT(text.data(), i, length, c);
    if (c >= 0 && c < 0x80) {  // Most of any text: no table either.
      f.s.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
      f.origin.push_back(start);
      continue;
    }
    if (c < 0) c = 0xFFFD;
    c = table.Fold(c);
    if (c < 0) continue;
    char utf8[U8_MAX_LENGTH];
    int32_t n = 0;
    U8_APPEND_UNSAFE(utf8, n, c);
    f.s.append(utf8, n);
    // One to four bytes: pushes into the reserved space beat a range insert.
    for (int32_t k = 0; k < n; ++k) f.origin.push_back(start);
  }
  f.origin.push_back(static_cast<uint32_t>(text.size()));
  return f;
}

std::string LowerNfc(absl::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (U_SUCCESS(status)) u = nfc->normalize(u, status);
  std::string out;
  u.toLower().toUTF8String(out);
  return out;
}

bool IsWordByte(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) ||
         (static_cast<unsigned char>(c) & 0x80);
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Shrinks [*b, *e) past blanks, and a trailing '.' when `drop_period`.
void Trim(absl::string_view s, size_t* b, size_t* e, bool drop_period) {
  while (*b < *e && IsBlank(s[*b])) ++*b;
  while (*e > *b && (IsBlank(s[*e - 1]) || (drop_period && s[*e - 1] == '.'))) {
    --*e;
  }
}

// `text` starts with `word` followed by a word boundary.
bool StartsWithWord(absl::string_view text, absl::string_view word) {
  return absl::StartsWith(text, word) &&
         (text.size() == word.size() || !IsWordByte(text[word.size()]));
}

// "vnexpress.net", "VnExpress.net", "24h.com.vn": a dot between a word byte
// and 2-6 ASCII letters that end the token.
bool LooksLikeDomain(absl::string_view text) {
  for (size_t i = 1; i + 2 < text.size() + 1; ++i) {
    if (text[i] != '.' || !IsWordByte(text[i - 1])) continue;
    size_t j = i + 1;
    while (j < text.size() &&
           absl::ascii_isalpha(static_cast<unsigned char>(text[j])))
      ++j;
    const size_t letters = j - i - 1;
    if (letters >= 2 && letters <= 6 &&
        (j == text.size() || !IsWordByte(text[j]))) {
      return true;
    }
  }
  return false;
}

bool StartsWithAnyWord(absl::string_view lower, const absl::string_view* words,
                       size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (StartsWithWord(lower, words[i])) return true;
  }
  return false;
}

bool OutletLike(const CreditFinder& finder, absl::string_view name) {
  return !finder.AgenciesIn(name).empty() || LooksLikeDomain(name) ||
         StartsWithAnyWord(LowerNfc(name), kOutletWords,
                           sizeof(kOutletWords) / sizeof(kOutletWords[0]));
}

// A proper name: an outlet, or a capitalised (or digit-led) phrase that does
// not open with a false friend.
bool NameLike(const CreditFinder& finder, absl::string_view name) {
  if (OutletLike(finder, name)) return true;
  if (StartsWithAnyWord(LowerNfc(name), kFalseFriends,
                        sizeof(kFalseFriends) / sizeof(kFalseFriends[0]))) {
    return false;
  }
  UChar32 c;
  int32_t i = 0;
  U8_NEXT(name.data(), i, static_cast<int32_t>(name.size()), c);
  return c >= 0 && (u_isupper(c) || u_istitle(c) || u_isdigit(c));
}

// A masthead written as one word: "VnExpress", "GiadinhNet", "VTC1",
// "REUTER" (mixed case with two capitals, or 2-8 ASCII capitals and digits),
// never a person's name ("Quý Sáng") or a sentence.
bool MastheadWord(absl::string_view name) {
  constexpr size_t kMaxMastheadBytes = 30;
  if (name.empty() || name.size() > kMaxMastheadBytes) return false;
  int upper = 0, lower = 0, other = 0;
  for (unsigned char c : name) {
    if (absl::ascii_isupper(c)) {
      ++upper;
    } else if (absl::ascii_islower(c)) {
      ++lower;
    } else if (!absl::ascii_isdigit(c)) {
      ++other;
    }
  }
  if (other > 0 || upper < 2) return false;
  return lower > 0 || name.size() <= 8;
}

// An outlet named by its masthead: an agency, a domain, an outlet word, or
// one masthead word.
bool MastheadLike(const CreditFinder& finder, absl::string_view name) {
  return OutletLike(finder, name) || MastheadWord(name);
}

// Whether original `name` can be what a credit names: short, not a clause
// (no quotes, colons, questions; every comma part a name).
bool NameQualifies(const CreditFinder& finder, absl::string_view name,
                   bool needs_agency) {
  if (name.empty() || name.size() > kMaxNameBytes) return false;
  const std::string folded = FoldForMatching(name);
  if (folded.empty() ||
      std::count(folded.begin(), folded.end(), ' ') + 1 > kMaxNameWords) {
    return false;
  }
  for (absl::string_view bad : {"\"", ":", ";", "?", "!", "“", "”"}) {
    if (absl::StrContains(name, bad)) return false;
  }
  // "Reuters, AFP" lists outlets; "Yonhap, Bình Nhưỡng đã phóng" is a clause.
  const std::vector<absl::string_view> parts = absl::StrSplit(name, ',');
  for (absl::string_view part : parts) {
    part = absl::StripAsciiWhitespace(part);
    if (parts.size() > 1 ? !OutletLike(finder, part)
                         : !NameLike(finder, part)) {
      return false;
    }
  }
  return !needs_agency || !finder.AgenciesIn(name).empty();
}

// The cue opening folded [b, e), or null; *name_begin is where its name
// starts (after an optional ':' and blanks).
const Cue* CueAt(absl::string_view s, size_t b, size_t e, size_t* name_begin) {
  for (const Cue& cue : kCues) {
    if (!StartsWithWord(s.substr(b, e - b), cue.folded)) continue;
    size_t p = b + cue.folded.size();
    while (p < e && IsBlank(s[p])) ++p;
    if (p < e && s[p] == ':') ++p;
    while (p < e && IsBlank(s[p])) ++p;
    *name_begin = p;
    return &cue;
  }
  return nullptr;
}

int WordsIn(absl::string_view original) {
  const std::string folded = FoldForMatching(original);
  return folded.empty() ? 0 : std::count(folded.begin(), folded.end(), ' ') + 1;
}

// Bytes of the dash ("-", U+2013 or U+2014) `rest` starts with; 0 when
// it starts with none.
size_t DashLength(absl::string_view rest) {
  if (absl::StartsWith(rest, "-")) return 1;
  if (absl::StartsWith(rest, "\u2013") || absl::StartsWith(rest, "\u2014")) {
    return 3;
  }
  return 0;
}

bool IsDash(absl::string_view rest) { return DashLength(rest) > 0; }

// Where the text after a masthead dash ("TTO - ", "VOV.VN – ") starting
// within [b, limit) begins; `b` when there is none.
size_t AfterMastheadDash(absl::string_view s, size_t b, size_t limit) {
  for (size_t at = s.find(' ', b); at != absl::string_view::npos && at < limit;
       at = s.find(' ', at + 1)) {
    const absl::string_view rest = s.substr(at + 1);
    const size_t dash = DashLength(rest);
    if (dash > 0 && rest.size() > dash && rest[dash] == ' ') {
      return at + 1 + dash + 1;
    }
  }
  return b;
}

// Finds article-level credits and statements in one text.
class Scanner {
 public:
  Scanner(const CreditFinder& finder, absl::string_view text)
      : finder_(finder), text_(text), f_(FoldKeepingOffsets(text)) {
    SplitLines();
  }

  std::vector<Attribution> Run() {
    Lead();
    for (size_t i = 0; i < lines_.size(); ++i) {
      if (CreditLine(i)) continue;
      if (static_cast<int>(i) < kDatelineLines &&
          (Dateline(i) || BareDateline(i))) {
        continue;
      }
      if (Parenthesised(i)) continue;
      if (i + 1 == lines_.size() && i > 0 && Masthead(i)) continue;
      if (i + 1 == lines_.size()) Closing(i);
    }
    Statements();
    std::sort(found_.begin(), found_.end(),
              [](const Attribution& a, const Attribution& b) {
                return a.span.begin < b.span.begin;
              });
    return std::move(found_);
  }

 private:
  struct Line {
    size_t b, e;  // Folded, trimmed.
  };

  absl::string_view Original(size_t b, size_t e) const {
    return f_.ToSpan(b, e).Of(text_);
  }

  void SplitLines() {
    size_t start = 0;
    for (size_t i = 0; i <= f_.s.size(); ++i) {
      if (i < f_.s.size() && f_.s[i] != '\n') continue;
      size_t b = start, e = i;
      Trim(f_.s, &b, &e, false);
      if (std::any_of(f_.s.begin() + b, f_.s.begin() + e, IsWordByte)) {
        lines_.push_back({b, e});
      }
      start = i + 1;
    }
  }

  void Add(size_t b, size_t e, size_t name_b, size_t name_e, CreditForm form) {
    Attribution a;
    a.span = f_.ToSpan(b, e);
    const absl::string_view name = Original(name_b, name_e);
    a.phrase = FoldForMatching(name);
    a.agencies = finder_.AgenciesIn(name);
    a.form = form;
    found_.push_back(std::move(a));
  }

  // "Theo TTXVN", "(Theo Reuters)", "Nguồn: X", "(Reuters)"; or "Nguồn"
  // alone with an outlet-like name on the next line.
  bool CreditLine(size_t i) {
    size_t b = lines_[i].b, e = lines_[i].e;
    Trim(f_.s, &b, &e, true);
    const size_t span_b = b, span_e = e;
    const bool wrapped = e - b >= 2 && f_.s[b] == '(' && f_.s[e - 1] == ')';
    if (wrapped) {
      ++b;
      --e;
      Trim(f_.s, &b, &e, true);
    }
    size_t name_b = b;
    const Cue* cue = CueAt(f_.s, b, e, &name_b);
    if (cue == nullptr && !wrapped) return false;
    if (cue != nullptr && name_b == e) {
      if (!cue->may_stand_alone || wrapped || i + 1 >= lines_.size())
        return false;
      const Line& next = lines_[i + 1];
      const absl::string_view name = Original(next.b, next.e);
      if (name.size() > kMaxNameBytes || !OutletLike(finder_, name))
        return false;
      Add(span_b, next.e, next.b, next.e, CreditForm::kCreditLine);
      return true;
    }
    const absl::string_view name = Original(name_b, e);
    // A bare "(Name)" line must name an agency.
    const bool needs_agency = cue == nullptr || cue->needs_agency;
    if (!NameQualifies(finder_, name, needs_agency)) return false;
    Add(span_b, span_e, name_b, e, CreditForm::kCreditLine);
    return true;
  }

  // The credit inside "(...)" at folded [b, e) (parentheses excluded):
  // "Theo X", "Nguồn: X" or a bare agency. Sets *name_b.
  bool ParenCredit(size_t b, size_t e, size_t* name_b) const {
    *name_b = b;
    const Cue* cue = CueAt(f_.s, b, e, name_b);
    if (cue != nullptr && *name_b == e) return false;
    return NameQualifies(finder_, Original(*name_b, e),
                         cue == nullptr || cue->needs_agency);
  }

  // "PYONGYANG, June 19 (Reuters) -", "Hà Nội (TTXVN) –", "(Theo AFP) ...".
  bool Dateline(size_t i) {
    const Line& line = lines_[i];
    const size_t open = f_.s.find('(', line.b);
    if (open == std::string::npos || open >= line.e) return false;
    const size_t close = f_.s.find(')', open);
    if (close == std::string::npos || close >= line.e) return false;
    const absl::string_view place = Original(line.b, open);
    if (place.size() > kMaxNameBytes || absl::StrContains(place, ". ") ||
        WordsIn(place) > kMaxBylineWords) {
      return false;
    }
    size_t name_b;
    const bool credit = ParenCredit(open + 1, close, &name_b);
    size_t after = close + 1;
    while (after < line.e && IsBlank(f_.s[after])) ++after;
    const bool dashed = IsDash(absl::string_view(f_.s).substr(after));
    // "(Soha.vn) - ...", "(VOV) - ...": an outlet's own dateline opening
    // the line names the outlet whether or not it is a wire agency.
    const absl::string_view inside = Original(open + 1, close);
    const bool masthead = open == line.b && dashed &&
                          !absl::StrContains(inside, " ") &&
                          (MastheadLike(finder_, inside) ||
                           NameQualifies(finder_, inside, false));
    if (!credit && !masthead) return false;
    if (!credit) name_b = open + 1;
    const bool has_cue = credit && name_b != open + 1;
    if (!dashed && !(has_cue && open == line.b)) return false;
    Add(line.b, close + 1, name_b, close,
        credit ? CreditForm::kDateline : CreditForm::kMasthead);
    return true;
  }

  // "VOV.VN - ...", "GiadinhNet - ...": a masthead word opening the line,
  // then a dash between blanks.
  bool BareDateline(size_t i) {
    const Line& line = lines_[i];
    const size_t blank = f_.s.find(' ', line.b);
    if (blank == std::string::npos || blank >= line.e) return false;
    size_t after = blank;
    while (after < line.e && IsBlank(f_.s[after])) ++after;
    const absl::string_view rest = absl::string_view(f_.s).substr(after);
    if (!IsDash(rest)) return false;
    const size_t dash_len = rest[0] == '-' ? 1 : 3;
    if (after + dash_len >= line.e || !IsBlank(f_.s[after + dash_len])) {
      return false;
    }
    const absl::string_view name = Original(line.b, blank);
    // "TP.HCM - Sáng nay ..." is a place's dateline, not an outlet's.
    if (absl::StartsWith(FoldForMatching(name), "tp ")) return false;
    const bool mixed =
        MastheadWord(name) &&
        std::any_of(name.begin(), name.end(),
                    [](unsigned char c) { return absl::ascii_islower(c); });
    if (!LooksLikeDomain(name) && finder_.AgenciesIn(name).empty() && !mixed) {
      return false;
    }
    Add(line.b, after + dash_len, line.b, blank, CreditForm::kMasthead);
    return true;
  }

  // The last line is only a masthead: "VnExpress", "VTC1", "REUTER".
  bool Masthead(size_t i) {
    const Line& line = lines_[i];
    const absl::string_view name = Original(line.b, line.e);
    if (absl::StrContains(name, " ") || !MastheadLike(finder_, name)) {
      return false;
    }
    Add(line.b, line.e, line.b, line.e, CreditForm::kMasthead);
    return true;
  }

  // "... . (Theo AFP)" closing the last line, or "Minh Anh (theo Reuters)".
  bool Parenthesised(size_t i) {
    size_t b = lines_[i].b, e = lines_[i].e;
    Trim(f_.s, &b, &e, true);
    if (e == b || f_.s[e - 1] != ')') return false;
    const size_t open = f_.s.rfind('(', e - 1);
    if (open == std::string::npos || open < b) return false;
    const bool last = i + 1 == lines_.size();
    if (!last && WordsIn(Original(b, open)) > kMaxBylineWords) return false;
    size_t name_b;
    if (!ParenCredit(open + 1, e - 1, &name_b)) return false;
    Add(open, e, name_b, e - 1, CreditForm::kParenthesised);
    return true;
  }

  // "... không thể phá vỡ. Theo TTXVN" ending the text; also "phá vỡ.Theo
  // TTXVN" and "phá vỡ Theo TTXVN", where extraction lost the line break
  // (then the capital cue marks the new line).
  void Closing(size_t i) {
    size_t b = lines_[i].b, e = lines_[i].e;
    Trim(f_.s, &b, &e, true);
    const size_t from =
        e > b + kMaxNameBytes + 24 ? e - kMaxNameBytes - 24 : b + 1;
    for (size_t q = e; q-- > std::max(from, b + 1);) {
      if (IsWordByte(f_.s[q - 1])) continue;
      size_t name_b;
      const Cue* cue = CueAt(f_.s, q, e, &name_b);
      if (cue == nullptr || name_b == e) continue;
      size_t prev = q;
      while (prev > b && IsBlank(f_.s[prev - 1])) --prev;
      const bool after_sentence =
          prev > b && absl::string_view(".!?").find(f_.s[prev - 1]) !=
                          absl::string_view::npos;
      UChar32 first;
      int32_t at = 0;
      const absl::string_view original = Original(q, e);
      U8_NEXT(original.data(), at, static_cast<int32_t>(original.size()),
              first);
      if (!after_sentence && !(first >= 0 && u_isupper(first))) continue;
      if (NameQualifies(finder_, Original(name_b, e), cue->needs_agency)) {
        Add(q, e, name_b, e, CreditForm::kClosing);
      }
      return;
    }
  }

  bool Covered(size_t folded_pos) const {
    const uint32_t pos = f_.origin[folded_pos];
    return std::any_of(found_.begin(), found_.end(), [&](const Attribution& a) {
      return a.span.Contains(pos);
    });
  }

  // "Theo TTXVN, ngày 21/10, ..." (or "TTO - Theo TTXVN, ...") opening the
  // first paragraph of the story: the agency is named as the source of
  // what the whole story tells, not of one statement in it.
  void Lead() {
    for (size_t i = 0;
         i < lines_.size() && static_cast<int>(i) < kDatelineLines; ++i) {
      const Line& line = lines_[i];
      if (WordsIn(Original(line.b, line.e)) < kLeadWords) continue;
      const size_t b =
          AfterMastheadDash(f_.s, line.b, std::min(line.b + 24, line.e));
      if (!absl::StartsWith(absl::string_view(f_.s).substr(b), "theo ")) {
        return;
      }
      const size_t name_b = b + 5;
      const size_t comma = f_.s.find(',', name_b);
      if (comma == std::string::npos || comma >= line.e ||
          comma > name_b + kMaxNameBytes) {
        return;
      }
      if (!finder_.AgenciesIn(Original(name_b, comma)).empty()) {
        Add(b, comma, name_b, comma, CreditForm::kLead);
      }
      return;
    }
  }

  // Attributions naming an agency anywhere else: "Cũng theo KCNA, ...".
  void Statements() {
    static constexpr absl::string_view kStatementCues[] = {
        "theo ", "dan loi ", "according to ", "nguon: ", "source: ", "("};
    auto opens_cue = [](char c) {
      for (absl::string_view cue : kStatementCues) {
        if (cue[0] == c) return true;
      }
      return false;
    };
    for (size_t pos = 0; pos < f_.s.size(); ++pos) {
      if (pos > 0 && IsWordByte(f_.s[pos - 1])) continue;
      // Most words open no cue: their first byte says so before any of the
      // six comparisons.
      if (!opens_cue(f_.s[pos])) continue;
      for (absl::string_view cue : kStatementCues) {
        if (!absl::StartsWith(absl::string_view(f_.s).substr(pos), cue))
          continue;
        if (Covered(pos)) break;
        const size_t begin = pos + cue.size();
        const size_t limit = std::min(f_.s.size(), begin + kMaxNameBytes);
        size_t end = begin;
        while (end < limit && !absl::StrContains(".,;:\n()\"", f_.s[end]))
          ++end;
        if (cue == "(" && (end == limit || f_.s[end] != ')')) break;
        const std::vector<std::string> agencies =
            finder_.AgenciesIn(Original(begin, end));
        if (agencies.empty()) break;
        Add(pos, end + (cue == "(" ? 1 : 0), begin, end,
            CreditForm::kStatement);
        pos = end;
        break;
      }
    }
  }

  const CreditFinder& finder_;
  absl::string_view text_;
  Folded f_;
  std::vector<Line> lines_;
  std::vector<Attribution> found_;
};

// True when `stem` (no spaces) starts at a word start of `folded_phrase`
// once spaces are removed: "tuoi tre online" matches "tuoitre". A stem
// "baoquocte" also matches "quoc te": "báo" is the kind, not the name.
bool StemMatches(absl::string_view folded_phrase, absl::string_view stem) {
  if (stem.size() < 3) return false;
  absl::string_view bare = stem;
  if (!absl::ConsumePrefix(&bare, "bao") || bare.size() < 5) bare = stem;
  for (size_t i = 0; i < folded_phrase.size(); ++i) {
    if (i > 0 && folded_phrase[i - 1] != ' ') continue;
    std::string rest =
        absl::StrReplaceAll(folded_phrase.substr(i), {{" ", ""}});
    if (absl::StartsWith(rest, stem) || absl::StartsWith(rest, bare))
      return true;
  }
  return false;
}

bool Contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

std::string FoldForMatching(absl::string_view text) {
  const Folded f = FoldKeepingOffsets(text);
  std::string out;
  bool pending_space = false;
  for (int32_t i = 0; i < static_cast<int32_t>(f.s.size());) {
    UChar32 c;
    U8_NEXT(f.s.data(), i, static_cast<int32_t>(f.s.size()), c);
    if (c < 0 || !u_isalnum(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    icu::UnicodeString(c).toUTF8String(out);
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
      name = absl::StripAsciiWhitespace(name);
      std::string folded = FoldForMatching(name);
      if (folded.empty()) {
        return absl::InvalidArgumentError(
            "wire agency list: empty name in line: " + std::string(line));
      }
      const bool exact = name.size() <= kShortAlias;
      finder.aliases_.push_back(
          {absl::StrCat(" ", exact ? name : absl::string_view(folded), " "),
           agency, exact});
    }
  }
  std::stable_sort(finder.aliases_.begin(), finder.aliases_.end(),
                   [](const Alias& a, const Alias& b) {
                     return a.needle.size() > b.needle.size();
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

std::vector<std::string> CreditFinder::AgenciesIn(
    absl::string_view name) const {
  // Folded and exact haystacks, padded so every match is " alias ".
  std::string folded = " " + FoldForMatching(name) + " ";
  std::string exact = " ";
  for (char c : name) exact += IsWordByte(c) ? c : ' ';
  exact += ' ';
  std::vector<std::pair<size_t, int>> hits;  // (position, agency)
  for (const Alias& alias : aliases_) {
    std::string& hay = alias.exact_case ? exact : folded;
    const std::string& needle = alias.needle;
    for (size_t at = hay.find(needle); at != std::string::npos;
         at = hay.find(needle, at + 1)) {
      // Blank the match out (keeping its edges) so shorter aliases inside
      // it ("VNA" in "VNA/TTXVN") are not counted twice.
      // Exact positions are original bytes (+1): place them in folded terms.
      const size_t pos = alias.exact_case
                             ? FoldForMatching(name.substr(0, at)).size() + 1
                             : at;
      hits.emplace_back(pos, alias.agency);
      std::fill(hay.begin() + at + 1, hay.begin() + at + needle.size() - 1,
                '#');
    }
  }
  std::sort(hits.begin(), hits.end());
  std::vector<std::string> out;
  for (const auto& hit : hits) {
    if (!Contains(out, agencies_[hit.second]))
      out.push_back(agencies_[hit.second]);
  }
  return out;
}

std::string CreditFinder::AgencyIn(absl::string_view name) const {
  std::vector<std::string> all = AgenciesIn(name);
  return all.empty() ? "" : all.front();
}

std::vector<Attribution> CreditFinder::FindAttributions(
    absl::string_view text) const {
  return Scanner(*this, text).Run();
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
  const bool outlet_known = !stem.empty();
  std::vector<std::string> story_agencies = finder.AgenciesIn(source_outlet);
  bool source_credits_agency = false;
  for (const Attribution& a : source_attributions) {
    if (!a.article_level()) continue;
    for (const std::string& agency : a.agencies) {
      source_credits_agency = true;
      if (!Contains(story_agencies, agency)) story_agencies.push_back(agency);
    }
  }
  CreditCheck result;
  const Attribution* first = nullptr;
  for (const Attribution& a : copy_attributions) {
    if (!a.article_level()) continue;
    if (first == nullptr) first = &a;
    const bool names_outlet = outlet_known && StemMatches(a.phrase, stem);
    const bool shared_agency = std::any_of(
        a.agencies.begin(), a.agencies.end(), [&](const std::string& agency) {
          return Contains(story_agencies, agency);
        });
    // A masthead may be the copy's own outlet signing its page: it credits
    // only by naming the source's outlet or agency.
    const bool unverifiable = !outlet_known &&
                              a.form != CreditForm::kMasthead &&
                              (a.agencies.empty() || !source_credits_agency);
    if (names_outlet || shared_agency || unverifiable) {
      first = &a;
      result.credited = true;
      break;
    }
  }
  if (first != nullptr) {
    result.span = first->span;
    result.text = std::string(first->span.Of(copy_text));
  }
  return result;
}

}  // namespace wirecheck
