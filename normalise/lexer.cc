#include "normalise/lexer.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>

#include "normalise/char_class.h"
#include "normalise/normalizer.h"
#include "normalise/vietnamese_tone.h"
#include "unicode/uchar.h"
#include "unicode/utf8.h"

namespace wirecheck {

uint64_t LexKeyHash(absl::string_view key) {
  return XXH3_64bits(key.data(), key.size());
}

namespace {

using internal::CharClass;
using internal::CharEntry;
using internal::CharTable;
using internal::kTableLimit;

bool IsAsciiDigit(UChar32 c) { return c >= '0' && c <= '9'; }

bool IsSpace(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(c) || c == 0xFEFF;
}

// ICU's u_islower, u_isupper and u_isalpha, answered without a call for
// ASCII, which is most letters of Vietnamese and English text.
bool IsLower(UChar32 c) {
  return c < 0x80 ? c >= 'a' && c <= 'z' : u_islower(c);
}
bool IsUpper(UChar32 c) {
  return c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(c);
}
bool IsAlpha(UChar32 c) {
  return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : u_isalpha(c);
}

bool IsLineBreak(UChar32 c) {
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85;
}

bool IsNumberJoiner(UChar32 c) {
  return c == '.' || c == ',' || c == '/' || c == '-';
}

// Default-ignorable code points (ZWJ, ZWSP, soft hyphen, bidi controls)
// show nothing, so a reader sees "1\u200D000" as 1000 and so must we.
bool IsInvisible(UChar32 c) {
  return c >= 0x80 &&
         u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

struct CodePoint {
  UChar32 c;
  uint32_t next;
};

// The code point at `pos`; ill-formed bytes read as U+FFFD of length 1.
CodePoint At(absl::string_view text, uint32_t pos, uint32_t end) {
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i,
          static_cast<int32_t>(end), c);
  if (c < 0) return {0xFFFD, pos + 1};
  return {c, static_cast<uint32_t>(i)};
}

CharClass ClassOf(UChar32 c, const CharTable& table) {
  if (static_cast<uint32_t>(c) < kTableLimit) return table.entry(c).cls;
  return internal::Classify(c);
}

// Word characters: letters of any script, marks and format characters (so
// NFD text and soft hyphens stay inside), and digits other than ASCII.
bool IsWordChar(UChar32 c, const CharTable& table) {
  if (IsAsciiDigit(c)) return false;
  switch (ClassOf(c, table)) {
    case CharClass::kLetter:
    case CharClass::kDictionary:
    case CharClass::kMark:
    case CharClass::kDigit:
      return true;
    default:
      return false;
  }
}

// The key of the word text [begin, end) (FoldKey): table keys concatenated
// while every code point allows it, ICU otherwise.
std::string WordKey(absl::string_view text, uint32_t begin, uint32_t end,
                    const CharTable& table) {
  // Parts are gathered on the stack and copied into the key once: an
  // append per code point was a tenth of lexing.
  char joined[256];
  size_t size = 0;
  bool spilled = false;  // The parts outgrew `joined` and went on in `key`.
  std::string key;
  for (uint32_t i = begin; i < end;) {
    const CodePoint cp = At(text, i, end);
    if (static_cast<uint32_t>(cp.c) >= kTableLimit ||
        !table.entry(cp.c).concat) {
      return FoldKey(text.substr(begin, end - begin));
    }
    const absl::string_view part = table.Key(table.entry(cp.c), false);
    if (!spilled && size + part.size() > sizeof(joined)) {
      key.assign(joined, size);
      spilled = true;
    }
    if (spilled) {
      key.append(part.data(), part.size());
    } else {
      std::memcpy(joined + size, part.data(), part.size());
      size += part.size();
    }
    i = cp.next;
  }
  if (!spilled) key.assign(joined, size);
  CanonicalTone(&key);
  return key;
}

// The first code point at or after `pos` that is not invisible; *begin
// gets where it starts.
CodePoint SkipInvisible(absl::string_view text, uint32_t pos, uint32_t end,
                        uint32_t* begin) {
  CodePoint cp = At(text, pos, end);
  while (IsInvisible(cp.c) && cp.next < end) {
    pos = cp.next;
    cp = At(text, pos, end);
  }
  *begin = pos;
  return cp;
}

// End of the number whose first digit ends at `stop`: ASCII digits, one of
// ".,/-" between two digits, and invisible characters between them.
uint32_t NumberEnd(absl::string_view text, uint32_t stop, uint32_t end) {
  while (stop < end) {
    uint32_t at;
    const CodePoint d = SkipInvisible(text, stop, end, &at);
    if (IsAsciiDigit(d.c)) {
      stop = d.next;
      continue;
    }
    if (!IsNumberJoiner(d.c) || d.next >= end) break;
    const CodePoint after = SkipInvisible(text, d.next, end, &at);
    if (!IsAsciiDigit(after.c)) break;
    stop = after.next;
  }
  return stop;
}

// The number's digits and separators without its invisible characters.
std::string NumberKey(absl::string_view text, Span span) {
  std::string key;
  key.reserve(span.size());
  for (uint32_t i = span.begin; i < span.end;) {
    const CodePoint cp = At(text, i, span.end);
    if (!IsInvisible(cp.c)) key.append(text.data() + i, cp.next - i);
    i = cp.next;
  }
  return key;
}

// The digit a superscript shows ("²" -> 2), or -1.
int SuperscriptDigit(uint32_t c) {
  switch (c) {
    case 0x00B9:
      return 1;
    case 0x00B2:
      return 2;
    case 0x00B3:
      return 3;
    default:
      return -1;
  }
}

}  // namespace

std::string FoldKey(absl::string_view utf8) {
  std::string text(utf8);
  for (size_t pos; (pos = text.find("\xE2\x80\x99")) != std::string::npos;) {
    text.replace(pos, 3, "'");
  }
  std::string key = NormalizeKey(text, /*fold_diacritics=*/false);
  CanonicalTone(&key);
  return key;
}

std::vector<Lexeme> Lex(absl::string_view text, Span region) {
  std::vector<Lexeme> out;
  LexInto(text, region, &out);
  return out;
}

std::vector<Lexeme> LexAll(absl::string_view text) {
  return Lex(text, Span{0, static_cast<uint32_t>(text.size())});
}

void LexInto(absl::string_view text, Span region, std::vector<Lexeme>* out) {
  const CharTable& table = CharTable::Get();
  uint32_t pos = region.begin;
  const uint32_t end = std::min<uint32_t>(region.end, text.size());
  bool space = false, newline = false;
  while (pos < end) {
    const CodePoint cp = At(text, pos, end);
    if (IsSpace(cp.c)) {
      space = true;
      newline |= IsLineBreak(cp.c);
      pos = cp.next;
      continue;
    }
    Lexeme lx;
    lx.space_before = space;
    lx.newline_before = newline;
    space = newline = false;
    uint32_t stop = cp.next;
    if (IsAsciiDigit(cp.c)) {
      lx.kind = LexKind::kNumber;
      stop = NumberEnd(text, stop, end);
      lx.span = {pos, stop};
      lx.key = NumberKey(text, lx.span);
    } else if (SuperscriptDigit(cp.c) >= 0) {
      // "m²", "m³": a unit's power, read as the digit it shows.
      lx.kind = LexKind::kNumber;
      lx.span = {pos, stop};
      lx.key = std::string(1, static_cast<char>('0' + SuperscriptDigit(cp.c)));
    } else if (IsWordChar(cp.c, table)) {
      lx.kind = LexKind::kWord;
      lx.capitalized = IsUpper(cp.c) || (cp.c >= 0x80 && u_istitle(cp.c));
      bool lower_seen = IsLower(cp.c);
      int letters = 1;
      while (stop < end) {
        const CodePoint d = At(text, stop, end);
        if (!IsWordChar(d.c, table)) break;
        lower_seen |= IsLower(d.c);
        letters += IsAlpha(d.c) ? 1 : 0;
        stop = d.next;
      }
      lx.upper = lx.capitalized && !lower_seen && letters >= 2;
      lx.span = {pos, stop};
      lx.key = WordKey(text, pos, stop, table);
      if (lx.key.empty()) {  // Only invisible characters: not a lexeme.
        space = lx.space_before;
        newline = lx.newline_before;
        pos = stop;
        continue;
      }
    } else {
      lx.kind = LexKind::kPunct;
      lx.span = {pos, stop};
      lx.key = cp.c == 0xFFFD && stop == pos + 1
                   ? std::string("\xEF\xBF\xBD")
                   : std::string(lx.span.Of(text));
    }
    lx.key_hash = LexKeyHash(lx.key);
    out->push_back(std::move(lx));
    pos = stop;
  }
}

}  // namespace wirecheck
