#include "normalise/tokenizer.h"

#include <memory>

#include "absl/base/attributes.h"
#include "normalise/char_class.h"
#include "normalise/normalizer.h"
#include "unicode/brkiter.h"
#include "unicode/locid.h"
#include "unicode/utext.h"
#include "xxhash.h"

namespace wirecheck {
namespace {

using internal::CharClass;
using internal::CharEntry;
using internal::CharTable;
using internal::kTableLimit;

struct Decoded {
  uint32_t cp;
  uint32_t len;
  CharClass cls;
  const CharEntry* entry;  // Null above the table.
};

// Decodes the code point at `i` (< end). Ill-formed bytes decode as a
// one-byte separator.
ABSL_ATTRIBUTE_ALWAYS_INLINE inline Decoded DecodeAt(const uint8_t* p,
                                                     uint32_t i, uint32_t end,
                                                     const CharTable& table) {
  const uint8_t b0 = p[i];
  uint32_t c;
  uint32_t len;
  if (b0 < 0x80) {
    c = b0;
    len = 1;
  } else if ((b0 & 0xE0) == 0xC0 && i + 1 < end && (p[i + 1] & 0xC0) == 0x80) {
    c = ((b0 & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
    len = 2;
  } else if ((b0 & 0xF0) == 0xE0 && i + 2 < end && (p[i + 1] & 0xC0) == 0x80 &&
             (p[i + 2] & 0xC0) == 0x80) {
    c = ((b0 & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
    len = 3;
  } else if ((b0 & 0xF8) == 0xF0 && i + 3 < end && (p[i + 1] & 0xC0) == 0x80 &&
             (p[i + 2] & 0xC0) == 0x80 && (p[i + 3] & 0xC0) == 0x80) {
    c = ((b0 & 0x07u) << 18) | ((p[i + 1] & 0x3Fu) << 12) |
        ((p[i + 2] & 0x3Fu) << 6) | (p[i + 3] & 0x3Fu);
    len = 4;
  } else {
    return {0xFFFD, 1, CharClass::kSeparator, nullptr};
  }
  if (c < kTableLimit) {
    const CharEntry& e = table.entry(c);
    return {c, len, e.cls, &e};
  }
  if (c > 0x10FFFF) return {0xFFFD, len, CharClass::kSeparator, nullptr};
  return {c, len, internal::Classify(c), nullptr};
}

// Accumulates one token's key: by table concatenation while possible, and
// marks the token for an ICU pass over its text otherwise.
class KeyBuilder {
 public:
  KeyBuilder(const CharTable& table, bool fold) : table_(table), fold_(fold) {}
  void Reset() {
    key_.clear();
    slow_ = false;
  }
  inline void Add(const Decoded& d) {
    if (d.entry != nullptr &&
        (fold_ ? d.entry->concat_fold : d.entry->concat)) {
      absl::string_view k = table_.Key(*d.entry, fold_);
      if (k.size() == 1) {
        key_.push_back(k[0]);
      } else {
        key_.append(k.data(), k.size());
      }
    } else {
      slow_ = true;
    }
  }
  // An ASCII letter or digit, whose key is one byte in both variants.
  inline void AddAscii(char key_byte) { key_.push_back(key_byte); }
  // The final key of the token text `raw`.
  const std::string& Finish(absl::string_view raw) {
    if (!slow_) return key_;
    std::string text(raw);
    // U+2019 (E2 80 99) counts as an ASCII apostrophe.
    for (size_t pos; (pos = text.find("\xE2\x80\x99")) != std::string::npos;) {
      text.replace(pos, 3, "'");
    }
    key_ = NormalizeKey(text, fold_);
    return key_;
  }

 private:
  const CharTable& table_;
  const bool fold_;
  std::string key_;
  bool slow_ = false;
};

class Tokenizer {
 public:
  Tokenizer(absl::string_view text, const TokenizerOptions& options,
            TokenList* tokens, std::vector<std::string>* keys,
            std::vector<TokenKind>* kinds)
      : text_(text),
        p_(reinterpret_cast<const uint8_t*>(text.data())),
        table_(CharTable::Get()),
        key_(table_, options.fold_diacritics),
        tokens_(tokens),
        keys_(keys),
        kinds_(kinds) {}

  void Region(uint32_t begin, uint32_t end) {
    uint32_t i = begin;
    while (i < end) {
      const Decoded d = DecodeAt(p_, i, end, table_);
      switch (d.cls) {
        case CharClass::kLetter:
          i = Word(i, end);
          break;
        case CharClass::kDigit:
          i = Number(i, end);
          break;
        case CharClass::kDictionary:
          i = DictionaryRun(i, end);
          break;
        default:
          i += d.len;
      }
    }
  }

 private:
  uint32_t Word(uint32_t start, uint32_t end) {
    key_.Reset();
    uint32_t i = start;
    while (i < end) {
      // ASCII letters and digits: one table load, one byte of key.
      const uint8_t b = p_[i];
      if (b < 0x80 && (table_.entry(b).cls == CharClass::kLetter ||
                       table_.entry(b).cls == CharClass::kDigit)) {
        key_.AddAscii(table_.Key(table_.entry(b), false)[0]);
        ++i;
        continue;
      }
      const Decoded d = DecodeAt(p_, i, end, table_);
      if (d.cls == CharClass::kLetter || d.cls == CharClass::kDigit ||
          d.cls == CharClass::kMark) {
        key_.Add(d);
        i += d.len;
      } else if (d.cls == CharClass::kApostrophe && i + d.len < end &&
                 DecodeAt(p_, i + d.len, end, table_).cls ==
                     CharClass::kLetter) {
        key_.Add(d);
        i += d.len;
      } else {
        break;
      }
    }
    Emit(start, i, TokenKind::kWord);
    return i;
  }

  uint32_t Number(uint32_t start, uint32_t end) {
    key_.Reset();
    uint32_t i = start;
    while (i < end) {
      const Decoded d = DecodeAt(p_, i, end, table_);
      if (d.cls == CharClass::kDigit || d.cls == CharClass::kMark) {
        key_.Add(d);
        i += d.len;
      } else if (d.cls == CharClass::kNumberSeparator &&
                 DigitAfterMarks(i + d.len, end)) {
        key_.Add(d);
        i += d.len;
      } else {
        break;
      }
    }
    Emit(start, i, TokenKind::kNumber);
    return i;
  }

  // Whether a digit starts at `i` after any marks and format characters
  // (invisible: "1.\u200D000" reads as 1.000).
  bool DigitAfterMarks(uint32_t i, uint32_t end) const {
    while (i < end) {
      const Decoded d = DecodeAt(p_, i, end, table_);
      if (d.cls != CharClass::kMark) return d.cls == CharClass::kDigit;
      i += d.len;
    }
    return false;
  }

  uint32_t DictionaryRun(uint32_t start, uint32_t end) {
    uint32_t i = start;
    while (i < end) {
      const Decoded d = DecodeAt(p_, i, end, table_);
      if (d.cls != CharClass::kDictionary && d.cls != CharClass::kMark) break;
      i += d.len;
    }
    BreakRun(start, i);
    return i;
  }

  void BreakRun(uint32_t start, uint32_t end) {
    icu::BreakIterator* bi = WordBreaker();
    UErrorCode ec = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text_.data() + start, end - start, &ec);
    if (bi == nullptr || U_FAILURE(ec)) {
      if (ut != nullptr) utext_close(ut);
      Whole(start, end);  // No dictionary: the run is one token.
      return;
    }
    bi->setText(ut, ec);
    int32_t from = bi->first();
    for (int32_t to = bi->next(); to != icu::BreakIterator::DONE;
         from = to, to = bi->next()) {
      if (bi->getRuleStatus() == UBRK_WORD_NONE) continue;
      Whole(start + from, start + to);
    }
    bi->setText(icu::UnicodeString());  // Drop the reference to `ut`.
    utext_close(ut);
  }

  // A token from [start, end) whose key always comes from ICU.
  void Whole(uint32_t start, uint32_t end) {
    key_.Reset();
    key_.Add(Decoded{0xFFFD, 0, CharClass::kSeparator, nullptr});
    Emit(start, end, TokenKind::kIdeographic);
  }

  void Emit(uint32_t start, uint32_t end, TokenKind kind) {
    const std::string& key = key_.Finish(text_.substr(start, end - start));
    tokens_->push_back(
        Token{Span{start, end}, XXH3_64bits(key.data(), key.size())});
    if (keys_ != nullptr) keys_->push_back(key);
    if (kinds_ != nullptr) kinds_->push_back(kind);
  }

  static icu::BreakIterator* WordBreaker() {
    thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
      UErrorCode ec = U_ZERO_ERROR;
      std::unique_ptr<icu::BreakIterator> bi(
          icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), ec));
      if (U_FAILURE(ec)) bi.reset();
      return bi;
    }();
    return breaker.get();
  }

  absl::string_view text_;
  const uint8_t* p_;
  const CharTable& table_;
  KeyBuilder key_;
  TokenList* tokens_;
  std::vector<std::string>* keys_;
  std::vector<TokenKind>* kinds_;
};

void Run(absl::string_view text, const std::vector<Span>& regions,
         const TokenizerOptions& options, TokenList* tokens,
         std::vector<std::string>* keys, std::vector<TokenKind>* kinds) {
  // Vietnamese averages one token per ~6 bytes; room for denser text avoids
  // regrowing (untouched capacity costs no memory traffic).
  tokens->reserve(tokens->size() + text.size() / 4 + 8);
  Tokenizer tokenizer(text, options, tokens, keys, kinds);
  const uint32_t size = static_cast<uint32_t>(text.size());
  for (const Span& r : regions) {
    const uint32_t end = r.end < size ? r.end : size;
    if (r.begin < end) tokenizer.Region(r.begin, end);
  }
}

}  // namespace

TokenList Tokenize(absl::string_view text, const std::vector<Span>& regions,
                   const TokenizerOptions& options) {
  // Tokenize into a per-thread buffer, then copy out at the exact size: a
  // batch keeps every article's tokens, and slack capacity or regrowth would
  // cost page faults proportional to the corpus.
  thread_local TokenList scratch;
  scratch.clear();
  Run(text, regions, options, &scratch, nullptr, nullptr);
  TokenList tokens(scratch.begin(), scratch.end());
  if (scratch.capacity() > (size_t{1} << 20)) TokenList().swap(scratch);
  return tokens;
}

TokenList Tokenize(absl::string_view text, const TokenizerOptions& options) {
  return Tokenize(text, {Span{0, static_cast<uint32_t>(text.size())}}, options);
}

std::vector<std::string> TokenKeys(absl::string_view text,
                                   const TokenizerOptions& options) {
  TokenList tokens;
  std::vector<std::string> keys;
  Run(text, {Span{0, static_cast<uint32_t>(text.size())}}, options, &tokens,
      &keys, nullptr);
  return keys;
}

std::vector<TokenKind> TokenKinds(absl::string_view text,
                                  const TokenizerOptions& options) {
  TokenList tokens;
  std::vector<TokenKind> kinds;
  Run(text, {Span{0, static_cast<uint32_t>(text.size())}}, options, &tokens,
      nullptr, &kinds);
  return kinds;
}

}  // namespace wirecheck
