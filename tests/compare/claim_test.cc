#include "compare/claim.h"

#include <limits>

#include "compare/classify.h"
#include "gtest/gtest.h"

namespace wirecheck {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

Claim Num(double lo, double hi, bool lo_open, bool hi_open, std::string unit) {
  Claim c;
  c.kind = ClaimKind::kNumber;
  c.low = lo, c.high = hi, c.low_open = lo_open, c.high_open = hi_open;
  c.unit = std::move(unit);
  return c;
}

Claim Date(DateParts from, DateParts to) {
  Claim c;
  c.kind = ClaimKind::kDate;
  c.from = from, c.to = to;
  return c;
}

TEST(ClaimJsonTest, ExactShapes) {
  EXPECT_EQ(ClaimValueJson(Date({2024, 6, 19}, {2024, 6, 19})),
            "{\"from\": \"2024-06-19\", \"to\": \"2024-06-19\"}");
  EXPECT_EQ(ClaimValueJson(Date({0, 9, 14}, {0, 9, 14})),
            "{\"from\": \"XXXX-09-14\", \"to\": \"XXXX-09-14\"}");
  Claim monday = Date({2016, 2, 6}, {2016, 2, 6});  // "thứ 2 ngày 6/2/2016".
  monday.weekday_mismatch = true;
  EXPECT_EQ(ClaimValueJson(monday),
            "{\"from\": \"2016-02-06\", \"to\": \"2016-02-06\", "
            "\"weekday_mismatch\": true}");
  EXPECT_EQ(ClaimValueJson(Date({}, {})),
            "{\"from\": \"XXXX-XX-XX\", \"to\": \"XXXX-XX-XX\"}");
  EXPECT_EQ(ClaimValueJson(Num(10000, kInf, true, false, "binh lính")),
            "{\"low\": 10000, \"high\": null, \"low_open\": true, "
            "\"high_open\": false, \"unit\": \"binh lính\"}");
  EXPECT_EQ(ClaimValueJson(Num(-kInf, 2.5, false, true, "")),
            "{\"low\": null, \"high\": 2.5, \"low_open\": false, "
            "\"high_open\": true, \"unit\": null}");
  EXPECT_EQ(ClaimValueJson(Num(1, 1, false, false, "say \"hi\"")),
            "{\"low\": 1, \"high\": 1, \"low_open\": false, "
            "\"high_open\": false, \"unit\": \"say \\\"hi\\\"\"}");
}

TEST(DescribeValueTest, Humans) {
  EXPECT_EQ(DescribeValue(Num(10000, kInf, true, false, "binh lính")),
            "(10000, ∞) binh lính");
  EXPECT_EQ(DescribeValue(Num(12, 12, false, false, "người chết")),
            "12 người chết");
  EXPECT_EQ(DescribeValue(Num(3.45, 3.55, false, false, "%")), "[3.45, 3.55]%");
  EXPECT_EQ(DescribeValue(Date({2024, 6, 19}, {2024, 6, 19})), "2024-06-19");
  EXPECT_EQ(DescribeValue(Date({2023, 10, 1}, {2023, 10, 31})),
            "2023-10-01..2023-10-31");
  Claim slip = Date({2016, 2, 6}, {2016, 2, 6});
  slip.weekday_mismatch = true;
  EXPECT_EQ(DescribeValue(slip), "2016-02-06 (not the weekday written)");
}

TEST(RelateTest, IntervalRelations) {
  Claim more = Num(10000, kInf, true, false, "");
  EXPECT_EQ(Relate(more, Num(12000, 12000, false, false, "")),
            Relation::kBInsideA);
  EXPECT_EQ(Relate(more, Num(10000, 10000, false, false, "")),
            Relation::kDisjoint);
  EXPECT_EQ(Relate(Num(0, 5, false, true, ""), Num(5, 9, false, false, "")),
            Relation::kDisjoint);
  EXPECT_EQ(Relate(Num(0, 5, false, false, ""), Num(5, 9, false, false, "")),
            Relation::kOverlap);
  EXPECT_EQ(Relate(Num(1, 2, false, false, ""), Num(1, 2, false, false, "")),
            Relation::kEqual);
  Claim month = Date({2023, 10, 1}, {2023, 10, 31});
  EXPECT_EQ(Relate(Date({2023, 10, 19}, {2023, 10, 19}), month),
            Relation::kAInsideB);
  EXPECT_EQ(Relate(Date({2023, 11, 1}, {2023, 11, 1}), month),
            Relation::kDisjoint);
  // Unknown years compare only with unknown years.
  EXPECT_EQ(
      Relate(Date({0, 9, 14}, {0, 9, 14}), Date({2023, 9, 14}, {2023, 9, 14})),
      Relation::kIncomparable);
  EXPECT_EQ(Relate(Date({0, 9, 14}, {0, 9, 14}), Date({0, 9, 15}, {0, 9, 15})),
            Relation::kDisjoint);
  EXPECT_EQ(Relate(Date({}, {}), month), Relation::kIncomparable);
  EXPECT_EQ(Relate(month, more), Relation::kIncomparable);
}

Claim Figure(double value) {
  Claim c = Num(value, value, false, false, "việc làm");
  c.value = value;
  return c;
}

// The typo signatures: the same digits at another power of ten, one digit
// changed, two neighbours swapped; never two figures that merely differ.
TEST(SlipTest, TypoSignatures) {
  EXPECT_TRUE(ScaleSlip(Figure(1.43e9), Figure(1.43e6)));
  EXPECT_FALSE(ScaleSlip(Figure(148000), Figure(149000)));
  EXPECT_TRUE(DigitSlip(Figure(148000), Figure(149000)));
  EXPECT_TRUE(DigitSlip(Figure(36382), Figure(36832)));
  EXPECT_TRUE(DigitSlip(Figure(97.9), Figure(99.7)));
  EXPECT_FALSE(DigitSlip(Figure(47), Figure(48)));        // Two digits.
  EXPECT_FALSE(DigitSlip(Figure(148000), Figure(1490)));  // Another scale.
  EXPECT_FALSE(DigitSlip(Figure(36382), Figure(38632)));  // Not neighbours.
  EXPECT_FALSE(DigitSlip(Figure(148000), Figure(148000)));
  EXPECT_FALSE(DigitSlip(Figure(1230), Figure(4560)));
  Claim day = Date({2016, 2, 6}, {2016, 2, 6});
  EXPECT_FALSE(DigitSlip(day, day));
}

}  // namespace
}  // namespace wirecheck
