// Prints each line's boilerplate verdict: boilerplate_show FILE...
// (A .txt file is one article.) For labelling and debugging.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "normalise/boilerplate.h"

int main(int argc, char** argv) {
  for (int a = 1; a < argc; ++a) {
    std::ifstream in(argv[a], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    std::printf("=== %s\n", argv[a]);
    for (const auto& v : wirecheck::ClassifyLines(
             text, "", nullptr, wirecheck::BoilerplateOptions())) {
      // 1-based line number of the verdict's first byte.
      int line = 1;
      for (uint32_t i = 0; i < v.span.begin; ++i) line += text[i] == '\n';
      std::printf("%3d %s %-28s %.70s\n", line, v.body ? "BODY" : "junk",
                  v.reason.c_str(), std::string(v.span.Of(text)).c_str());
    }
  }
  return 0;
}
