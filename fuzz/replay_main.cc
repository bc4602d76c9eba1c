// A main() for fuzz targets built without libFuzzer (the normal gcc build
// and --config=asan): runs the target once on each file named on the
// command line, so a crash that a fuzzer found can be replayed and debugged
// anywhere.
//   bazel run //fuzz:html_fuzzer -- testdata/fuzz/html/deep_nesting.html
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s INPUT...\n", argv[0]);
    return 2;
  }
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", argv[i]);
      return 2;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string bytes = ss.str();
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()),
                           bytes.size());
    std::fprintf(stderr, "ok: %s\n", argv[i]);
  }
  return 0;
}
