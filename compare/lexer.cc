#include "compare/lexer.h"

#include "unicode/normalizer2.h"
#include "unicode/uchar.h"
#include "unicode/unistr.h"
#include "unicode/utf8.h"

namespace wirecheck {
namespace {

bool IsAsciiDigit(UChar32 c) { return c >= '0' && c <= '9'; }

bool IsWordChar(UChar32 c) {
  if (IsAsciiDigit(c)) return false;
  return u_isalpha(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0 ||
         u_isdigit(c);
}

bool IsSpace(UChar32 c) { return u_isUWhiteSpace(c) || c == 0xFEFF; }

// Decodes the code point at `pos`; invalid bytes become U+FFFD of length 1.
UChar32 At(absl::string_view text, uint32_t pos, uint32_t end, uint32_t* next) {
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i,
          static_cast<int32_t>(end), c);
  if (c < 0) c = 0xFFFD;
  *next = static_cast<uint32_t>(i);
  return c;
}

}  // namespace

std::string FoldKey(absl::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (U_SUCCESS(status)) {
    icu::UnicodeString n = nfc->normalize(s, status);
    if (U_SUCCESS(status)) s = n;
  }
  s.foldCase();
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::vector<Lexeme> Lex(absl::string_view text, Span region) {
  std::vector<Lexeme> out;
  uint32_t pos = region.begin;
  const uint32_t end = std::min<uint32_t>(region.end, text.size());
  bool space = false, newline = false;
  while (pos < end) {
    uint32_t next;
    UChar32 c = At(text, pos, end, &next);
    if (IsSpace(c)) {
      space = true;
      if (c == '\n' || c == '\r' || c == 0x2029 || c == 0x2028) newline = true;
      pos = next;
      continue;
    }
    Lexeme lx;
    lx.space_before = space;
    lx.newline_before = newline;
    space = newline = false;
    uint32_t stop = next;
    if (IsAsciiDigit(c)) {
      lx.kind = LexKind::kNumber;
      while (stop < end) {
        uint32_t n2;
        UChar32 d = At(text, stop, end, &n2);
        if (IsAsciiDigit(d)) {
          stop = n2;
          continue;
        }
        if ((d == '.' || d == ',' || d == '/' || d == '-') && n2 < end &&
            IsAsciiDigit(static_cast<unsigned char>(text[n2]))) {
          stop = n2;
          continue;
        }
        break;
      }
      lx.span = {pos, stop};
      lx.key = std::string(lx.span.Of(text));
    } else if (IsWordChar(c)) {
      lx.kind = LexKind::kWord;
      lx.capitalized = u_isupper(c) || u_istitle(c);
      while (stop < end) {
        uint32_t n2;
        UChar32 d = At(text, stop, end, &n2);
        if (!IsWordChar(d)) break;
        stop = n2;
      }
      lx.span = {pos, stop};
      lx.key = FoldKey(lx.span.Of(text));
    } else {
      lx.kind = LexKind::kPunct;
      lx.span = {pos, stop};
      lx.key = std::string(lx.span.Of(text));
    }
    out.push_back(std::move(lx));
    pos = stop;
  }
  return out;
}

}  // namespace wirecheck
