#include "bench/corpus.h"

#include <chrono>

#include "bench/jsonl_lite.h"
#include "dedup/parallel.h"
#include "tests/dedup/test_docs.h"

namespace wirecheck {
namespace {

double Since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
      .count();
}

}  // namespace

Corpus LoadCorpus(absl::string_view jsonl, int limit, int threads) {
  Corpus c;
  c.pipeline = "bench/jsonl_lite + test whitespace tokenizer";
  auto t0 = std::chrono::steady_clock::now();
  std::vector<LiteRecord> records = ReadJsonlLite(jsonl, limit);
  for (LiteRecord& r : records) {
    Article a;
    a.id = r.cluster.empty() ? r.id : r.cluster + "/" + r.id;
    a.title = std::move(r.title);
    a.text = std::move(r.text);
    a.outlet = std::move(r.outlet);
    c.text_bytes += static_cast<int64_t>(a.text.size());
    c.clusters.push_back(std::move(r.cluster));
    c.articles.push_back(std::move(a));
  }
  c.parse_seconds = Since(t0);
  t0 = std::chrono::steady_clock::now();
  c.docs.resize(c.articles.size());
  ParallelFor(c.articles.size(), threads, [&](size_t i) {
    c.docs[i] = testing_dedup::WhitespaceDocument(c.articles[i].text);
  });
  c.prepare_seconds = Since(t0);
  return c;
}

}  // namespace wirecheck
