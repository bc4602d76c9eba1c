#include "cli/args.h"

#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "gtest/gtest.h"

namespace wirecheck {
namespace {

absl::StatusOr<CliArgs> Parse(std::vector<std::string> words) {
  words.insert(words.begin(), "wirecheck");
  return ParseArgs(words);
}

TEST(ArgsTest, BareInvocationIsHelp) {
  absl::StatusOr<CliArgs> a = Parse({});
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->command, Command::kHelp);
}

TEST(ArgsTest, HelpAndVersionWinAnywhere) {
  EXPECT_EQ(Parse({"--help"})->command, Command::kHelp);
  EXPECT_EQ(Parse({"dedup", "-h"})->command, Command::kHelp);
  EXPECT_EQ(Parse({"check", "--version"})->command, Command::kVersion);
  EXPECT_EQ(Parse({"version"})->command, Command::kVersion);
}

TEST(ArgsTest, DefaultsMatchTheHelpText) {
  absl::StatusOr<CliArgs> a = Parse({"check", "dir"});
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->command, Command::kCheck);
  EXPECT_EQ(a->inputs, std::vector<std::string>{"dir"});
  EXPECT_EQ(a->format, Format::kText);
  EXPECT_DOUBLE_EQ(a->run.dedup.threshold, 0.5);
  EXPECT_EQ(a->run.dedup.shingle, 5);
  EXPECT_EQ(a->run.dedup.num_perm, 128);
  EXPECT_EQ(a->run.dedup.min_passage, 40);
  EXPECT_TRUE(a->fail_on.empty());
  EXPECT_FALSE(a->strict);
  const std::string help = HelpText();
  EXPECT_TRUE(absl::StrContains(help, "(default 0.5)"));
  EXPECT_TRUE(absl::StrContains(help, "(default 5)"));
  EXPECT_TRUE(absl::StrContains(help, "(default 128)"));
  EXPECT_TRUE(absl::StrContains(help, "(default 40)"));
}

