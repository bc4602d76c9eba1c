#include "ingest/utf8.h"

#include <cstdint>
#include <random>
#include <string>

#include "gtest/gtest.h"

namespace wirecheck {
namespace {

// Slow reference: decodes one code point at a time straight from the
// definition of UTF-8 (shortest form, no surrogates, <= U+10FFFF).
bool ReferenceValid(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    int len;
    uint32_t cp;
    if (b < 0x80) {
      len = 1;
      cp = b;
    } else if ((b & 0xE0) == 0xC0) {
      len = 2;
      cp = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
      len = 3;
      cp = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
      len = 4;
      cp = b & 0x07;
    } else
      return false;
    if (i + len > s.size()) return false;
    for (int k = 1; k < len; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (c & 0x3F);
    }
    const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += len;
  }
  return true;
}

struct RepairCase {
  const char* name;
  std::string in;
  std::string out;
  int64_t first_bad;
  int bad;
};

class RepairTest : public testing::TestWithParam<RepairCase> {};

TEST_P(RepairTest, ReplacesMaximalSubparts) {
  const RepairCase& c = GetParam();
  int64_t first_bad = 99;
  int bad = 99;
  EXPECT_EQ(RepairUtf8(c.in, &first_bad, &bad), c.out);
  EXPECT_EQ(first_bad, c.first_bad);
  EXPECT_EQ(bad, c.bad);
  EXPECT_EQ(IsValidUtf8(c.in), c.bad == 0);
  EXPECT_TRUE(IsValidUtf8(RepairUtf8(c.in, nullptr, nullptr)));
}

const char kFffd[] = "\xEF\xBF\xBD";

INSTANTIATE_TEST_SUITE_P(
    Cases, RepairTest,
    testing::Values(
        RepairCase{"empty", "", "", -1, 0},
        RepairCase{"ascii", "hello world, long enough for words",
                   "hello world, long enough for words", -1, 0},
        RepairCase{"vietnamese", "Tổng thống Nga", "Tổng thống Nga", -1, 0},
        RepairCase{"four_byte", "a\xF0\x9F\x98\x80z", "a\xF0\x9F\x98\x80z", -1,
                   0},
        RepairCase{"latin1_byte", "caf\xE9!", std::string("caf") + kFffd + "!",
                   3, 1},
        RepairCase{"lone_continuation",
                   "ab\x80"
                   "cd",
                   std::string("ab") + kFffd + "cd", 2, 1},
        RepairCase{"truncated_three_byte_is_one_subpart", "x\xE1\xBB",
                   std::string("x") + kFffd, 1, 1},
        RepairCase{"truncated_then_ascii", "\xE1\xBBz",
                   std::string(kFffd) + "z", 0, 1},
        RepairCase{"overlong_slash", "\xC0\xAF", std::string(kFffd) + kFffd, 0,
                   2},
        RepairCase{"encoded_surrogate", "\xED\xA0\x80",
                   std::string(kFffd) + kFffd + kFffd, 0, 3},
        RepairCase{"above_10ffff", "\xF4\x90\x80\x80",
                   std::string(kFffd) + kFffd + kFffd + kFffd, 0, 4},
        RepairCase{"ff_fe", "12345678\xFF\xFE",
                   std::string("12345678") + kFffd + kFffd, 8, 2},
        RepairCase{"bad_after_long_ascii_run", std::string(37, 'a') + "\x80",
                   std::string(37, 'a') + kFffd, 37, 1}),
    [](const testing::TestParamInfo<RepairCase>& info) {
      return info.param.name;
    });

TEST(Utf8Test, FastValidationMatchesReferenceOnRandomBytes) {
  std::mt19937 rng(7);
  // Bytes biased towards lead/continuation values so both verdicts occur.
  const unsigned char alphabet[] = {'a',  ' ',  0x80, 0x8F, 0x9F, 0xA0,
                                    0xBF, 0xC2, 0xC0, 0xDF, 0xE0, 0xE1,
                                    0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
  int valid = 0;
  for (int trial = 0; trial < 20000; ++trial) {
    std::string s(rng() % 12, '\0');
    for (char& c : s) c = static_cast<char>(alphabet[rng() % sizeof(alphabet)]);
    const bool ref = ReferenceValid(s);
    valid += ref;
    ASSERT_EQ(IsValidUtf8(s), ref) << testing::PrintToString(s);
    const std::string fixed = RepairUtf8(s, nullptr, nullptr);
    ASSERT_TRUE(ReferenceValid(fixed));
    if (ref) {
      ASSERT_EQ(fixed, s);
    }
  }
  EXPECT_GT(valid, 100);
}

TEST(Utf8Test, PrefixStopsAtFirstBadByte) {
  EXPECT_EQ(ValidUtf8Prefix("ab\xC3\xA9\xC3"), 4u);
  EXPECT_EQ(ValidUtf8Prefix("ab\xC3\xA9"), 4u);
}

TEST(Utf8Test, AppendAndDecodeRoundTrip) {
  for (uint32_t cp : {0x41u, 0xE9u, 0x1EA1u, 0xFFFDu, 0x1F600u, 0x10FFFFu}) {
    std::string s;
    AppendUtf8(cp, &s);
    uint32_t back = 0;
    EXPECT_EQ(DecodeUtf8At(s, 0, &back), static_cast<int>(s.size()));
    EXPECT_EQ(back, cp);
  }
}

}  // namespace
}  // namespace wirecheck
