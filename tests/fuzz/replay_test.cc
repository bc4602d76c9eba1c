// Runs one fuzz target (linked in from //fuzz:<name>_lib) over every stored
// input named on the command line: the findings the fuzzers made, kept so
// they stay fixed, and a few seeds. A broken property aborts the test with
// the property's name; no inputs at all is a failure too, so a target whose
// inputs went missing cannot pass by checking nothing.
#include <cstdint>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/testing/test_files.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace wirecheck {
namespace {

std::vector<std::string>& Inputs() {
  static auto* inputs = new std::vector<std::string>();
  return *inputs;
}

TEST(FuzzReplayTest, StoredInputsKeepTheirProperties) {
  ASSERT_FALSE(Inputs().empty()) << "no stored inputs given to replay";
  for (const std::string& path : Inputs()) {
    SCOPED_TRACE(path);
    const std::string bytes = ReadFixture(path);
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()),
                           bytes.size());
  }
}

}  // namespace
}  // namespace wirecheck

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  for (int i = 1; i < argc; ++i) wirecheck::Inputs().push_back(argv[i]);
  return RUN_ALL_TESTS();
}
