#include "normalise/tokenizer.h"

#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/normalise/test_files.h"
#include "tests/normalise/tokenizer_reference.h"
#include "xxhash.h"

namespace wirecheck {
namespace {

using Keys = std::vector<std::string>;

struct KeyCase {
  const char* name;
  std::string text;
  bool fold;
  Keys expected;
};

std::vector<KeyCase> KeyCases() {
  return {
      {"vietnamese_syllables",
       "Chủ tịch Kim Jong-un",
       false,
       {"chủ", "tịch", "kim", "jong", "un"}},
      {"hyphen_equals_space", "Kim Jong Un", false, {"kim", "jong", "un"}},
      {"diacritic_fold", "Bình Nhưỡng ĐÀ", true, {"binh", "nhuong", "da"}},
      {"nfd_input",
       "Bi\xCC\x80nh Nhu\xCC\x9Bo\xCC\x9B\xCC\x83ng",
       false,
       {"bình", "nhưỡng"}},
      {"numbers",
       "hơn 10.000 binh, 2,2 tỷ, 1,234.5 ngày 19/6, 13/9/2023.",
       false,
       {"hơn", "10.000", "binh", "2,2", "tỷ", "1,234.5", "ngày", "19/6",
        "13/9/2023"}},
      {"time_and_trailing_punct",
       "15/09/2023 04:04 năm 2019.Theo",
       false,
       {"15/09/2023", "04:04", "năm", "2019", "theo"}},
      {"number_then_letters",
       "10km G7 U23 COVID-19",
       false,
       {"10", "km", "g7", "u23", "covid", "19"}},
      {"apostrophes",
       "don’t 'vô điều kiện' l'eau",
       false,
       {"don't", "vô", "điều", "kiện", "l'eau"}},
      {"english",
       "The U.S. President's visit",
       false,
       {"the", "u", "s", "president's", "visit"}},
      {"fullwidth_and_ligature",
       "Ｋｉｍ ﬁle １２",
       false,
       {"kim", "file", "12"}},
      {"cyrillic_greek", "Путин Αθήνα", false, {"путин", "αθήνα"}},
      {"devanagari_marks", "नमस्ते भारत", false, {"नमस्ते", "भारत"}},
      {"thai_dictionary", "ภาษาไทยง่าย", false, {"ภาษา", "ไทย", "ง่าย"}},
      {"chinese_dictionary", "我们在北京", false, {"我们", "在", "北京"}},
      {"mixed_line",
       "Kim 北京 ở ภาษาไทย 2023",
       false,
       {"kim", "北京", "ở", "ภาษา", "ไทย", "2023"}},
      {"censored_words", "đ.âm", false, {"đ", "âm"}},
      // Invisible characters inside a number do not split it.
      {"zero_width_in_numbers",
       "1\u200D000 1.\u200D000 10\u202E000",
       false,
       {"1000", "1.000", "10000"}},
      {"empty", "", false, {}},
  };
}

TEST(TokenizerTest, KeyTable) {
  for (const KeyCase& c : KeyCases()) {
    SCOPED_TRACE(c.name);
    TokenizerOptions options;
    options.fold_diacritics = c.fold;
    EXPECT_EQ(TokenKeys(c.text, options), c.expected);
  }
}

TEST(TokenizerTest, HashIsXxh3OfKeyAndSpansIndexOriginal) {
  const std::string text = "Bình  Nhưỡng, 10.000";
  TokenList tokens = Tokenize(text, TokenizerOptions());
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].span.Of(text), "Bình");
  EXPECT_EQ(tokens[1].span.Of(text), "Nhưỡng");
  EXPECT_EQ(tokens[2].span.Of(text), "10.000");
  EXPECT_EQ(tokens[0].key_hash, XXH3_64bits("bình", 5));
  EXPECT_EQ(TokenKinds(text, TokenizerOptions()),
            (std::vector<TokenKind>{TokenKind::kWord, TokenKind::kWord,
                                    TokenKind::kNumber}));
}

