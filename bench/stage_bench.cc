// bench/stage_bench: CPU seconds of each dedup stage on one JSONL file,
// each stage repeated on the same input, for comparing two builds on a
// shared machine.
//
//   bazel run -c opt //bench:stage_bench -- /tmp/corpus.jsonl [reps=5]
//
// Whole runs there vary by 15% with the load; one stage's process CPU time
// (CLOCK_PROCESS_CPUTIME_ID, one thread) is steadier, and its least value
// over repetitions is the one least disturbed by other processes sharing
// the caches. Stages: prepare (boilerplate and tokens), sketch (shingle
// sets, counts, window signatures, band keys), candidates (LSH) and verify
// (verification, alignment, credit lines); and, as parts of preparing,
// line features and tokens of every article's whole text. Prints the least and
// the median of each, and the candidate and copy counts as a check.
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

#include "bench/corpus.h"
#include "dedup/dedup.h"
#include "dedup/lsh.h"
#include "dedup/sketch.h"
#include "normalise/line_features.h"
#include "normalise/tokenizer.h"

namespace wirecheck {
namespace {

double ProcessCpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

// Runs `stage` `reps` times; prints the least and the median CPU seconds.
void Time(const char* name, int reps, const std::function<void()>& stage) {
  std::vector<double> seconds;
  for (int r = 0; r < reps; ++r) {
    const double t0 = ProcessCpuSeconds();
    stage();
    seconds.push_back(ProcessCpuSeconds() - t0);
  }
  std::sort(seconds.begin(), seconds.end());
  std::printf("%-10s min %.3f s  median %.3f s  (", name, seconds.front(),
              seconds[seconds.size() / 2]);
  for (double s : seconds) std::printf(" %.3f", s);
  std::printf(" )\n");
}

int Run(const char* path, int reps) {
  MappedFile file(path);
  if (!file.ok()) {
    std::fprintf(stderr, "cannot read %s\n", path);
    return 1;
  }
  Corpus corpus = ParseCorpus(file.bytes(), -1, Pipeline::kReal);
  file.Release();
  Time("prepare", reps, [&] { PrepareCorpus(1, Pipeline::kReal, &corpus); });
  // Two parts of preparing, on every article's whole text.
  int64_t words = 0;
  Time(" lines", reps, [&] {
    words = 0;
    for (const Article& a : corpus.articles) {
      for (Span line : internal::SplitLines(a.text)) {
        words += internal::ComputeLineFeatures(a.text, line).words;
      }
    }
  });
  int64_t tokens = 0;
  Time(" tokenize", reps, [&] {
    tokens = 0;
    for (const Article& a : corpus.articles) {
      tokens +=
          static_cast<int64_t>(Tokenize(a.text, TokenizerOptions()).size());
    }
  });
  std::printf("words=%lld tokens=%lld\n", static_cast<long long>(words),
              static_cast<long long>(tokens));

  DedupOptions options;
  options.threads = 1;
  absl::StatusOr<SketchOptions> sketch =
      SketchOptionsFor(options, corpus.docs.size());
  if (!sketch.ok()) {
    std::fprintf(stderr, "%s\n", sketch.status().ToString().c_str());
    return 1;
  }
  BatchSketch batch;
  Time("sketch", reps, [&] { batch = SketchBatch(corpus.docs, *sketch); });

  CandidateOptions cand;
  cand.max_bucket_docs = MaxBucketDocs(*sketch);
  cand.threads = 1;
  std::vector<uint64_t> pairs;
  Time("candidates", reps, [&] {
    pairs = CandidatePairs(batch.band_keys, batch.item_doc, sketch->lsh.bands,
                           cand);
  });

  std::vector<std::pair<int, int>> pair_list;
  for (uint64_t p : pairs) {
    pair_list.push_back(
        {static_cast<int>(p >> 32), static_cast<int>(p & 0xFFFFFFFF)});
  }
  size_t copies = 0;
  Time("verify", reps, [&] {
    absl::StatusOr<std::vector<CopyPair>> verified = VerifyCandidates(
        corpus.articles, corpus.docs, batch.sets, pair_list, options);
    copies = verified.ok() ? verified->size() : 0;
  });
  std::printf("docs=%zu windows=%lld candidates=%zu copies=%zu\n",
              corpus.docs.size(), static_cast<long long>(batch.windows),
              pairs.size(), copies);
  return 0;
}

}  // namespace
}  // namespace wirecheck

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: stage_bench <jsonl> [reps=5]\n");
    return 2;
  }
  const int reps = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  return wirecheck::Run(argv[1], reps);
}
