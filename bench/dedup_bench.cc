// bench/dedup_bench: wall time, throughput and peak RSS of a whole dedup run
// (read + parse JSONL, prepare documents, FindCopies) on one JSONL file.
//
//   bazel run -c opt //bench:dedup_bench -- /tmp/corpus.jsonl [limit] [threads]
//   [lite]
//
// Run one configuration per process: peak RSS (getrusage) is per process.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "bench/corpus.h"
#include "dedup/dedup.h"

namespace wirecheck {
namespace {

// Every reported copy, one line each, for checking that an optimisation
// leaves the results byte-identical (diff two dumps).
void DumpCopies(const DedupResult& r, const char* path) {
  FILE* f = std::fopen(path, "w");
  if (f == nullptr) return;
  for (const CopyPair& p : r.copies) {
    std::fprintf(f, "%d %d %d %.17g %.17g %d %s %u %u", p.source, p.copy,
                 p.by_date, p.similarity, p.containment, p.credited,
                 p.credit.c_str(), p.credit_span.begin, p.credit_span.end);
    for (const AlignedSpan& s : p.spans) {
      std::fprintf(f, " [%u,%u)->[%u,%u)", s.source.begin, s.source.end,
                   s.copy.begin, s.copy.end);
    }
    std::fprintf(f, "\n");
  }
  for (const Cluster& c : r.clusters) {
    std::fprintf(f, "cluster %d:", c.origin);
    for (int m : c.members) std::fprintf(f, " %d", m);
    std::fprintf(f, "\n");
  }
  std::fclose(f);
}

int Run(const char* path, int limit, int threads, Pipeline pipeline) {
  const auto t0 = std::chrono::steady_clock::now();
  MappedFile file(path);
  const absl::string_view bytes = file.bytes();
  if (!file.ok()) {
    std::fprintf(stderr, "cannot read %s\n", path);
    return 1;
  }
  const double read_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
          .count();
  Corpus corpus = ParseCorpus(bytes, limit, pipeline);
  file.Release();
  PrepareCorpus(threads, pipeline, &corpus);
  DedupOptions options;
  options.threads = threads;
  if (const char* df = std::getenv("DEDUP_MAX_DF"))
    options.max_df = std::atof(df);
  const auto t1 = std::chrono::steady_clock::now();
  absl::StatusOr<DedupResult> result =
      FindCopies(corpus.articles, corpus.docs, options);
  const auto t2 = std::chrono::steady_clock::now();
  if (!result.ok()) {
    std::fprintf(stderr, "%s\n", result.status().ToString().c_str());
    return 1;
  }
  if (const char* dump = std::getenv("DEDUP_DUMP")) DumpCopies(*result, dump);
  const double dedup_s = std::chrono::duration<double>(t2 - t1).count();
  const double wall = std::chrono::duration<double>(t2 - t0).count();
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  const double mb = corpus.text_bytes / 1e6;
  std::printf(
      "docs=%zu text=%.1fMB threads=%d wall=%.2fs (read %.2f parse %.2f "
      "prepare %.2f dedup %.2f = sketch %.2f + lsh %.2f + verify %.2f) %.1f "
      "MB/s %.0f docs/s cpu=%.2fs peak_rss=%.0fMB "
      "windows=%lld candidates=%lld copies=%lld clusters=%zu bands=%dx%d "
      "[%s]\n",
      corpus.articles.size(), mb, threads, wall, read_s, corpus.parse_seconds,
      corpus.prepare_seconds, dedup_s, result->sketch_seconds,
      result->candidate_seconds, result->verify_seconds, mb / wall,
      corpus.articles.size() / wall,
      usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
          usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6,
      usage.ru_maxrss / 1024.0, static_cast<long long>(result->windows),
      static_cast<long long>(result->candidates),
      static_cast<long long>(result->verified), result->clusters.size(),
      result->bands, result->rows, corpus.pipeline.c_str());
  return 0;
}

}  // namespace
}  // namespace wirecheck

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: dedup_bench <jsonl> [limit=-1] [threads=2] [lite]\n");
    return 2;
  }
  const int limit = argc > 2 ? std::atoi(argv[2]) : -1;
  const int threads = argc > 3 ? std::atoi(argv[3]) : 2;
  const bool lite = argc > 4 && std::string(argv[4]) == "lite";
  return wirecheck::Run(
      argv[1], limit, threads,
      lite ? wirecheck::Pipeline::kLite : wirecheck::Pipeline::kReal);
}
