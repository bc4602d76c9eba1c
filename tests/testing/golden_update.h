// tests/testing/golden_update.h: the one way a test rewrites its expected
// files after a deliberate change.
//
//   bazel run //tests/cli:golden_test -- --update
//
// Under `bazel test` a test checks its expected files; started by `bazel
// run` with --update it writes them into the source tree instead (only
// `bazel run` says where that is, through BUILD_WORKSPACE_DIRECTORY).
//
//   int main(int argc, char** argv) {
//     testing::InitGoogleTest(&argc, argv);
//     if (!wirecheck::golden::ParseUpdateFlag(argc, argv)) return 2;
//     return RUN_ALL_TESTS();
//   }
//   ... if (golden::Updating()) WriteFile(golden::SourcePath(dir), ...);
#ifndef WIRECHECK_TESTS_TESTING_GOLDEN_UPDATE_H_
#define WIRECHECK_TESTS_TESTING_GOLDEN_UPDATE_H_

#include <cstdio>
#include <cstdlib>
#include <string>

namespace wirecheck {
namespace golden {

inline bool& UpdateFlag() {
  static bool update = false;
  return update;
}

// Whether this run rewrites the expected files instead of checking them.
inline bool Updating() { return UpdateFlag(); }

// Reads --update from the arguments. Returns false, after saying why, when
// --update is given outside `bazel run` (there is no source tree to write).
inline bool ParseUpdateFlag(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--update") UpdateFlag() = true;
  }
  if (UpdateFlag() && std::getenv("BUILD_WORKSPACE_DIRECTORY") == nullptr) {
    std::fprintf(stderr, "--update needs `bazel run`\n");
    return false;
  }
  return true;
}

// The source-tree path of `path`, given relative to the repository root.
// REQUIRES: Updating().
inline std::string SourcePath(const std::string& path) {
  return std::string(std::getenv("BUILD_WORKSPACE_DIRECTORY")) + "/" + path;
}

}  // namespace golden
}  // namespace wirecheck

#endif  // WIRECHECK_TESTS_TESTING_GOLDEN_UPDATE_H_
