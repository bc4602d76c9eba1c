#include "ingest/article.h"

#include "gtest/gtest.h"

namespace wirecheck {
namespace {

PublishedTime Utc(PublishedTime t) {
  t.utc = true;
  return t;
}

TEST(PublishedTimeTest, IsoAtItsGrainWithZoneMark) {
  EXPECT_EQ(PublishedTime().ToIso(), "");
  EXPECT_EQ(PublishedTime::Year(2024).ToIso(), "2024");
  EXPECT_EQ(PublishedTime::Month(2024, 6).ToIso(), "2024-06");
  EXPECT_EQ(PublishedTime::Day(2024, 6, 19).ToIso(), "2024-06-19");
  EXPECT_EQ(PublishedTime::Minute(2024, 6, 19, 8, 5).ToIso(),
            "2024-06-19T08:05");
  EXPECT_EQ(Utc(PublishedTime::Second(2024, 6, 19, 8, 5, 9)).ToIso(),
            "2024-06-19T08:05:09Z");
}

TEST(PublishedTimeTest, OverlappingGrainsAreNotOrdered) {
  const PublishedTime month = PublishedTime::Month(2024, 6);
  const PublishedTime day = PublishedTime::Day(2024, 6, 19);
  EXPECT_FALSE(month.StrictlyBefore(day));
  EXPECT_FALSE(day.StrictlyBefore(month));
  EXPECT_TRUE(PublishedTime::Month(2024, 5).StrictlyBefore(day));
  EXPECT_TRUE(day.StrictlyBefore(PublishedTime::Day(2024, 6, 20)));
  EXPECT_FALSE(day.StrictlyBefore(day));
  EXPECT_FALSE(PublishedTime().StrictlyBefore(day));
  EXPECT_FALSE(day.StrictlyBefore(PublishedTime()));
}

TEST(PublishedTimeTest, WallClockAgainstUtcNeedsFourteenHours) {
  // 04:04 in an unknown zone vs 04:20 UTC: could be either way round.
  const PublishedTime local = PublishedTime::Minute(2023, 9, 15, 4, 4);
  const PublishedTime utc = Utc(PublishedTime::Minute(2023, 9, 15, 4, 20));
  EXPECT_FALSE(local.StrictlyBefore(utc));
  EXPECT_FALSE(utc.StrictlyBefore(local));
  // Two wall-clock times compare as they are.
  EXPECT_TRUE(local.StrictlyBefore(PublishedTime::Minute(2023, 9, 15, 4, 20)));
  // Two UTC times too.
  EXPECT_TRUE(Utc(local).StrictlyBefore(utc));
  // More than 14 hours apart: ordered whatever the zone.
  EXPECT_TRUE(
      local.StrictlyBefore(Utc(PublishedTime::Minute(2023, 9, 15, 18, 5))));
  EXPECT_FALSE(
      local.StrictlyBefore(Utc(PublishedTime::Minute(2023, 9, 15, 18, 4))));
}

}  // namespace
}  // namespace wirecheck
