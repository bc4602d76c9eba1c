// tests/testing/test_files.h: the one reader of test fixtures.
//
// Fixtures are Bazel runfiles (declared as `data` of the test). A fixture
// that cannot be read is a failed test, never an empty input that lets the
// test pass without checking anything.
//
//   const std::string cases =
//   ReadFixture("testdata/compare/extract_cases_vi.tsv");
#ifndef WIRECHECK_TESTS_TESTING_TEST_FILES_H_
#define WIRECHECK_TESTS_TESTING_TEST_FILES_H_

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "gtest/gtest.h"

namespace wirecheck {

// The path of a runfile given relative to the repository root.
inline std::string FixturePath(const std::string& path) {
  const char* srcdir = std::getenv("TEST_SRCDIR");
  const char* workspace = std::getenv("TEST_WORKSPACE");
  return std::string(srcdir ? srcdir : ".") + "/" +
         (workspace ? workspace : "wirecheck") + "/" + path;
}

// The bytes of the fixture at `path` (relative to the repository root). A
// missing or unreadable fixture adds a test failure naming it.
inline std::string ReadFixture(const std::string& path) {
  std::ifstream in(FixturePath(path), std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "fixture missing or unreadable: " << path
                  << " (declare it in the test's data)";
    return "";
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace wirecheck

#endif  // WIRECHECK_TESTS_TESTING_TEST_FILES_H_