TEST(TokenizerTest, OnlyInsideRegions) {
  const std::string text = "menu menu\nBody text here\nfooter";
  TokenList tokens = Tokenize(text, {Span{10, 24}}, TokenizerOptions());
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].span.Of(text), "Body");
  EXPECT_EQ(tokens[2].span.Of(text), "here");
  // A region that cuts a word yields the part inside it.
  TokenList cut = Tokenize(text, {Span{12, 14}}, TokenizerOptions());
  ASSERT_EQ(cut.size(), 1u);
  EXPECT_EQ(cut[0].span.Of(text), "dy");
}

void ExpectMatchesReference(const std::string& text, bool fold) {
  TokenizerOptions options;
  options.fold_diacritics = fold;
  TokenList fast = Tokenize(text, options);
  Keys fast_keys = TokenKeys(text, options);
  std::vector<TokenKind> fast_kinds = TokenKinds(text, options);
  ASSERT_EQ(fast_kinds.size(), fast.size());
  std::vector<ReferenceToken> ref = ReferenceTokenize(text, fold);
  ASSERT_EQ(fast.size(), ref.size());
  for (size_t i = 0; i < ref.size(); ++i) {
    EXPECT_EQ(fast[i].span, ref[i].span) << i;
    EXPECT_EQ(fast_keys[i], ref[i].key) << i;
    EXPECT_EQ(fast_kinds[i], ref[i].kind) << i;
    EXPECT_EQ(fast[i].key_hash,
              XXH3_64bits(ref[i].key.data(), ref[i].key.size()));
  }
}

TEST(TokenizerTest, MatchesReferenceOnSamples) {
  for (const std::string& name : SampleNames()) {
    SCOPED_TRACE(name);
    const std::string text = ReadTestFile("samples/" + name);
    ASSERT_FALSE(text.empty());
    ExpectMatchesReference(text, false);
    ExpectMatchesReference(text, true);
  }
}

std::string RandomText(std::mt19937* rng) {
  static const std::vector<uint32_t> kPool = {
      'a',    'Z',    'k',    '0',    '7',    ' ',    ' ',     '.',     ',',
      '/',    ':',    '-',    '\'',   0x2019, 0x00E0, 0x1EA1,  0x1EEF,  0x0111,
      0x0110, 0x01B0, 0x0300, 0x0301, 0x0303, 0x0309, 0x0323,  0x031B,  0x0302,
      0x0130, 0x00DF, 0x1E9E, 0x0345, 0x03A3, 0x03C2, 0x0416,  0x0660,  0xFF21,
      0xFF11, 0xFB01, 0x00AD, 0x200B, 0x200D, 0x0E20, 0x0E32,  0x0E29,  0x0E48,
      0x4E2D, 0x6587, 0x3042, 0x30AB, 0xAC00, 0x1100, 0x1161,  0x0928,  0x094D,
      0x0915, 0x0627, 0x2160, 0x00BD, 0x2126, 0x212B, 0x1F600, 0x10400, 0x1D400,
      0x0F73, 0x0344, 0x1F71};
  std::uniform_int_distribution<size_t> pick(0, kPool.size() - 1);
  std::uniform_int_distribution<int> length(0, 40);
  std::string out;
  for (int n = length(*rng); n > 0; --n) {
    uint32_t c = kPool[pick(*rng)];
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

TEST(TokenizerTest, MatchesReferenceOnRandomUnicode) {
  std::mt19937 rng(20240619);
  for (int i = 0; i < 3000; ++i) {
    const std::string text = RandomText(&rng);
    SCOPED_TRACE(text);
    ExpectMatchesReference(text, i % 2 == 1);
    if (HasFailure()) return;
  }
}

TEST(TokenizerTest, IllFormedBytesSeparateTokens) {
  const std::string text =
      "ab\xC3 cd\xFF"
      "ef \xE1\xBA";
  Keys keys = TokenKeys(text, TokenizerOptions());
  EXPECT_EQ(keys, (Keys{"ab", "cd", "ef"}));
}

}  // namespace
}  // namespace wirecheck