TEST(ArgsTest, FlagsTakeEqualsOrNextWord) {
  absl::StatusOr<CliArgs> a = Parse(
      {"dedup", "--threshold=0.7", "--shingle", "4", "a.jsonl", "--format=json",
       "--fold-diacritics", "-", "--fail-on", "uncredited"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_DOUBLE_EQ(a->run.dedup.threshold, 0.7);
  EXPECT_EQ(a->run.dedup.shingle, 4);
  EXPECT_EQ(a->format, Format::kJson);
  EXPECT_TRUE(a->run.prepare.tokenizer.fold_diacritics);
  EXPECT_EQ(a->fail_on, (std::vector<FailRule>{{FailOn::kUncredited, {}}}));
  EXPECT_EQ(a->inputs, (std::vector<std::string>{"a.jsonl", "-"}));
}

TEST(ArgsTest, StoreTakesAPath) {
  absl::StatusOr<CliArgs> a = Parse({"check", "--store", "seen.db", "new/"});
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->store_path, "seen.db");
  EXPECT_EQ(a->inputs, std::vector<std::string>{"new/"});
  EXPECT_FALSE(Parse({"check", "--store=", "new/"}).ok());
}

TEST(ArgsTest, StoreCommandTakesAnActionAndAStore) {
  absl::StatusOr<CliArgs> a =
      Parse({"store", "prune", "--older-than=90d", "--store=s.db"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->command, Command::kStore);
  EXPECT_EQ(a->store_action, StoreAction::kPrune);
  EXPECT_EQ(a->older_than_seconds, 90 * 86400);
  EXPECT_TRUE(a->inputs.empty());
  EXPECT_EQ(Parse({"store", "export", "--store=s.db"})->store_action,
            StoreAction::kExport);
  EXPECT_EQ(Parse({"check", "--fail-on=edits", "x"})->fail_on,
            (std::vector<FailRule>{{FailOn::kEdits, {}}}));
}

TEST(ArgsTest, FailOnTakesAListWithThresholds) {
  absl::StatusOr<CliArgs> a =
      Parse({"check", "--fail-on=uncredited,conflicts:0.9,copies:0.5",
             "--strict", "x"});
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->fail_on, (std::vector<FailRule>{{FailOn::kUncredited, {}},
                                               {FailOn::kConflicts, 0.9},
                                               {FailOn::kCopies, 0.5}}));
  EXPECT_TRUE(a->strict);
  EXPECT_EQ(Parse({"check", "--fail-on=same-outlet", "x"})->fail_on,
            (std::vector<FailRule>{{FailOn::kSameOutlet, {}}}));
  EXPECT_TRUE(Parse({"check", "--fail-on=never", "x"})->fail_on.empty());
  // Only copy classes and conflicts have a value to compare with.
  EXPECT_FALSE(Parse({"check", "--fail-on=edits:0.5", "x"}).ok());
  EXPECT_FALSE(Parse({"check", "--fail-on=conflicts:1.5", "x"}).ok());
  EXPECT_FALSE(Parse({"check", "--fail-on=conflicts:", "x"}).ok());
  EXPECT_FALSE(Parse({"check", "--fail-on=copies,", "x"}).ok());
  absl::StatusOr<CliArgs> bad = Parse({"check", "--fail-on=conflict", "x"});
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(absl::StrContains(bad.status().message(), "--fail-on=conflict"))
      << bad.status();
}

TEST(ArgsTest, FlagsThatDoNothingAreErrors) {
  const struct {
    std::vector<std::string> words;
    std::string error;  // "" when the command line is fine.
  } cases[] = {
      {{"dedup", "--min-confidence=0.3", "x"},
       "--min-confidence does nothing for dedup"},
      {{"read", "--threshold=0.8", "x"}, "--threshold does nothing for read"},
      {{"read", "--fail-on=copies", "x"}, "--fail-on does nothing for read"},
      {{"store", "stats", "--store=s.db", "--threshold=0.8"},
       "--threshold does nothing for store"},
      {{"baseline", "--format=json", "x"},
       "--format does nothing for baseline"},
      {{"dedup", "--show=claims", "x"}, "dedup finds no claims"},
      {{"dedup", "--format=json", "--explain", "x"}, "--explain prints text"},
      {{"compare", "--format=csv", "--show=claims", "x"},
       "CSV, HTML and Markdown show the findings"},
      {{"check", "--format=html", "--show=boilerplate", "x"},
       "CSV, HTML and Markdown show the findings"},
      {{"check", "--format=markdown", "--explain", "x"},
       "--explain prints text"},
      {{"check", "--format=json", "--csv-bom", "x"},
       "--csv-bom needs --format=csv"},
      {{"check", "--new-only", "x"}, "--new-only needs --store"},
      {{"check", "--out=b.tsv", "x"}, "--out does nothing for check"},
      {{"check", "--format=json", "--show=claims", "--min-confidence=0.3",
        "--strict", "--baseline=b.tsv", "x"},
       ""},
      {{"store", "rebuild", "--store=s.db", "--shingle=4"}, ""},
      {{"read", "--format=csv", "--strict", "x"}, ""},
      {{"baseline", "--baseline=b.tsv", "--out=b.tsv", "x"}, ""},
  };
  for (const auto& c : cases) {
    absl::StatusOr<CliArgs> a = Parse(c.words);
    if (c.error.empty()) {
      EXPECT_TRUE(a.ok()) << c.words[0] << " " << a.status();
    } else {
      ASSERT_FALSE(a.ok()) << c.error;
      EXPECT_TRUE(absl::StrContains(a.status().message(), c.error))
          << a.status();
    }
  }
}

TEST(ArgsTest, MaxFileBytesTakesSuffixes) {
  EXPECT_EQ(Parse({"read", "x"})->max_file_bytes, int64_t{64} << 20);
  EXPECT_EQ(Parse({"read", "--max-file-bytes=200M", "x"})->max_file_bytes,
            int64_t{200} << 20);
  EXPECT_EQ(Parse({"read", "--max-file-bytes=1G", "x"})->max_file_bytes,
            int64_t{1} << 30);
  EXPECT_EQ(Parse({"read", "--max-file-bytes=4096", "x"})->max_file_bytes,
            4096);
  EXPECT_FALSE(Parse({"read", "--max-file-bytes=0", "x"}).ok());
  EXPECT_FALSE(Parse({"read", "--max-file-bytes=12T", "x"}).ok());
}

TEST(ArgsTest, ShowTakesAList) {
  absl::StatusOr<CliArgs> a = Parse({"compare", "--show=claims,updates", "x"});
  ASSERT_TRUE(a.ok());
  EXPECT_TRUE(a->show_claims);
  EXPECT_TRUE(a->include_updates);
  EXPECT_FALSE(a->include_refinements);
}

TEST(ArgsTest, DoubleDashMakesInputsOfFlagLikeNames) {
  absl::StatusOr<CliArgs> a = Parse({"read", "--", "--odd-name.txt"});
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->inputs, std::vector<std::string>{"--odd-name.txt"});
}

struct BadCase {
  std::vector<std::string> words;
  std::string message_part;
};

TEST(ArgsTest, ErrorsNameTheArgument) {
  const BadCase cases[] = {
      {{"scan", "x"}, "unknown command 'scan'"},
      {{"dedup"}, "no input"},
      {{"dedup", "--threshold=1.5", "x"}, "--threshold=1.5"},
      {{"dedup", "--threshold=abc", "x"}, "--threshold=abc"},
      {{"dedup", "--shingle=0", "x"}, "--shingle=0"},
      {{"dedup", "--num-perm", "x"}, "--num-perm=x"},
      {{"dedup", "x", "--num-perm"}, "--num-perm needs a value"},
      {{"dedup", "--format=xml", "x"}, "one of csv html json markdown text"},
      {{"dedup", "--colour", "x"}, "unknown flag --colour"},
      {{"dedup", "--explain=yes", "x"}, "--explain takes no value"},
      {{"dedup", "-t", "x"}, "unknown option -t"},
      {{"compare", "--show=everything", "x"}, "--show=everything"},
      {{"check", "--fail-on=all", "x"}, "--fail-on=all"},
      {{"check", "--csv-bom", "x"}, "--csv-bom needs --format=csv"},
      {{"store", "--store=s.db"}, "one action"},
      {{"store", "compact", "--store=s.db"}, "one action"},
      {{"store", "stats"}, "needs --store"},
      {{"store", "prune", "--store=s.db"}, "--older-than"},
      {{"store", "prune", "--older-than=3w", "--store=s.db"}, "90d"},
  };
  for (const BadCase& c : cases) {
    absl::StatusOr<CliArgs> a = Parse(c.words);
    ASSERT_FALSE(a.ok()) << c.words[0];
    EXPECT_TRUE(absl::StrContains(a.status().message(), c.message_part))
        << a.status().message();
  }
}

}  // namespace
}  // namespace wirecheck
