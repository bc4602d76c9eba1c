// bench/corpus.h: JSONL bytes -> Articles + Documents for bench binaries.
//
// One place decides which parser and tokenizer the benchmarks use. Until
// //ingest:ingest (ParseJsonl) and //normalise:prepare (PrepareDocuments)
// are available this uses bench/jsonl_lite.h and the test-only whitespace
// tokenizer from tests/dedup/test_docs.h (the figures say so).
//
//   Corpus c = LoadCorpus(bytes, /*limit=*/1000, /*threads=*/2);
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

Corpus LoadCorpus(absl::string_view jsonl, int limit, int threads);

}  // namespace wirecheck

#endif  // WIRECHECK_BENCH_CORPUS_H_
