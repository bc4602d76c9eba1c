// bench/corpus.h: JSONL bytes -> Articles + Documents for bench binaries.
//
// One place decides which parser and tokenizer the benchmarks use:
//   kReal: ingest's ParseJsonl and normalise's Tokenize over the whole text
//          (PrepareDocuments, which also drops boilerplate, had not landed
//          when this was written: body = the whole text);
//   kLite: bench/jsonl_lite.h and the test-only whitespace tokenizer of
//          tests/dedup/test_docs.h (keeps corpus labels such as cluster_id).
// `pipeline` in the result says which one produced the figures.
//
//   Corpus c = LoadCorpus(bytes, /*limit=*/1000, /*threads=*/2, Pipeline::kReal);
#ifndef WIRECHECK_BENCH_CORPUS_H_
#define WIRECHECK_BENCH_CORPUS_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "ingest/article.h"
#include "normalise/document.h"

namespace wirecheck {

struct Corpus {
  std::vector<Article> articles;
  std::vector<Document> docs;
  std::vector<std::string> clusters;  // Labelled cluster per article or "".
  int64_t text_bytes = 0;
  double parse_seconds = 0;
  double prepare_seconds = 0;
  std::string pipeline;  // Which parser/tokenizer produced it.
};

enum class Pipeline { kReal, kLite };

// The first `limit` lines (all when limit < 0).
Corpus LoadCorpus(absl::string_view jsonl, int limit, int threads,
                  Pipeline pipeline);

}  // namespace wirecheck

#endif  // WIRECHECK_BENCH_CORPUS_H_
