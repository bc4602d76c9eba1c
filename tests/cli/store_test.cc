// End to end: two CI-style runs sharing a --store file. The second batch is
// matched against the first, and only findings involving it are reported.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tests/cli/run_wirecheck.h"

namespace wirecheck {
namespace {

// Both streams together: the summary lines are on stderr with text output.
struct Output {
  std::string out;
  int exit_code = -1;
};

Output Wirecheck(const std::string& args) {
  RunResult r = RunWirecheck(args);
  return Output{r.out + r.err, r.exit_code};
}

TEST(StoreTest, SecondBatchIsMatchedAgainstTheFirst) {
  const std::string store =
      absl::StrCat(std::getenv("TEST_TMPDIR"), "/seen.db");
  std::remove(store.c_str());

  // Day 1: the five sample scrapes, nothing copied among them.
  Output day1 = Wirecheck(absl::StrCat("dedup --format=json --store=", store,
                                       " testdata/samples"));
  ASSERT_EQ(day1.exit_code, 0) << day1.out;
  EXPECT_TRUE(absl::StrContains(day1.out, "\"copies\": []")) << day1.out;
  EXPECT_TRUE(absl::StrContains(day1.out, "0 articles from earlier runs; 5 added"))
      << day1.out;

  // Day 2: only the re-publications. Their sources are yesterday's scrapes,
  // which this run does not name: the store supplies them.
  Output day2 = Wirecheck(absl::StrCat("dedup --format=json --fail-on=copies "
                                       "--store=", store, " testdata/demo"));
  EXPECT_EQ(day2.exit_code, 1) << day2.out;
  EXPECT_TRUE(absl::StrContains(day2.out, "\"source\": \"003_52527fb49a4ec3a9\""))
      << day2.out;
  EXPECT_TRUE(absl::StrContains(day2.out, "\"copy\": \"nhanhnews-lavrov-wonsan\""));
  EXPECT_TRUE(absl::StrContains(day2.out, "5 articles from earlier runs; 5 added"))
      << day2.out;
  // Old articles are listed only when a finding cites them: 002 is not.
  EXPECT_FALSE(absl::StrContains(day2.out, "\"id\": \"002_1d707402690d7645\""));

  // Day 3: the same batch again changes nothing in the store.
  Output day3 = Wirecheck(absl::StrCat("dedup --store=", store, " testdata/demo"));
  EXPECT_EQ(day3.exit_code, 0);
  EXPECT_TRUE(absl::StrContains(day3.out, "10 articles from earlier runs; 0 added, 0 changed, 5 already stored"))
      << day3.out;
}

TEST(StoreTest, AStoreThatIsNotADatabaseIsAClearError) {
  const std::string bogus = "testdata/samples/000_8a7e7adb52db9b61.txt";
  Output r = Wirecheck(absl::StrCat("dedup --store=", bogus, " testdata/demo"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(absl::StrContains(r.out, "000_8a7e7adb52db9b61.txt")) << r.out;
}

}  // namespace
}  // namespace wirecheck
