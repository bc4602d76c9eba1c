#include "pipeline/run_options.h"

#include <set>
#include <string>

#include "gtest/gtest.h"

namespace wirecheck {
namespace {

TEST(RunOptionsTest, EachOptionSetsItsField) {
  CheckOptions o;
  const struct {
    const char* name;
    const char* value;
  } given[] = {{"threshold", "0.8"},      {"shingle", "4"},
               {"num_perm", "64"},        {"min-passage", "30"},
               {"fold_diacritics", ""},   {"min_confidence", "0.3"},
               {"threads", "3"},          {"max_df", "0.2"},
               {"window_jaccard", "0.4"}, {"seed", "7"}};
  for (const auto& g : given) {
    const RunOption* option = FindRunOption(g.name);
    ASSERT_NE(option, nullptr) << g.name;
    EXPECT_TRUE(SetRunOption(*option, g.value, &o).ok()) << g.name;
  }
  EXPECT_DOUBLE_EQ(o.dedup.threshold, 0.8);
  EXPECT_EQ(o.dedup.shingle, 4);
  EXPECT_EQ(o.dedup.num_perm, 64);
  EXPECT_EQ(o.dedup.min_passage, 30);
  EXPECT_TRUE(o.prepare.tokenizer.fold_diacritics);
  EXPECT_DOUBLE_EQ(o.compare.min_confidence, 0.3);
  EXPECT_EQ(o.prepare.threads, 3);
  EXPECT_EQ(o.dedup.threads, 3);
  EXPECT_EQ(o.compare.threads, 3);
  EXPECT_DOUBLE_EQ(o.dedup.max_df, 0.2);
  EXPECT_DOUBLE_EQ(o.dedup.window_jaccard, 0.4);
  EXPECT_EQ(o.dedup.seed, 7u);
}

TEST(RunOptionsTest, NamesAreUniqueAndUnknownOnesAreNotFound) {
  std::set<std::string> names;
  for (const RunOption& o : RunOptions()) {
    EXPECT_TRUE(names.insert(o.name).second) << o.name;
    EXPECT_EQ(std::string(o.name).find('_'), std::string::npos) << o.name;
  }
  EXPECT_EQ(FindRunOption("bogus"), nullptr);
  EXPECT_EQ(FindRunOption("num-perm"), FindRunOption("num_perm"));
}

TEST(RunOptionsTest, BadValuesNameTheFlagAndWhatItExpects) {
  CheckOptions o;
  const struct {
    const char* name;
    const char* value;
    const char* message;
  } bad[] = {
      {"threshold", "0", "--threshold=0: expected a number in (0, 1]"},
      {"threshold", "x", "--threshold=x: expected a number in (0, 1]"},
      {"num-perm", "4", "--num-perm=4: expected a whole number from 8 to 1024"},
      {"shingle", "2.5", "--shingle=2.5: expected a whole number from 1 to 64"},
      {"fold-diacritics", "yes",
       "--fold-diacritics=yes: expected no value, true or false"},
  };
  for (const auto& b : bad) {
    const absl::Status s = SetRunOption(*FindRunOption(b.name), b.value, &o);
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << b.name;
    EXPECT_EQ(s.message(), b.message);
  }
  // Nothing was set by a refused value.
  EXPECT_DOUBLE_EQ(o.dedup.threshold, CheckOptions().dedup.threshold);
  EXPECT_EQ(o.dedup.num_perm, CheckOptions().dedup.num_perm);
}

TEST(RunOptionsTest, SwitchesReadTrueAndFalse) {
  CheckOptions o;
  const RunOption& fold = *FindRunOption("fold-diacritics");
  ASSERT_TRUE(SetRunOption(fold, "True", &o).ok());
  EXPECT_TRUE(o.prepare.tokenizer.fold_diacritics);
  ASSERT_TRUE(SetRunOption(fold, "false", &o).ok());
  EXPECT_FALSE(o.prepare.tokenizer.fold_diacritics);
}

}  // namespace
}  // namespace wirecheck
