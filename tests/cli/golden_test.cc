// Golden tests for the wirecheck binary: each folder testdata/cli/<case>/
// holds `cmd` (the arguments, one line, paths relative to the repository
// root), and the expected `stdout`, `stderr` and `exit_code`.
//
// To accept new output after a deliberate change:
//   bazel run //tests/cli:golden_test -- --update
// which rewrites the expected files in the source tree.
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "gtest/gtest.h"
#include "tests/cli/run_wirecheck.h"
#include "tests/testing/golden_update.h"

namespace wirecheck {
namespace {

namespace fs = std::filesystem;

void WriteFile(const fs::path& p, const std::string& s) {
  std::ofstream out(p, std::ios::binary);
  out << s;
}

// The case folders; none when testdata/cli is missing (GoldenCases then
// fails, so a lost folder is never a pass).
std::vector<std::string> Cases() {
  std::vector<std::string> names;
  std::error_code error;
  for (fs::directory_iterator it("testdata/cli", error), end;
       !error && it != end; it.increment(error)) {
    if (it->is_directory()) names.push_back(it->path().filename());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// An expected file of a case; a missing one fails the case (an empty
// expected output is an empty file, never an absent one).
std::string ReadExpected(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << path << " is missing (run with --update to write it)";
    return "";
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(GoldenCases, AreFound) {
  EXPECT_FALSE(Cases().empty())
      << "no case folders in testdata/cli (is the data dependency missing?)";
}

class GoldenTest : public testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, MatchesExpectedOutput) {
  const fs::path dir = fs::path("testdata/cli") / GetParam();
  const std::string args(
      absl::StripAsciiWhitespace(ReadFileOrEmpty(dir / "cmd")));
  ASSERT_FALSE(args.empty()) << dir << "/cmd is missing or empty";
  const RunResult r = RunWirecheck(args);
  if (golden::Updating()) {
    const fs::path src = golden::SourcePath(dir);
    WriteFile(src / "stdout", r.out);
    WriteFile(src / "stderr", r.err);
    WriteFile(src / "exit_code", absl::StrCat(r.exit_code, "\n"));
    return;
  }
  EXPECT_EQ(r.out, ReadExpected(dir / "stdout")) << "stdout of " << args;
  EXPECT_EQ(r.err, ReadExpected(dir / "stderr")) << "stderr of " << args;
  EXPECT_EQ(absl::StrCat(r.exit_code, "\n"), ReadExpected(dir / "exit_code"))
      << "exit code of " << args;
}

GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(GoldenTest);
INSTANTIATE_TEST_SUITE_P(Cli, GoldenTest, testing::ValuesIn(Cases()),
                         [](const testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           for (char& c : name) {
                             if (!isalnum(static_cast<unsigned char>(c)))
                               c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace wirecheck

int main(int argc, char** argv) {
  testing::InitGoogleTest(&argc, argv);
  if (!wirecheck::golden::ParseUpdateFlag(argc, argv)) return 2;
  if (wirecheck::golden::Updating()) {
    // `bazel run` starts in the runfiles tree only for tests; make sure the
    // relative paths above resolve the same way under both.
    const char* srcdir = std::getenv("RUNFILES_DIR");
    if (srcdir) {
      std::filesystem::current_path(std::filesystem::path(srcdir) /
                                    "wirecheck");
    }
  }
  return RUN_ALL_TESTS();
}
