// End to end: baselines, --store's "seen before", and ids that do not
// depend on input order, as a CI job uses them.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "tests/cli/run_wirecheck.h"

namespace wirecheck {
namespace {

constexpr char kInputs[] = "testdata/samples testdata/demo";
// The uncredited copy of the bundled articles (see testdata/cli/check_demo).
constexpr char kUncredited[] = "c-5942b576087ec75a";

std::string Temp(const std::string& name) {
  const std::string path = absl::StrCat(std::getenv("TEST_TMPDIR"), "/", name);
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::remove(absl::StrCat(path, suffix).c_str());
  }
  return path;
}

void Write(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// Every finding id in a report, in order of appearance.
std::vector<std::string> Ids(const std::string& report) {
  std::vector<std::string> ids;
  const std::regex id("[cd]-[0-9a-f]{16}");
  for (auto it = std::sregex_iterator(report.begin(), report.end(), id);
       it != std::sregex_iterator(); ++it) {
    ids.push_back(it->str());
  }
  return ids;
}

TEST(BaselineCliTest, DismissedFindingIsNeverSeenAgain) {
  const std::string file = Temp("baseline.tsv");
  RunResult red = RunWirecheck(
      absl::StrCat("check --quiet --fail-on=uncredited ", kInputs));
  ASSERT_EQ(red.exit_code, 1) << red.err;
  EXPECT_TRUE(absl::StrContains(red.err, kUncredited)) << red.err;

  RunResult wrote =
      RunWirecheck(absl::StrCat("baseline --quiet --out=", file, " ", kInputs));
  ASSERT_EQ(wrote.exit_code, 0) << wrote.err;
  EXPECT_TRUE(absl::StrContains(wrote.out + wrote.err, "4 findings written to"))
      << wrote.err;
  const std::string written = ReadFileOrEmpty(file);
  ASSERT_EQ(Ids(written).size(), 4u) << written;

  // A reviewer dismisses the uncredited copy; the other lines are left out
  // here so that the rest is still reported.
  std::string dismissed = "# wirecheck baseline 1\n";
  for (absl::string_view line : absl::StrSplit(written, '\n')) {
    if (!absl::StartsWith(line, kUncredited)) continue;
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    ASSERT_EQ(f.size(), 5u) << line;
    EXPECT_EQ(f[2], "open");
    f[2] = "dismissed";
    f[3] = "the same press release, not a copy";
    absl::StrAppend(&dismissed, absl::StrJoin(f, "\t"), "\n");
  }
  Write(file, dismissed);
  RunResult green = RunWirecheck(absl::StrCat(
      "check --quiet --fail-on=uncredited --baseline=", file, " ", kInputs));
  EXPECT_EQ(green.exit_code, 0) << green.err;
  EXPECT_FALSE(absl::StrContains(green.out, kUncredited)) << green.out;
  EXPECT_EQ(Ids(green.out).size(), 3u) << green.out;
  EXPECT_TRUE(
      absl::StrContains(green.out + green.err,
                        "1 finding left out (0 open, 1 dismissed, 0 accepted)"))
      << green.err;

  // Rewriting the baseline keeps the reviewer's decision.
  RunResult rewrote = RunWirecheck(absl::StrCat(
      "baseline --quiet --baseline=", file, " --out=", file, " ", kInputs));
  ASSERT_EQ(rewrote.exit_code, 0) << rewrote.err;
  EXPECT_TRUE(absl::StrContains(ReadFileOrEmpty(file),
                                "\tdismissed\tthe same press release"))
      << ReadFileOrEmpty(file);
  EXPECT_TRUE(absl::StrContains(rewrote.out + rewrote.err, "1 kept from"))
      << rewrote.err;
}

TEST(BaselineCliTest, MalformedLineIsAnErrorNamingFileAndLine) {
  const std::string file = Temp("bad.tsv");
  Write(file, absl::StrCat("# wirecheck baseline 1\n", kUncredited,
                           "\tcopy\tignored\n"));
  RunResult r =
      RunWirecheck(absl::StrCat("check --baseline=", file, " ", kInputs));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(absl::StrContains(r.err, absl::StrCat(file, ":2: status")))
      << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
}

TEST(BaselineCliTest, IdsAndSidesDoNotDependOnInputOrder) {
  RunResult forward = RunWirecheck(
      "check --quiet --format=json --show=updates,refinements "
      "testdata/samples testdata/demo");
  RunResult backward = RunWirecheck(
      "check --quiet --format=json --show=updates,refinements "
      "testdata/demo testdata/samples");
  ASSERT_EQ(forward.exit_code, 0);
  ASSERT_EQ(backward.exit_code, 0);
  std::vector<std::string> f = Ids(forward.out), b = Ids(backward.out);
  ASSERT_GE(f.size(), 4u);
  std::sort(f.begin(), f.end());
  std::sort(b.begin(), b.end());
  EXPECT_EQ(f, b);
  // Discrepancies come in one order with the same a and b.
  auto sides = [](const std::string& report) {
    std::vector<std::string> docs;
    for (absl::string_view line : absl::StrSplit(report, '\n')) {
      if (absl::StrContains(line, "\"doc\": ")) docs.emplace_back(line);
    }
    return docs;
  };
  EXPECT_EQ(sides(forward.out), sides(backward.out));
  EXPECT_FALSE(sides(forward.out).empty());
}

TEST(BaselineCliTest, StoreMarksFindingsSeenBeforeAndNewOnlyHidesThem) {
  const std::string store = Temp("seen.db");
  RunResult first =
      RunWirecheck(absl::StrCat("check --quiet --store=", store, " ", kInputs));
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_FALSE(absl::StrContains(first.out, "(seen before)")) << first.out;
  EXPECT_TRUE(absl::StrContains(first.out + first.err,
                                "0 of 4 findings reported by earlier runs"))
      << first.err;

  RunResult again =
      RunWirecheck(absl::StrCat("check --quiet --store=", store, " ", kInputs));
  EXPECT_TRUE(
      absl::StrContains(again.out, absl::StrCat(kUncredited, " (seen before)")))
      << again.out;
  EXPECT_TRUE(absl::StrContains(again.out + again.err,
                                "4 of 4 findings reported by earlier runs"))
      << again.err;

  // A rebuilt store still knows what was reported.
  RunResult rebuilt =
      RunWirecheck(absl::StrCat("store rebuild --store=", store));
  ASSERT_EQ(rebuilt.exit_code, 0) << rebuilt.err;
  RunResult after =
      RunWirecheck(absl::StrCat("check --quiet --store=", store, " ", kInputs));
  EXPECT_TRUE(absl::StrContains(after.out + after.err,
                                "4 of 4 findings reported by earlier runs"))
      << after.err;

  RunResult fresh = RunWirecheck(absl::StrCat(
      "check --quiet --new-only --fail-on=any --store=", store, " ", kInputs));
  EXPECT_EQ(fresh.exit_code, 0) << fresh.err;
  EXPECT_TRUE(Ids(fresh.out).empty()) << fresh.out;
  EXPECT_TRUE(absl::StrContains(
      fresh.out + fresh.err,
      "4 findings reported by earlier runs left out (--new-only)"))
      << fresh.err;
}

}  // namespace
}  // namespace wirecheck
