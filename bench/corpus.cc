#include "bench/corpus.h"

#include <chrono>

#include "bench/jsonl_lite.h"
#include "dedup/parallel.h"
#include "ingest/ingest.h"
#include "normalise/tokenizer.h"
#include "tests/dedup/test_docs.h"

namespace wirecheck {
namespace {

double Since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
      .count();
}

absl::string_view FirstLines(absl::string_view bytes, int limit) {
  if (limit < 0) return bytes;
  size_t end = 0;
  for (int i = 0; i < limit && end < bytes.size(); ++i) {
    const size_t nl = bytes.find('\n', end);
    end = nl == absl::string_view::npos ? bytes.size() : nl + 1;
  }
  return bytes.substr(0, end);
}

void LoadLite(absl::string_view jsonl, Corpus* c) {
  std::vector<LiteRecord> records = ReadJsonlLite(jsonl, -1);
  for (LiteRecord& r : records) {
    Article a;
    a.id = r.cluster.empty() ? r.id : r.cluster + "/" + r.id;
    a.title = std::move(r.title);
    a.text = std::move(r.text);
    a.outlet = std::move(r.outlet);
    c->clusters.push_back(std::move(r.cluster));
    c->articles.push_back(std::move(a));
  }
}

}  // namespace

Corpus LoadCorpus(absl::string_view jsonl, int limit, int threads,
                  Pipeline pipeline) {
  Corpus c;
  jsonl = FirstLines(jsonl, limit);
  auto t0 = std::chrono::steady_clock::now();
  if (pipeline == Pipeline::kLite) {
    c.pipeline = "bench/jsonl_lite + test whitespace tokenizer";
    LoadLite(jsonl, &c);
  } else {
    c.pipeline = "ingest ParseJsonl + normalise Tokenize (whole text as body)";
    IngestResult ingested;
    ParseJsonl("bench.jsonl", jsonl, &ingested);
    c.articles = std::move(ingested.articles);
    c.clusters.assign(c.articles.size(), "");
  }
  for (const Article& a : c.articles) c.text_bytes += a.text.size();
  c.parse_seconds = Since(t0);
  t0 = std::chrono::steady_clock::now();
  c.docs.resize(c.articles.size());
  const TokenizerOptions tokenizer;
  ParallelFor(c.articles.size(), threads, [&](size_t i) {
    const std::string& text = c.articles[i].text;
    if (pipeline == Pipeline::kLite) {
      c.docs[i] = testing_dedup::WhitespaceDocument(text);
      return;
    }
    Document& d = c.docs[i];
    if (!text.empty()) d.body.push_back({0, static_cast<uint32_t>(text.size())});
    d.tokens = Tokenize(text, d.body, tokenizer);
  });
  c.prepare_seconds = Since(t0);
  return c;
}

}  // namespace wirecheck
