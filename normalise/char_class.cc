#include "normalise/char_class.h"

#include "normalise/normalizer.h"
#include "unicode/normalizer2.h"
#include "unicode/uchar.h"
#include "unicode/uscript.h"
#include "unicode/utf8.h"

namespace wirecheck {
namespace internal {
namespace {

bool IsDictionaryScript(UChar32 c) {
  static constexpr UScriptCode kScripts[] = {
      USCRIPT_HAN, USCRIPT_HIRAGANA, USCRIPT_KATAKANA, USCRIPT_THAI,
      USCRIPT_LAO, USCRIPT_KHMER,    USCRIPT_MYANMAR,
  };
  for (UScriptCode s : kScripts) {
    if (uscript_hasScript(c, s)) return true;
  }
  return false;
}

std::string EncodeUtf8(UChar32 c) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, c, error);
  return error ? std::string() : std::string(buf, len);
}

// True when `s` is empty or NFC never composes its first code point with
// whatever precedes it.
bool NfcBoundaryBefore(const std::string& s, const icu::Normalizer2& nfc) {
  if (s.empty()) return true;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0;
  UChar32 c;
  U8_NEXT_OR_FFFD(p, i, static_cast<int32_t>(s.size()), c);
  return nfc.hasBoundaryBefore(c);
}

}  // namespace

CharClass Classify(uint32_t cp) {
  const UChar32 c = static_cast<UChar32>(cp);
  if (c == '\'' || c == 0x2019) return CharClass::kApostrophe;
  if (c == '.' || c == ',' || c == '/' || c == ':') {
    return CharClass::kNumberSeparator;
  }
  switch (u_charType(c)) {
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kDigit;
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_LETTER_NUMBER:
      return IsDictionaryScript(c) ? CharClass::kDictionary
                                   : CharClass::kLetter;
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_FORMAT_CHAR:
      return CharClass::kMark;
    default:
      return CharClass::kSeparator;
  }
}

const CharTable& CharTable::Get() {
  static const CharTable* table = new CharTable();
  return *table;
}

CharTable::CharTable() {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf =
      icu::Normalizer2::getNFKCCasefoldInstance(ec);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  entries_.resize(kTableLimit);
  for (uint32_t c = 0; c < kTableLimit; ++c) {
    CharEntry& e = entries_[c];
    e.cls = Classify(c);
    const bool surrogate = c >= 0xD800 && c < 0xE000;
    std::string text = surrogate ? std::string() : EncodeUtf8(c);
    if (e.cls == CharClass::kApostrophe) text = "'";
    std::string key = NormalizeKey(text, false);
    std::string fold = NormalizeKey(text, true);
    // normalize(xc) == normalize(x) + normalize(c) whenever c has a boundary
    // before it, so a token whose code points all have one is keyed by
    // concatenating per-code-point keys.
    e.concat = !surrogate && U_SUCCESS(ec) && key.size() < 256 &&
               nfkc_cf->hasBoundaryBefore(c);
    e.concat_fold =
        e.concat && fold.size() < 256 && NfcBoundaryBefore(fold, *nfc);
    e.key_offset = static_cast<uint32_t>(bytes_.size());
    e.key_len = static_cast<uint8_t>(key.size() < 256 ? key.size() : 0);
    bytes_ += key.substr(0, e.key_len);
    e.fold_offset = static_cast<uint32_t>(bytes_.size());
    e.fold_len = static_cast<uint8_t>(fold.size() < 256 ? fold.size() : 0);
    bytes_ += fold.substr(0, e.fold_len);
  }
}

}  // namespace internal
}  // namespace wirecheck
