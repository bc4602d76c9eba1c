#include "normalise/normalizer.h"

#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "gtest/gtest.h"

namespace wirecheck {
namespace {

bool IsCodePointBoundary(absl::string_view s, uint32_t pos) {
  return pos == 0 || pos >= s.size() ||
         (static_cast<uint8_t>(s[pos]) & 0xC0) != 0x80;
}

// Every space-separated word of the normalised text maps back to original
// bytes that normalise to the same word, and never splits a code point.
void CheckWordsMapBack(const std::string& input,
                       const NormalizeOptions& options) {
  absl::StatusOr<NormalizedText> n = Normalize(input, options);
  ASSERT_TRUE(n.ok()) << n.status();
  ASSERT_EQ(n->to_original.size(), n->text.size() + 1);
  EXPECT_EQ(n->to_original.back(), input.size());
  uint32_t pos = 0;
  for (absl::string_view word : absl::StrSplit(n->text, ' ')) {
    Span norm{pos, static_cast<uint32_t>(pos + word.size())};
    pos = norm.end + 1;
    if (word.empty()) continue;
    Span orig = n->ToOriginal(norm);
    ASSERT_LE(orig.end, input.size());
    EXPECT_TRUE(IsCodePointBoundary(input, orig.begin)) << word;
    EXPECT_TRUE(IsCodePointBoundary(input, orig.end)) << word;
    absl::StatusOr<NormalizedText> again = Normalize(orig.Of(input), options);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->text, word) << "original '" << orig.Of(input) << "'";
  }
  // Every normalised code point maps to whole input code points.
  for (uint32_t i = 0; i < n->text.size();) {
    uint32_t j = i + 1;
    while (!IsCodePointBoundary(n->text, j)) ++j;
    Span orig = n->ToOriginal({i, j});
    i = j;
    EXPECT_TRUE(IsCodePointBoundary(input, orig.begin));
    EXPECT_TRUE(IsCodePointBoundary(input, orig.end));
    EXPECT_LT(orig.begin, orig.end);
  }
}

struct Case {
  const char* name;
  std::string input;
  NormalizeOptions options;
  std::string expected;
};

NormalizeOptions Opts(NormalizeOptions::Form form, bool fold_case,
                      bool fold_diacritics) {
  NormalizeOptions o;
  o.form = form;
  o.case_fold = fold_case;
  o.fold_diacritics = fold_diacritics;
  return o;
}

const auto kNFKC = NormalizeOptions::Form::kNFKC;
const auto kNFC = NormalizeOptions::Form::kNFC;

std::vector<Case> Cases() {
  // "Nhưỡng" in NFD: u+031B, o+031B+0303... written with escapes.
  const std::string nfd_vi =
      "Bi\xCC\x80nh Nhu\xCC\x9Bo\xCC\x9B\xCC\x83ng \xC4\x91"
      "a\xCC\x83";
  return {
      {"vi_precomposed_fold", "Bình Nhưỡng Đà", Opts(kNFKC, true, true),
       "binh nhuong da"},
      {"vi_nfd_fold", nfd_vi, Opts(kNFKC, true, true), "binh nhuong da"},
      {"vi_nfd_to_nfc", nfd_vi, Opts(kNFC, false, false), "Bình Nhưỡng đã"},
      {"vi_precomposed_keep_marks", "Bình Nhưỡng", Opts(kNFKC, true, false),
       "bình nhưỡng"},
      {"english_case", "The QUICK Fox's", Opts(kNFKC, true, false),
       "the quick fox's"},
      {"nfc_case_fold", "ĐÀ NẴNG Straße", Opts(kNFC, true, false),
       "đà nẵng strasse"},
      {"fullwidth_digits", "１２３ ﬁle", Opts(kNFKC, true, false), "123 file"},
      {"mixed_cjk_thai", "東京 ภาษาไทย Kim", Opts(kNFKC, true, true),
       "東京 ภาษาไทย kim"},
      {"already_normal", "binh nhuong", Opts(kNFKC, true, false),
       "binh nhuong"},
      {"empty", "", Opts(kNFKC, true, true), ""},
  };
}

TEST(NormalizeTest, Table) {
  for (const Case& c : Cases()) {
    SCOPED_TRACE(c.name);
    absl::StatusOr<NormalizedText> n = Normalize(c.input, c.options);
    ASSERT_TRUE(n.ok()) << n.status();
    EXPECT_EQ(n->text, c.expected);
    CheckWordsMapBack(c.input, c.options);
  }
}

TEST(NormalizeTest, KnownSpanMapsToPrecomposedBytes) {
  const std::string input = "Bình Nhưỡng";
  absl::StatusOr<NormalizedText> n = Normalize(input, Opts(kNFKC, true, true));
  ASSERT_TRUE(n.ok());
  ASSERT_EQ(n->text, "binh nhuong");
  EXPECT_EQ(n->ToOriginal({5, 11}).Of(input), "Nhưỡng");
  EXPECT_EQ(n->ToOriginal({1, 2}).Of(input), "ì");
  EXPECT_EQ(n->ToOriginal({0, 4}).Of(input), "Bình");
}

TEST(NormalizeTest, DecomposedSpanCoversCombiningMarks) {
  const std::string input = "ve\xCC\x82\xCC\x81 x";  // "vế x", NFD.
  absl::StatusOr<NormalizedText> n = Normalize(input, Opts(kNFC, false, false));
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n->text, "vế x");
  EXPECT_EQ(n->ToOriginal({1, 4}).Of(input), "e\xCC\x82\xCC\x81");
  EXPECT_EQ(n->ToOriginal({0, 4}).Of(input), "ve\xCC\x82\xCC\x81");
  EXPECT_EQ(n->ToOriginal({5, 6}).Of(input), "x");
}

// A leading combining mark folded away belongs to the first character
// (found by the normalizer fuzzer: the map started at 2).
TEST(NormalizeTest, LeadingMarkDroppedMapsFromZero) {
  const std::string input = "\xCC\x80y B";  // U+0300, then "y B".
  absl::StatusOr<NormalizedText> n = Normalize(input, Opts(kNFC, true, true));
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n->text, "y b");
  EXPECT_EQ(n->to_original.front(), 0u);
  EXPECT_EQ(n->ToOriginal({0, 1}).Of(input), "\xCC\x80y");
  EXPECT_EQ(n->ToOriginal({2, 3}).Of(input), "B");
}

TEST(NormalizeTest, RejectsInvalidUtf8) {
  EXPECT_FALSE(Normalize("ab\xC3", NormalizeOptions()).ok());
  EXPECT_FALSE(Normalize("\xED\xA0\x80", NormalizeOptions()).ok());
}

TEST(NormalizeKeyTest, Keys) {
  EXPECT_EQ(NormalizeKey("Nhưỡng", false), "nhưỡng");
  EXPECT_EQ(NormalizeKey("Nhưỡng", true), "nhuong");
  EXPECT_EQ(NormalizeKey("ĐỒNG", true), "dong");
  EXPECT_EQ(NormalizeKey("Ｋｉｍ", false), "kim");
  EXPECT_EQ(NormalizeKey("Straße", false), "strasse");
}

}  // namespace
}  // namespace wirecheck
