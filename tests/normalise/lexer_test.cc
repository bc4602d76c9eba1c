// Lexer: every lexeme indexes the original bytes, numbers stay whole with
// their joiners, and ill-formed input never escapes the text.
#include "normalise/lexer.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace wirecheck {
namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Every reported position must cut the quoted words out of the input, so
// each span must lie inside the text, follow the previous one, and hold the
// bytes its key was made from; only whitespace may lie between lexemes.
void ExpectSpansMapBack(absl::string_view text, const std::vector<Lexeme>& lx) {
  uint32_t prev_end = 0;
  for (const Lexeme& l : lx) {
    ASSERT_LE(l.span.end, text.size()) << l.key;
    ASSERT_LT(l.span.begin, l.span.end) << l.key;
    ASSERT_GE(l.span.begin, prev_end) << l.key;
    for (uint32_t k = prev_end; k < l.span.begin; ++k) {
      EXPECT_TRUE(IsAsciiSpace(text[k])) << "byte " << k << " skipped";
    }
    const absl::string_view covered = l.span.Of(text);
    switch (l.kind) {
      case LexKind::kWord:
        EXPECT_EQ(l.key, FoldKey(covered)) << covered;
        break;
      case LexKind::kNumber:
      case LexKind::kPunct:
        EXPECT_EQ(l.key, covered);
        break;
    }
    prev_end = l.span.end;
  }
  for (uint32_t k = prev_end; k < text.size(); ++k) {
    EXPECT_TRUE(IsAsciiSpace(text[k])) << "trailing byte " << k << " skipped";
  }
}

// A zero-width joiner or a bidi control inside a number is invisible: the
// reader sees 1000, so the number is one lexeme keyed by its digits, and a
// lexeme of invisible characters alone is no lexeme at all.
TEST(LexerTest, InvisibleCharactersInsideNumbers) {
  const std::string text =
      "1\u200D000 người, 1.\u200B000 và 10\u202E000 \u200D 7\u2060";
  const std::vector<Lexeme> lx = LexAll(text);
  std::vector<std::string> keys;
  for (const Lexeme& l : lx) keys.push_back(l.key);
  EXPECT_EQ(keys, (std::vector<std::string>{"1000", "người", ",", "1.000", "và",
                                            "10000", "7"}));
  EXPECT_EQ(lx[0].span.Of(text), "1\u200D000");
  EXPECT_EQ(lx[0].kind, LexKind::kNumber);
  EXPECT_TRUE(lx[6].space_before);
}

TEST(LexerTest, SpansMapBackToTheOriginalBytes) {
  const std::string text =
      "Ngày 19/6/2024, ông PUTIN thăm Bình Nhưỡng; \"Tháng Ba\" có 10.000 "
      "binh lính (2,5%).\nNorth Korea's troops: 3,000.";
  const std::vector<Lexeme> lx = LexAll(text);
  ASSERT_GT(lx.size(), 20u);
  ExpectSpansMapBack(text, lx);
  // Folding reads the words, not the bytes: "Ngày" keys as "ngày".
  EXPECT_EQ(lx[0].kind, LexKind::kWord);
  EXPECT_EQ(lx[0].key, "ngày");
  EXPECT_EQ(lx[0].span.Of(text), "Ngày");
  EXPECT_TRUE(lx[0].capitalized);
}

TEST(LexerTest, DecomposedLettersFoldLikeComposed) {
  // "tháng" written with a combining acute accent (NFD) keys like the
  // precomposed word, while its span still holds the decomposed bytes.
  const std::string nfd = "tha\xCC\x81ng";
  const std::vector<Lexeme> lx = LexAll(nfd);
  ASSERT_EQ(lx.size(), 1u);
  EXPECT_EQ(lx[0].key, "tháng");
  EXPECT_EQ(lx[0].span.Of(nfd), nfd);
}

TEST(LexerTest, SuperscriptDigitIsANumberAfterTheWord) {
  // "m²" is the unit's power: word "m", then the number 2 written as "²".
  const std::string text = "rộng 120 m² và 5 m³";
  const std::vector<Lexeme> lx = LexAll(text);
  ASSERT_EQ(lx.size(), 8u);
  EXPECT_EQ(lx[2].kind, LexKind::kWord);
  EXPECT_EQ(lx[2].key, "m");
  EXPECT_EQ(lx[3].kind, LexKind::kNumber);
  EXPECT_EQ(lx[3].key, "2");
  EXPECT_EQ(lx[3].span.Of(text), "²");
  EXPECT_FALSE(lx[3].space_before);
  EXPECT_EQ(lx[7].key, "3");
  EXPECT_EQ(lx[7].span.Of(text), "³");
}

