// Prints each line's boilerplate verdict: boilerplate_show [--text] FILE...
// A .txt file is one article; an .html/.htm file is read as ingest reads it
// (its extracted main text). With --text, prints the text as read instead,
// so a labeller sees the article without the classifier's verdicts.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "absl/strings/match.h"
#include "ingest/html.h"
#include "normalise/boilerplate.h"

namespace {

std::string ReadArticleText(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  if (absl::EndsWith(path, ".html") || absl::EndsWith(path, ".htm")) {
    return wirecheck::ExtractHtml(ss.str()).text;
  }
  return ss.str();
}

void PrintVerdicts(const std::string& text) {
  for (const auto& v : wirecheck::ClassifyLines(
           text, "", nullptr, wirecheck::BoilerplateOptions())) {
    // 1-based line number of the verdict's first byte.
    int line = 1;
    for (uint32_t i = 0; i < v.span.begin; ++i) line += text[i] == '\n';
    std::printf("%3d %s %-28s %.70s\n", line, v.body ? "BODY" : "junk",
                v.reason.c_str(), std::string(v.span.Of(text)).c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  const bool text_only = argc > 1 && std::strcmp(argv[1], "--text") == 0;
  for (int a = text_only ? 2 : 1; a < argc; ++a) {
    const std::string text = ReadArticleText(argv[a]);
    if (text_only) {
      std::fwrite(text.data(), 1, text.size(), stdout);
      continue;
    }
    std::printf("=== %s\n", argv[a]);
    PrintVerdicts(text);
  }
  return 0;
}
