// normalise/char_class.h: per-code-point classes and keys for the tokenizer.
//
// Internal to //normalise:tokenizer. CharTable::Get() is built once (thread
// safe, on first use) from ICU properties for every code point below
// kTableLimit: its token class, its NFKC_Casefold key and its diacritic-fold
// key, and whether those keys may be concatenated (the code point has a
// normalisation boundary before it, so it never composes with what precedes).
// Classify() answers for any code point by asking ICU directly.
#ifndef WIRECHECK_NORMALISE_CHAR_CLASS_H_
#define WIRECHECK_NORMALISE_CHAR_CLASS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace wirecheck {
namespace internal {

enum class CharClass : uint8_t {
  kSeparator,        // Space, punctuation, symbols: never inside a token.
  kLetter,           // Letter of a space-delimited script (or Nl).
  kDigit,            // Nd.
  kMark,             // Mn, Mc, Me, Cf: continues the open token.
  kDictionary,       // Letter of Han, Kana, Thai, Lao, Khmer, Myanmar.
  kApostrophe,       // ' and U+2019: inside a word when a letter follows.
  kNumberSeparator,  // . , / : between two digits.
};

// The class of any code point, straight from ICU.
CharClass Classify(uint32_t c);

inline constexpr uint32_t kTableLimit = 0x2100;

struct CharEntry {
  CharClass cls;
  bool concat;       // Never composes with the preceding code point.
  bool concat_fold;  // The diacritic-folded key is context free too.
  uint8_t key_len;
  uint8_t fold_len;
  uint32_t key_offset;  // Into CharTable::bytes().
  uint32_t fold_offset;
};

class CharTable {
 public:
  static const CharTable& Get();

  const CharEntry& entry(uint32_t c) const { return entries_[c]; }
  absl::string_view Key(const CharEntry& e, bool fold) const {
    return fold ? absl::string_view(bytes_.data() + e.fold_offset, e.fold_len)
                : absl::string_view(bytes_.data() + e.key_offset, e.key_len);
  }

 private:
  CharTable();
  std::vector<CharEntry> entries_;
  std::string bytes_;
};

}  // namespace internal
}  // namespace wirecheck

#endif  // WIRECHECK_NORMALISE_CHAR_CLASS_H_