TEST(LexerTest, DigitsWithJoinersAreOneNumber) {
  struct {
    const char* text;
    const char* number;
  } cases[] = {
      {"10.000 binh lính", "10.000"},   {"tăng 2,5%", "2,5"},
      {"ngày 19/6/2024.", "19/6/2024"}, {"on 2024-06-19,", "2024-06-19"},
      {"3,000 troops", "3,000"},
  };
  for (const auto& c : cases) {
    const std::vector<Lexeme> lx = LexAll(c.text);
    int numbers = 0;
    for (const Lexeme& l : lx) {
      if (l.kind != LexKind::kNumber) continue;
      ++numbers;
      EXPECT_EQ(l.key, c.number) << c.text;
    }
    EXPECT_EQ(numbers, 1) << c.text;
  }
}

TEST(LexerTest, JoinerNotFollowedByDigitEndsTheNumber) {
  // The sentence's full stop is not part of "10.000".
  const std::vector<Lexeme> lx = LexAll("có 10.000. Sau");
  ASSERT_EQ(lx.size(), 4u);
  EXPECT_EQ(lx[1].key, "10.000");
  EXPECT_EQ(lx[2].kind, LexKind::kPunct);
  EXPECT_EQ(lx[2].key, ".");
}

TEST(LexerTest, SpaceAndNewlineFlags) {
  const std::vector<Lexeme> lx = LexAll("Kiev, ngày\n\n19/6");
  ASSERT_EQ(lx.size(), 4u);
  EXPECT_FALSE(lx[0].space_before);
  EXPECT_FALSE(lx[1].space_before);  // "," is written against "Kiev".
  EXPECT_TRUE(lx[2].space_before);
  EXPECT_FALSE(lx[2].newline_before);
  EXPECT_TRUE(lx[3].space_before);
  EXPECT_TRUE(lx[3].newline_before);
}

TEST(LexerTest, UpperAndCapitalizedWords) {
  const std::vector<Lexeme> lx = LexAll("KCNA Putin tin A");
  ASSERT_EQ(lx.size(), 4u);
  EXPECT_TRUE(lx[0].upper);
  EXPECT_TRUE(lx[1].capitalized);
  EXPECT_FALSE(lx[1].upper);
  EXPECT_FALSE(lx[2].capitalized);
  // One letter is capitalised but not an all-capitals word.
  EXPECT_TRUE(lx[3].capitalized);
  EXPECT_FALSE(lx[3].upper);
}

TEST(LexerTest, RegionLimitsTheScanAndIsClamped) {
  const std::string text = "một hai ba";
  // Only "hai": the region starts at its first byte and ends after it.
  const uint32_t hai = static_cast<uint32_t>(text.find("hai"));
  std::vector<Lexeme> lx = Lex(text, Span{hai, hai + 3});
  ASSERT_EQ(lx.size(), 1u);
  EXPECT_EQ(lx[0].key, "hai");
  EXPECT_EQ(lx[0].span.begin, hai);
  // A region past the end of the text stops at the text's end.
  lx = Lex(text, Span{0, 1000});
  ASSERT_EQ(lx.size(), 3u);
  EXPECT_EQ(lx[2].span.end, text.size());
}

TEST(LexerTest, IllFormedBytesStayInsideTheText) {
  // A lone continuation byte, an invalid lead byte, and a truncated
  // two-byte sequence at the very end.
  const std::string text =
      "ab\x80 c\xFF"
      "d 12\xC3";
  const std::vector<Lexeme> lx = LexAll(text);
  int replacements = 0;
  uint32_t prev_end = 0;
  for (const Lexeme& l : lx) {
    EXPECT_LE(l.span.end, text.size());
    EXPECT_GE(l.span.begin, prev_end);
    EXPECT_LT(l.span.begin, l.span.end);
    prev_end = l.span.end;
    if (l.key == "\xEF\xBF\xBD") {
      EXPECT_EQ(l.kind, LexKind::kPunct);
      EXPECT_EQ(l.span.size(), 1u);
      ++replacements;
    }
  }
  EXPECT_EQ(replacements, 3);
  ASSERT_FALSE(lx.empty());
  EXPECT_EQ(lx.back().span.end, text.size());
}

TEST(LexerTest, FoldKeyReadsRightQuoteAsApostrophe) {
  // Lexicon entries are keyed with FoldKey so they meet the text's keys.
  EXPECT_EQ(FoldKey("Korea\xE2\x80\x99s"), FoldKey("korea's"));
  EXPECT_EQ(FoldKey("THÁNG"), "tháng");
}

}  // namespace
}  // namespace wirecheck
