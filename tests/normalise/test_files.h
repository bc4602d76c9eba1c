// tests/normalise/test_files.h: where the normalise fixtures live.
#ifndef WIRECHECK_TESTS_NORMALISE_TEST_FILES_H_
#define WIRECHECK_TESTS_NORMALISE_TEST_FILES_H_

#include <string>
#include <vector>

#include "tests/testing/test_files.h"

namespace wirecheck {

// Where a label's source lives below the repository root: "samples/NAME"
// is one of the five real scrapes in testdata/samples, anything else is in
// testdata/normalise.
inline std::string TestFilePath(const std::string& name) {
  return name.rfind("samples/", 0) == 0 ? "testdata/" + name
                                        : "testdata/normalise/" + name;
}

// The bytes of the test file `name` (see TestFilePath); a missing file is
// a test failure.
inline std::string ReadTestFile(const std::string& name) {
  return ReadFixture(TestFilePath(name));
}

inline const std::vector<std::string>& SampleNames() {
  static const auto* names = new std::vector<std::string>{
      "000_8a7e7adb52db9b61.txt", "001_ac07f6392d13467e.txt",
      "002_1d707402690d7645.txt", "003_52527fb49a4ec3a9.txt",
      "004_d1139dd3dbe620c2.txt"};
  return *names;
}

}  // namespace wirecheck

#endif  // WIRECHECK_TESTS_NORMALISE_TEST_FILES_H_
