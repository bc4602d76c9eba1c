// bench/corpus.h: JSONL bytes -> Articles + Documents for bench binaries.
//
// One place decides which parser and tokenizer the benchmarks use:
//   kReal: ingest's ParseJsonl and normalise's PrepareDocuments (boilerplate
//          removal + tokenizer), as the tool runs them;
//   kLite: tests/normalise/jsonl_reader.h and the test-only whitespace
//   tokenizer of
//          tests/dedup/test_docs.h (keeps corpus labels such as cluster_id).
// `pipeline` in the result says which one produced the figures.
//
//   Corpus c = LoadCorpus(bytes, /*limit=*/1000, /*threads=*/2,
//   Pipeline::kReal);
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

// A read-only memory map of a whole file (no copy, no zero-filling).
class MappedFile {
 public:
  explicit MappedFile(const char* path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  bool ok() const { return data_ != nullptr; }
  absl::string_view bytes() const {
    return absl::string_view(static_cast<const char*>(data_), size_);
  }
  // Unmaps early: once parsed, the articles own their text, and the mapped
  // file's pages would otherwise count in the run's peak memory.
  void Release();

 private:
  void* data_ = nullptr;
  size_t size_ = 0;
};

// The first `limit` lines (all when limit < 0).
Corpus LoadCorpus(absl::string_view jsonl, int limit, int threads,
                  Pipeline pipeline);

// The labelled cluster of each line ("cluster_id", else "triplet_uuid"),
// "" when a line has none.
std::vector<std::string> ClusterLabels(absl::string_view jsonl, int limit);

// LoadCorpus in its two steps: articles only, then their documents.
Corpus ParseCorpus(absl::string_view jsonl, int limit, Pipeline pipeline);
void PrepareCorpus(int threads, Pipeline pipeline, Corpus* corpus);

}  // namespace wirecheck

#endif  // WIRECHECK_BENCH_CORPUS_H_
