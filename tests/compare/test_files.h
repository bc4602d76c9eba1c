// tests/compare/test_files.h: read a runfile of the compare tests.
#ifndef WIRECHECK_TESTS_COMPARE_TEST_FILES_H_
#define WIRECHECK_TESTS_COMPARE_TEST_FILES_H_

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace wirecheck {

// `path` is relative to the workspace root. testdata/compare/aliases.tsv is
// a symlink to data/aliases.tsv (the shipped table) because //data does not
// export it to tests.
inline std::string ReadRunfile(const std::string& path) {
  const char* srcdir = std::getenv("TEST_SRCDIR");
  std::string full = srcdir ? std::string(srcdir) + "/wirecheck/" + path : path;
  std::ifstream in(full, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace wirecheck

#endif  // WIRECHECK_TESTS_COMPARE_TEST_FILES_H_
