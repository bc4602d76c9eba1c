#include "normalise/vietnamese_tone.h"

#include <array>
#include <cstdint>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "unicode/utf8.h"

namespace wirecheck {
namespace {

// Each vowel without a tone, then with grave, acute, hook, tilde and dot.
constexpr const char* kVowelRows[] = {"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ",
                                      "êềếểễệ", "iìíỉĩị", "oòóỏõọ", "ôồốổỗộ",
                                      "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ"};
// The rows of kVowelRows by their vowel.
enum Row : int8_t {
  kA,
  kAbreve,
  kAcirc,
  kE,
  kEcirc,
  kI,
  kO,
  kOcirc,
  kOhorn,
  kU,
  kUhorn,
  kY
};
constexpr int kTones = 6;
constexpr int kMaxLetters = 12;

struct Vowel {
  int8_t row = -1;  // Index into kVowelRows.
  int8_t tone = 0;  // 0: none.
};

class VowelTable {
 public:
  VowelTable() {
    for (int row = 0; row < static_cast<int>(std::size(kVowelRows)); ++row) {
      const char* s = kVowelRows[row];
      int32_t i = 0,
              length = static_cast<int32_t>(std::char_traits<char>::length(s));
      for (int tone = 0; tone < kTones; ++tone) {
        UChar32 c;
        U8_NEXT(s, i, length, c);
        rows_[row][tone] = c;
        vowels_[c] = Vowel{static_cast<int8_t>(row), static_cast<int8_t>(tone)};
      }
    }
  }
  Vowel Of(UChar32 c) const {
    auto it = vowels_.find(c);
    return it == vowels_.end() ? Vowel{} : it->second;
  }
  UChar32 With(int row, int tone) const { return rows_[row][tone]; }

 private:
  std::array<std::array<UChar32, kTones>, std::size(kVowelRows)> rows_;
  absl::flat_hash_map<UChar32, Vowel> vowels_;
};

const VowelTable& Vowels() {
  static const VowelTable* table = new VowelTable;
  return *table;
}

// Rows of the vowels that carry a quality mark: ă â ê ô ơ ư.
bool Marked(int row) {
  return row == kAbreve || row == kAcirc || row == kEcirc || row == kOcirc ||
         row == kOhorn || row == kUhorn;
}

bool FinalConsonant(UChar32 c) {
  return c == 'c' || c == 'h' || c == 'm' || c == 'n' || c == 'g' || c == 'p' ||
         c == 't';
}

// The vowel of nucleus [first, last) the tone belongs on.
int ToneVowel(const Vowel* v, int first, int last, bool closed) {
  for (int k = last - 1; k >= first; --k) {
    if (Marked(v[k].row)) return k;
  }
  const int n = last - first;
  if (closed || n == 1) return last - 1;
  if (n == 3) return first + 1;
  const int a = v[first].row, b = v[first + 1].row;
  const bool second = (a == kO && (b == kA || b == kE)) || (a == kU && b == kY);
  return second ? first + 1 : first;
}

}  // namespace

void CanonicalTone(std::string* syllable) {
  const std::string& s = *syllable;
  bool ascii = true;
  for (char ch : s) ascii &= static_cast<unsigned char>(ch) < 0x80;
  if (ascii || s.size() < 3) return;
  UChar32 cps[kMaxLetters];
  Vowel v[kMaxLetters];
  int n = 0;
  for (int32_t i = 0, size = static_cast<int32_t>(s.size()); i < size;) {
    if (n == kMaxLetters) return;
    UChar32 c;
    U8_NEXT(s.data(), i, size, c);
    if (c < 0) return;
    cps[n] = c;
    v[n] = Vowels().Of(c);
    ++n;
  }
  // "qu" and "gi" before a vowel: their u and i are consonants.
  int first = 0;
  while (first < n && v[first].row < 0) ++first;
  if (first == 1 && n > 2 && v[2].row >= 0 &&
      ((cps[0] == 'q' && v[1].row == kU && v[1].tone == 0) ||
       (cps[0] == 'g' && v[1].row == kI && v[1].tone == 0))) {
    first = 2;
  }
  int last = first;
  while (last < n && v[last].row >= 0) ++last;
  if (first >= n || last - first < 2 || last - first > 3) return;
  for (int k = last; k < n; ++k) {
    if (!FinalConsonant(cps[k])) return;  // Another syllable or letter.
  }
  int toned = -1;
  for (int k = first; k < last; ++k) {
    if (v[k].tone == 0) continue;
    if (toned >= 0) return;  // Two tones: no one syllable.
    toned = k;
  }
  if (toned < 0) return;
  const int target = ToneVowel(v, first, last, last < n);
  if (target == toned) return;
  const int tone = v[toned].tone;
  cps[toned] = Vowels().With(v[toned].row, 0);
  cps[target] = Vowels().With(v[target].row, tone);
  std::string out;
  out.reserve(s.size());
  for (int k = 0; k < n; ++k) {
    char buf[U8_MAX_LENGTH];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(buf, length, U8_MAX_LENGTH, cps[k], error);
    if (error) return;
    out.append(buf, length);
  }
  *syllable = std::move(out);
}

}  // namespace wirecheck
