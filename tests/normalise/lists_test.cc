#include "normalise/lists.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace wirecheck {
namespace internal {
namespace {

// A line of the given kind with the features the rules read.
struct Spec {
  Kind kind;
  bool ends_colon = false;
  bool related = false;
  bool trailing_time = false;
  double link_share = 0;
  bool ends_question = false;
};

std::vector<Line> Lines(const std::vector<Spec>& specs) {
  std::vector<Line> lines;
  for (const Spec& s : specs) {
    Line line;
    line.kind = s.kind;
    line.f.ends_colon = s.ends_colon;
    line.f.related = s.related;
    line.f.prompt = s.related;
    line.f.trailing_time = s.trailing_time;
    line.f.ends_question = s.ends_question;
    line.link_share = s.link_share;
    lines.push_back(line);
  }
  return lines;
}

bool IsLink(const Line& line) {
  return line.kind == Kind::kJunk && line.reason == kLinkList;
}

TEST(ListsTest, AnIntroductionMakesTheTitleLikeLinesUnderItFacts) {
  std::vector<Line> lines = Lines({{Kind::kProse},
                                   {Kind::kWeak, /*ends_colon=*/true},
                                   {Kind::kWeak},
                                   {Kind::kWeak},
                                   {Kind::kWeak},
                                   {Kind::kProse}});
  MarkLists(&lines);
  for (size_t i = 1; i <= 4; ++i) EXPECT_EQ(lines[i].kind, Kind::kFact) << i;
}

TEST(ListsTest, ARelatedHeadingMakesTheLinesUnderItLinksUntilTheStoryResumes) {
  std::vector<Line> lines = Lines({{Kind::kProse},
                                   {Kind::kJunk, false, /*related=*/true},
                                   {Kind::kWeak},
                                   {Kind::kFact},
                                   {Kind::kSentence, false, false, false, 0,
                                    /*ends_question=*/true},
                                   {Kind::kSentence},
                                   {Kind::kWeak}});
  MarkLists(&lines);
  EXPECT_TRUE(IsLink(lines[2]));
  EXPECT_TRUE(IsLink(lines[3]));
  EXPECT_TRUE(IsLink(lines[4]));
  EXPECT_TRUE(lines[2].boxed);
  EXPECT_EQ(lines[5].kind, Kind::kSentence);  // The story went on.
  EXPECT_EQ(lines[6].kind, Kind::kWeak);
}

TEST(ListsTest, TitlesEndingInTheirTimesAreLinksEvenWhenFewOrFactLike) {
  std::vector<Line> lines =
      Lines({{Kind::kProse},
             {Kind::kFact, false, false, /*trailing_time=*/true},
             {Kind::kWeak, false, false, /*trailing_time=*/true}});
  MarkLists(&lines);
  EXPECT_TRUE(IsLink(lines[1]));
  EXPECT_TRUE(IsLink(lines[2]));
  EXPECT_FALSE(lines[1].boxed);  // Known by shape: costs its length.
}

TEST(ListsTest, TitlesOutnumberingFactsAreALinkListAndFactsStay) {
  std::vector<Line> lines = Lines({{Kind::kProse},
                                   {Kind::kWeak},
                                   {Kind::kWeak},
                                   {Kind::kWeak},
                                   {Kind::kFact}});
  MarkLists(&lines);
  EXPECT_TRUE(IsLink(lines[1]));
  EXPECT_TRUE(IsLink(lines[3]));
  EXPECT_EQ(lines[4].kind, Kind::kFact);
}

TEST(ListsTest, FactsOutnumberingTitlesKeepEveryLine) {
  std::vector<Line> lines = Lines({{Kind::kProse},
                                   {Kind::kWeak},
                                   {Kind::kFact},
                                   {Kind::kFact},
                                   {Kind::kFact},
                                   {Kind::kWeak},
                                   {Kind::kWeak}});
  MarkLists(&lines);
  for (const Line& line : lines) EXPECT_FALSE(IsLink(line));
}

TEST(ListsTest, ALongLabelContinuesAListOfPairs) {
  std::vector<Line> lines = Lines({{Kind::kProse},
                                   {Kind::kFact},
                                   {Kind::kWeak},
                                   {Kind::kWeak},
                                   {Kind::kWeak}});
  lines[1].f.label_value = true;
  lines[2].f.label_colon = true;  // "Giải thưởng X (fan bình chọn): Rihanna"
  lines[3].f.label_colon = true;
  MarkLists(&lines);
  EXPECT_EQ(lines[2].kind, Kind::kFact);
  EXPECT_EQ(lines[3].kind, Kind::kFact);
  EXPECT_EQ(lines[4].kind, Kind::kWeak);  // No colon: not a pair.
}

TEST(ListsTest, LinkMarkupMakesAFactLikeLineALinkInABox) {
  std::vector<Line> lines =
      Lines({{Kind::kProse}, {Kind::kFact, false, false, false, 1.0}});
  MarkLists(&lines);
  EXPECT_TRUE(IsLink(lines[1]));
  EXPECT_TRUE(lines[1].boxed);
}

}  // namespace
}  // namespace internal
}  // namespace wirecheck
