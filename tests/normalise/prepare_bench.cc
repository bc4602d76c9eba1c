// PrepareDocuments throughput on a JSONL corpus.
//
//   bazel run //tests/normalise:prepare_bench -- FILE.jsonl [threads] [limit]
//   [raw]
//
// Prints wall seconds and MB/s of `text` for boilerplate + tokenization,
// plus the share of text kept as body.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "normalise/prepare.h"
#include "tests/normalise/jsonl_reader.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: prepare_bench FILE.jsonl [threads] [limit]\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const int threads = argc > 2 ? std::atoi(argv[2]) : 2;
  const int limit = argc > 3 ? std::atoi(argv[3]) : -1;
  std::vector<wirecheck::Article> articles;
  size_t bytes = 0;
  for (auto& r : wirecheck::ReadJsonl(ss.str(), limit)) {
    wirecheck::Article a;
    a.id = r["id"];
    a.outlet = r["outlet"];
    a.text = std::move(r["text"]);
    bytes += a.text.size();
    articles.push_back(std::move(a));
  }
  wirecheck::PrepareOptions options;
  options.threads = threads;
  // A fourth argument "raw" skips boilerplate removal (isolates its cost).
  options.remove_boilerplate = !(argc > 4 && std::string(argv[4]) == "raw");
  const std::clock_t cpu_start = std::clock();
  const auto start = std::chrono::steady_clock::now();
  const auto docs = wirecheck::PrepareDocuments(articles, options);
  const double s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  const double cpu =
      static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  size_t body = 0, tokens = 0;
  for (const auto& d : docs) {
    for (const auto& b : d.body) body += b.size();
    tokens += d.tokens.size();
  }
  std::printf(
      "articles=%zu bytes=%zu threads=%d wall_s=%.3f cpu_s=%.3f "
      "MB/s(wall)=%.1f body_share=%.4f tokens=%zu\n",
      articles.size(), bytes, threads, s, cpu, bytes / s / 1e6,
      static_cast<double>(body) / bytes, tokens);
  return 0;
}
