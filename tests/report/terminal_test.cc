#include "report/terminal.h"

#include <string>

#include "gtest/gtest.h"

namespace wirecheck {
namespace {

TEST(TerminalTest, EscapesWhatATerminalObeys) {
  struct Case {
    std::string in, safe, lines;
  };
  const Case cases[] = {
      {"Bình Nhưỡng 10.000 quân", "Bình Nhưỡng 10.000 quân",
       "Bình Nhưỡng 10.000 quân"},
      {"a\x1b]0;PWNED\x07", "a\\x1B]0;PWNED\\x07", "a\\x1B]0;PWNED\\x07"},
      {"a\nb\tc\rd", "a\\x0Ab\\x09c\\x0Dd", "a\nb\tc\\x0Dd"},
      {std::string("nul\0x", 5), "nul\\x00x", "nul\\x00x"},
      {"del\x7f", "del\\x7F", "del\\x7F"},
      {"csi\xc2\x9b", "csi\\u009B", "csi\\u009B"},  // C1
      {"\xe2\x80\xae"
       "evil",
       "\\u202Eevil", "\\u202Eevil"},                    // RLO
      {"\xe2\x81\xa6x", "\\u2066x", "\\u2066x"},         // LRI
      {"\xe2\x80\xa8", "\\u2028", "\\u2028"},            // LS
      {"raw\x9b", "raw\\x9B", "raw\\x9B"},               // 8-bit CSI
      {"\xc0\x80", "\\xC0\\x80", "\\xC0\\x80"},          // overlong
      {"\xe2\x80\x8d", "\xe2\x80\x8d", "\xe2\x80\x8d"},  // ZWJ shows
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.in);
    EXPECT_EQ(TerminalSafe(c.in), c.safe);
    EXPECT_EQ(TerminalSafeLines(c.in), c.lines);
  }
}

// Whatever the bytes, nothing below 0x20 but newline and tab, no DEL and no
// byte of a C1 control survives.
TEST(TerminalTest, NoControlByteSurvivesAnyInput) {
  uint32_t state = 12345;
  for (int round = 0; round < 2000; ++round) {
    std::string in;
    for (int i = 0; i < 64; ++i) {
      state = state * 1103515245u + 12345u;
      in.push_back(static_cast<char>(state >> 16));
    }
    const std::string out = TerminalSafeLines(in);
    for (size_t i = 0; i < out.size(); ++i) {
      const auto c = static_cast<unsigned char>(out[i]);
      ASSERT_TRUE(c >= 0x20 || c == '\n' || c == '\t') << i;
      ASSERT_NE(c, 0x7F);
      if (c == 0xC2 && i + 1 < out.size()) {
        const auto next = static_cast<unsigned char>(out[i + 1]);
        ASSERT_FALSE(next >= 0x80 && next <= 0x9F);
      }
    }
  }
}

}  // namespace
}  // namespace wirecheck
