// Lexicon: parse errors that name their line, longest-phrase matching, the
// compound words that hide syllables, and user extensions.
#include "compare/lexicon.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "normalise/lexer.h"

namespace wirecheck {
namespace {

// The index of the first lexeme keyed `key`, or -1.
int IndexOf(const std::vector<Lexeme>& lx, absl::string_view key) {
  for (size_t i = 0; i < lx.size(); ++i) {
    if (lx[i].key == key) return static_cast<int>(i);
  }
  return -1;
}

// A parse error must be InvalidArgument and point at `where`
// ("source:line"), so a typo in a data file is found, never silently dead.
void ExpectErrorAt(absl::string_view tsv, absl::string_view where) {
  absl::StatusOr<Lexicon> l = Lexicon::Parse(tsv, "my_words.tsv");
  ASSERT_FALSE(l.ok()) << tsv;
  EXPECT_EQ(l.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StrContains(l.status().message(), where))
      << l.status() << " should name " << where;
}

TEST(LexiconParseTest, UnknownTableNamesSourceAndLine) {
  ExpectErrorAt("# comment\nunit\tbinh lính\ttroops\nunits\tlính\ttroops\n",
                "my_words.tsv:3:");
}

TEST(LexiconParseTest, MissingTagNamesSourceAndLine) {
  ExpectErrorAt("unit\tbinh lính\ttroops\nunit\tlính\n", "my_words.tsv:2:");
  ExpectErrorAt("unit\tlính\t\n", "my_words.tsv:1:");
}

TEST(LexiconParseTest, TagOutsideClosedSetNamesSourceAndLine) {
  ExpectErrorAt("qualifier\thơn\tgt\nqualifier\ttrên\tbogus\n",
                "my_words.tsv:2:");
  ExpectErrorAt("\n\nmodality\tdự kiến\tbogus\n", "my_words.tsv:3:");
}

TEST(LexiconParseTest, EveryModalityOfTheClosedSetIsAccepted) {
  for (const char* tag :
       {"planned", "previous", "current", "conditional", "barrier"}) {
    absl::StatusOr<Lexicon> l =
        Lexicon::Parse(std::string("modality\tdự kiến\t") + tag, "m.tsv");
    EXPECT_TRUE(l.ok()) << tag << ": " << l.status();
  }
}

TEST(LexiconParseTest, FileDirectiveRenamesSourceAndRestartsLines) {
  // The built-in data is one string with a "#file" line per table; errors
  // must still name the table's own file and line.
  ExpectErrorAt(
      "unit\tlính\ttroops\n#file data/lexicon/qualifier.tsv\n"
      "qualifier\thơn\tgt\nqualifier\ttrên\tbogus\n",
      "data/lexicon/qualifier.tsv:2:");
}

TEST(LexiconTest, BuiltinLoads) {
  absl::StatusOr<Lexicon> l = Lexicon::Builtin();
  ASSERT_TRUE(l.ok()) << l.status();
  EXPECT_GT(l->size(LexTable::kUnit), 10u);
  EXPECT_GT(l->size(LexTable::kCompound), 100u);
  // Both languages share a tag: "binh lính" and "troops" are one class.
  const int vi = l->Find(LexTable::kUnit, FoldKey("binh lính"));
  ASSERT_GE(vi, 0);
  EXPECT_EQ(vi, l->Find(LexTable::kUnit, "troops"));
  EXPECT_EQ(l->Text(LexTable::kUnit, vi), "troops");
}

TEST(LexiconTest, BuiltinTellersAreTheWireAgencies) {
  absl::StatusOr<Lexicon> l = Lexicon::Builtin();
  ASSERT_TRUE(l.ok()) << l.status();
  // Every name of a line is tagged with the line's canonical name.
  const int reuters = l->Find(LexTable::kTeller, "reuters");
  ASSERT_GE(reuters, 0);
  EXPECT_EQ(l->Text(LexTable::kTeller, reuters), "Reuters");
  const int vna = l->Find(LexTable::kTeller, FoldKey("Thông tấn xã Việt Nam"));
  ASSERT_GE(vna, 0);
  EXPECT_EQ(l->Text(LexTable::kTeller, vna), "TTXVN");
}

TEST(LexiconParseTest, TellerListErrorsNameSourceAndLine) {
  absl::StatusOr<Lexicon> l = Lexicon::Parse("", "t.tsv");
  ASSERT_TRUE(l.ok());
  const absl::Status s = l->AddTellers(
      "# agencies\nReuters|Reuter\nAP||Associated Press\n", "agencies.txt");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StrContains(s.message(), "agencies.txt:3:")) << s;
}

// "a.m" is one word of a phrase but three lexemes of any text ("a", ".",
// "m"): such an entry would never match, so it is an error; written apart
// it matches.
TEST(LexiconParseTest, WordTheTextSplitsIsAnError) {
  ExpectErrorAt("clock\tpm\tafter\tpm\nclock\tp.m\tafter\tpm\n",
                "my_words.tsv:2:");
  absl::StatusOr<Lexicon> l = Lexicon::Parse("clock\tp . m\tafter\tpm\n", "t");
  ASSERT_TRUE(l.ok()) << l.status();
  const std::vector<Lexeme> lx = LexAll("9 p.m. today");
  const Segmentation seg = l->Segment(lx);
  const PhraseMatch m =
      l->Match(LexTable::kClock, lx, seg, 1, static_cast<int>(lx.size()));
  ASSERT_TRUE(m);
  EXPECT_EQ(m.length, 3);
}

// Tellers are written as agencies sign ("VNA/TTXVN") and read as the text
// lexes them.
TEST(LexiconTest, TellerWithASlashMatchesTheText) {
  absl::StatusOr<Lexicon> l = Lexicon::Parse("", "t.tsv");
  ASSERT_TRUE(l.ok());
  ASSERT_TRUE(l->AddTellers("TTXVN|VNA/TTXVN\n", "agencies.txt").ok());
  const std::vector<Lexeme> lx = LexAll("Theo VNA/TTXVN hôm nay");
  const Segmentation seg = l->Segment(lx);
  const PhraseMatch m =
      l->Match(LexTable::kTeller, lx, seg, 1, static_cast<int>(lx.size()));
  ASSERT_TRUE(m);
  EXPECT_EQ(m.length, 3);
  EXPECT_EQ(l->Text(LexTable::kTeller, m.tag), "TTXVN");
}

TEST(LexiconTest, MatchReturnsTheLongestPhrase) {
  absl::StatusOr<Lexicon> l = Lexicon::Parse(
      "unit\tngười\tpeople\nunit\tngười bị thương\tinjured\n", "t.tsv");
  ASSERT_TRUE(l.ok()) << l.status();
  const std::vector<Lexeme> lx = LexAll("40 người bị thương");
  const Segmentation seg = l->Segment(lx);
  const int n = static_cast<int>(lx.size());
  PhraseMatch m = l->Match(LexTable::kUnit, lx, seg, 1, n);
  ASSERT_TRUE(m);
  EXPECT_EQ(m.length, 3);
  EXPECT_EQ(l->Text(LexTable::kUnit, m.tag), "injured");
  // With the end before "bị", only the shorter phrase fits.
  m = l->Match(LexTable::kUnit, lx, seg, 1, 2);
  ASSERT_TRUE(m);
  EXPECT_EQ(m.length, 1);
  EXPECT_EQ(l->Text(LexTable::kUnit, m.tag), "people");
  // Nothing starts at the number.
  EXPECT_FALSE(l->Match(LexTable::kUnit, lx, seg, 0, n));
}

TEST(LexiconTest, CompoundHidesASyllableInside) {
  // "tư" is four, but not inside "đầu tư" (invest) once that is listed.
  const std::string words = "number_word\ttư\tdigit:4\n";
  absl::StatusOr<Lexicon> plain = Lexicon::Parse(words, "t.tsv");
  absl::StatusOr<Lexicon> with_compound =
      Lexicon::Parse(words + "compound\tđầu tư\tcompound\n", "t.tsv");
  ASSERT_TRUE(plain.ok()) << plain.status();
  ASSERT_TRUE(with_compound.ok()) << with_compound.status();
  const std::vector<Lexeme> lx = LexAll("Nga đầu tư 2 tỷ USD");
  const int tu = IndexOf(lx, "tư");
  ASSERT_EQ(tu, 2);
  const int n = static_cast<int>(lx.size());
  EXPECT_TRUE(
      plain->Match(LexTable::kNumberWord, lx, plain->Segment(lx), tu, n));
  EXPECT_FALSE(with_compound->Match(LexTable::kNumberWord, lx,
                                    with_compound->Segment(lx), tu, n));
}

TEST(LexiconTest, BuiltinCompoundsKeepProjectsWhole) {
  absl::StatusOr<Lexicon> l = Lexicon::Builtin();
  ASSERT_TRUE(l.ok()) << l.status();
  const std::vector<Lexeme> lx =
      LexAll("Tỉnh thu hút 19 dự án đầu tư nước ngoài.");
  const Segmentation seg = l->Segment(lx);
  const int n = static_cast<int>(lx.size());
  const int du = IndexOf(lx, "dự");
  const int dau = IndexOf(lx, "đầu");
  const int tu = IndexOf(lx, "tư");
  ASSERT_GE(du, 0);
  ASSERT_EQ(dau, du + 2);
  ASSERT_EQ(tu, du + 3);
  // "tư" is not the number four inside "đầu tư".
  EXPECT_FALSE(l->Match(LexTable::kNumberWord, lx, seg, tu, n));
  // "dự án đầu tư" is matched whole as the unit projects.
  PhraseMatch m = l->Match(LexTable::kUnit, lx, seg, du, n);
  ASSERT_TRUE(m);
  EXPECT_EQ(m.length, 4);
  EXPECT_EQ(l->Text(LexTable::kUnit, m.tag), "projects");
  // "dự án" alone would cut through the compound, so it is refused.
  EXPECT_FALSE(l->Match(LexTable::kUnit, lx, seg, du, dau));
  // The predicate "đầu tư" lies strictly inside the compound: refused.
  EXPECT_FALSE(l->Match(LexTable::kPredicate, lx, seg, dau, n));
  // Outside a compound, the same predicate is read.
  const std::vector<Lexeme> alone = LexAll("Nga đầu tư 2 tỷ USD");
  EXPECT_TRUE(l->Match(LexTable::kPredicate, alone, l->Segment(alone), 1,
                       static_cast<int>(alone.size())));
}

TEST(LexiconTest, MatchEndingAtFindsPhraseBeforeAPosition) {
  absl::StatusOr<Lexicon> l =
      Lexicon::Parse("qualifier\thơn\tgt\nqualifier\tnhiều hơn\tgt\n", "t.tsv");
  ASSERT_TRUE(l.ok()) << l.status();
  const std::vector<Lexeme> lx = LexAll("có nhiều hơn 5 người");
  PhraseMatch m =
      l->MatchEndingAt(LexTable::kQualifier, lx, l->Segment(lx), 0, 3);
  ASSERT_TRUE(m);
  EXPECT_EQ(m.length, 2);  // "nhiều hơn", not only "hơn".
}

TEST(LexiconTest, AddExtendsATableWithAUserLine) {
  absl::StatusOr<Lexicon> l = Lexicon::Builtin();
  ASSERT_TRUE(l.ok()) << l.status();
  const std::string phrase = FoldKey("lính dù");
  ASSERT_FALSE(l->Contains(LexTable::kUnit, phrase))
      << "pick a phrase the built-in table lacks";
  ASSERT_TRUE(l->Add("# my words\nunit\tlính dù\ttroops\n", "user.tsv").ok());
  EXPECT_TRUE(l->Contains(LexTable::kUnit, phrase));
  // The user's tag is the built-in one, so it meets "binh lính".
  EXPECT_EQ(l->Find(LexTable::kUnit, phrase),
            l->Find(LexTable::kUnit, FoldKey("binh lính")));
  const std::vector<Lexeme> lx = LexAll("200 LÍNH DÙ");
  PhraseMatch m = l->Match(LexTable::kUnit, lx, l->Segment(lx), 1,
                           static_cast<int>(lx.size()));
  ASSERT_TRUE(m);
  EXPECT_EQ(m.length, 2);
  EXPECT_EQ(l->Text(LexTable::kUnit, m.tag), "troops");
}

TEST(LexiconTest, AddRejectsABadUserLineNamingIt) {
  absl::StatusOr<Lexicon> l = Lexicon::Builtin();
  ASSERT_TRUE(l.ok()) << l.status();
  absl::Status s =
      l->Add("unit\tlính dù\ttroops\nqualifier\tcỡ\tabout-ish\n", "user.tsv");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_TRUE(absl::StrContains(s.message(), "user.tsv:2:")) << s;
}

}  // namespace
}  // namespace wirecheck
