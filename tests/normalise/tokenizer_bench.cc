// Tokenizer throughput on a JSONL corpus (one thread).
//
//   bazel run //tests/normalise:tokenizer_bench -- /tmp/baomoi.jsonl [limit]
//
// Prints MB/s of `text` bytes for the fast tokenizer, with and without
// diacritic folding.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "normalise/tokenizer.h"
#include "tests/normalise/jsonl_reader.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: tokenizer_bench FILE.jsonl [limit]\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const int limit = argc > 2 ? std::atoi(argv[2]) : -1;
  std::vector<wirecheck::JsonRecord> records =
      wirecheck::ReadJsonl(ss.str(), limit);
  std::vector<std::string> texts;
  size_t bytes = 0;
  for (auto& r : records) {
    texts.push_back(std::move(r["text"]));
    bytes += texts.back().size();
  }
  for (bool fold : {false, true}) {
    wirecheck::TokenizerOptions options;
    options.fold_diacritics = fold;
    size_t tokens = 0;
    wirecheck::Tokenize("warm up ภาษาไทย", options);
    const std::clock_t cpu_start = std::clock();
    const auto start = std::chrono::steady_clock::now();
    for (const std::string& t : texts) {
      tokens += wirecheck::Tokenize(t, options).size();
    }
    const double s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    const double cpu =
        static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
    std::printf(
        "fold=%d articles=%zu bytes=%zu tokens=%zu wall_s=%.3f "
        "cpu_s=%.3f MB/s(wall)=%.1f MB/s(cpu)=%.1f\n",
        fold, texts.size(), bytes, tokens, s, cpu, bytes / s / 1e6,
        bytes / cpu / 1e6);
  }
  return 0;
}
