#include "tests/normalise/tokenizer_reference.h"

#include <memory>

#include "absl/strings/str_replace.h"
#include "normalise/normalizer.h"
#include "unicode/brkiter.h"
#include "unicode/locid.h"
#include "unicode/uchar.h"
#include "unicode/uscript.h"
#include "unicode/utext.h"
#include "unicode/utf8.h"

namespace wirecheck {
namespace {

enum Cls { kSep, kLetter, kDigit, kMark, kDict, kApos, kNumSep };

Cls ClassOf(UChar32 c) {
  if (c < 0) return kSep;
  if (c == '\'' || c == 0x2019) return kApos;
  if (c == '.' || c == ',' || c == '/' || c == ':') return kNumSep;
  const int8_t type = u_charType(c);
  if (type == U_DECIMAL_DIGIT_NUMBER) return kDigit;
  if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
      type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) {
    return kMark;
  }
  if (u_isalpha(c) || type == U_LETTER_NUMBER) {
    for (UScriptCode s :
         {USCRIPT_HAN, USCRIPT_HIRAGANA, USCRIPT_KATAKANA, USCRIPT_THAI,
          USCRIPT_LAO, USCRIPT_KHMER, USCRIPT_MYANMAR}) {
      if (uscript_hasScript(c, s)) return kDict;
    }
    return kLetter;
  }
  return kSep;
}

struct CodePoint {
  uint32_t begin, end;
  Cls cls;
};

std::vector<CodePoint> Decode(absl::string_view text) {
  std::vector<CodePoint> out;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    out.push_back(
        {static_cast<uint32_t>(start), static_cast<uint32_t>(i), ClassOf(c)});
  }
  return out;
}

}  // namespace

std::vector<ReferenceToken> ReferenceTokenize(absl::string_view text,
                                              bool fold) {
  std::vector<ReferenceToken> out;
  auto add = [&](uint32_t b, uint32_t e, TokenKind kind) {
    std::string raw(text.substr(b, e - b));
    raw = absl::StrReplaceAll(raw, {{"\xE2\x80\x99", "'"}});
    out.push_back({Span{b, e}, NormalizeKey(raw, fold), kind});
  };
  const std::vector<CodePoint> cps = Decode(text);
  auto cls = [&](size_t k) { return k < cps.size() ? cps[k].cls : kSep; };
  // A digit after `k`, past any marks and format characters.
  auto digit_after_marks = [&](size_t k) {
    while (cls(k) == kMark) ++k;
    return cls(k) == kDigit;
  };
  size_t k = 0;
  while (k < cps.size()) {
    const size_t start = k;
    if (cps[k].cls == kLetter) {
      while (k < cps.size()) {
        Cls c = cls(k);
        if (c == kLetter || c == kDigit || c == kMark ||
            (c == kApos && cls(k + 1) == kLetter)) {
          ++k;
        } else {
          break;
        }
      }
      add(cps[start].begin, cps[k - 1].end, TokenKind::kWord);
    } else if (cps[k].cls == kDigit) {
      while (k < cps.size()) {
        Cls c = cls(k);
        if (c == kDigit || c == kMark ||
            (c == kNumSep && digit_after_marks(k + 1))) {
          ++k;
        } else {
          break;
        }
      }
      add(cps[start].begin, cps[k - 1].end, TokenKind::kNumber);
    } else if (cps[k].cls == kDict) {
      while (k < cps.size() && (cls(k) == kDict || cls(k) == kMark)) ++k;
      const uint32_t b = cps[start].begin, e = cps[k - 1].end;
      UErrorCode ec = U_ZERO_ERROR;
      std::unique_ptr<icu::BreakIterator> bi(
          icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), ec));
      UText* ut = utext_openUTF8(nullptr, text.data() + b, e - b, &ec);
      bi->setText(ut, ec);
      int32_t from = bi->first();
      for (int32_t to = bi->next(); to != icu::BreakIterator::DONE;
           from = to, to = bi->next()) {
        if (bi->getRuleStatus() != UBRK_WORD_NONE) {
          add(b + from, b + to, TokenKind::kIdeographic);
        }
      }
      bi.reset();
      utext_close(ut);
    } else {
      ++k;
    }
  }
  return out;
}

}  // namespace wirecheck
