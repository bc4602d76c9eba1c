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

namespace wirecheck {
namespace {

namespace fs = std::filesystem;

bool g_update = false;

void WriteFile(const fs::path& p, const std::string& s) {
  std::ofstream out(p, std::ios::binary);
  out << s;
}

std::vector<std::string> Cases() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator("testdata/cli")) {
    if (entry.is_directory()) names.push_back(entry.path().filename());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class GoldenTest : public testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, MatchesExpectedOutput) {
  const fs::path dir = fs::path("testdata/cli") / GetParam();
  const std::string args(
      absl::StripAsciiWhitespace(ReadFileOrEmpty(dir / "cmd")));
  ASSERT_FALSE(args.empty()) << dir << "/cmd is missing or empty";
  const RunResult r = RunWirecheck(args);
  if (g_update) {
    const fs::path src =
        fs::path(std::getenv("BUILD_WORKSPACE_DIRECTORY")) / dir;
    WriteFile(src / "stdout", r.out);
    WriteFile(src / "stderr", r.err);
    WriteFile(src / "exit_code", absl::StrCat(r.exit_code, "\n"));
    return;
  }
  EXPECT_EQ(r.out, ReadFileOrEmpty(dir / "stdout")) << "stdout of " << args;
  EXPECT_EQ(r.err, ReadFileOrEmpty(dir / "stderr")) << "stderr of " << args;
  EXPECT_EQ(absl::StrCat(r.exit_code, "\n"), ReadFileOrEmpty(dir / "exit_code"))
      << "exit code of " << args;
}

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
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--update") wirecheck::g_update = true;
  }
  if (wirecheck::g_update) {
    // `bazel run` starts in the runfiles tree only for tests; make sure the
    // relative paths above resolve the same way under both.
    const char* srcdir = std::getenv("RUNFILES_DIR");
    if (srcdir) {
      std::filesystem::current_path(std::filesystem::path(srcdir) /
                                    "wirecheck");
    }
    if (!std::getenv("BUILD_WORKSPACE_DIRECTORY")) {
      fprintf(stderr, "--update needs `bazel run`\n");
      return 2;
    }
  }
  return RUN_ALL_TESTS();
}
