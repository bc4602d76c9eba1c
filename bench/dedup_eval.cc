// bench/dedup_eval: dedup's pairs vs an exact containment reference.
//
//   bazel run -c opt //bench:dedup_eval -- /tmp/corpus.jsonl [limit] [threads]
//
// The reference is exact, without an all-pairs loop: prefix filtering over an
// inverted index of all shingles. A copy C with |C n S| >= t|C| misses at
// most |C| - ceil(t|C|) of its shingles in S, so S must contain one of any
// |C| - ceil(t|C|) + 1 shingles of C; probing C's rarest shingles (fewest
// postings first) finds every such S, and each is verified on exact sets.
// Pairs are unordered; a pair's reference score is max(containment of a in
// b, of b in a), which is what dedup reports as `containment` when dates do
// not decide the direction (these corpora have no dates).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "bench/corpus.h"
#include "dedup/dedup.h"
#include "dedup/shingle.h"
#include "dedup/verify.h"
#include "util/parallel.h"

namespace wirecheck {
namespace {

using PairKey = uint64_t;
PairKey Key(int a, int b) {
  return (uint64_t(std::min(a, b)) << 32) | uint64_t(std::max(a, b));
}

// Exact reference: unordered pairs with max containment >= t, and the score.
absl::flat_hash_map<PairKey, double> ReferencePairs(
    const std::vector<std::vector<uint64_t>>& sets, double t, int threads) {
  std::vector<std::pair<uint64_t, uint32_t>> postings;
  for (uint32_t d = 0; d < sets.size(); ++d) {
    for (uint64_t h : sets[d]) postings.push_back({h, d});
  }
  std::sort(postings.begin(), postings.end());
  auto range = [&](uint64_t h) {
    return std::equal_range(
        postings.begin(), postings.end(), std::make_pair(h, uint32_t{0}),
        [](const auto& x, const auto& y) { return x.first < y.first; });
  };
  std::vector<std::vector<std::pair<PairKey, double>>> found(sets.size());
  ParallelFor(sets.size(), threads, [&](size_t c) {
    const std::vector<uint64_t>& set = sets[c];
    const int n = static_cast<int>(set.size());
    if (n == 0) return;
    std::vector<std::pair<size_t, uint64_t>> by_df;
    for (uint64_t h : set) {
      auto r = range(h);
      by_df.push_back({static_cast<size_t>(r.second - r.first), h});
    }
    std::sort(by_df.begin(), by_df.end());
    const int prefix = n - static_cast<int>(std::ceil(t * n - 1e-9)) + 1;
    std::vector<uint32_t> candidates;
    for (int i = 0; i < prefix && i < n; ++i) {
      auto r = range(by_df[i].second);
      for (auto it = r.first; it != r.second; ++it) {
        if (it->second != c) candidates.push_back(it->second);
      }
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()),
                     candidates.end());
    for (uint32_t s : candidates) {
      const SetOverlap o = CompareSets(set, sets[s]);
      const double score =
          std::max(o.ContainmentOfAInB(), o.ContainmentOfBInA());
      if (o.ContainmentOfAInB() >= t) found[c].push_back({Key(c, s), score});
    }
  });
  absl::flat_hash_map<PairKey, double> out;
  for (const auto& v : found) {
    for (const auto& [key, score] : v) out[key] = score;
  }
  return out;
}

int Run(const char* path, int limit, int threads) {
  const MappedFile file(path);
  const absl::string_view bytes = file.bytes();
  if (!file.ok()) {
    std::fprintf(stderr, "cannot read %s\n", path);
    return 1;
  }
  Corpus corpus = LoadCorpus(bytes, limit, threads, Pipeline::kReal);
  {
    // ingest drops corpus labels; take cluster_id from the lite reader when
    // both read the same records in the same order.
    const Corpus lite = LoadCorpus(bytes, limit, 1, Pipeline::kLite);
    bool same = lite.articles.size() == corpus.articles.size();
    for (size_t i = 0; same && i < lite.articles.size(); ++i) {
      same = lite.articles[i].text.size() == corpus.articles[i].text.size();
    }
    if (same) corpus.clusters = lite.clusters;
  }
  DedupOptions options;
  options.threads = threads;
  absl::StatusOr<DedupResult> result =
      FindCopies(corpus.articles, corpus.docs, options);
  if (!result.ok()) {
    std::fprintf(stderr, "%s\n", result.status().ToString().c_str());
    return 1;
  }
  std::vector<std::vector<uint64_t>> sets(corpus.docs.size());
  ParallelFor(sets.size(), threads, [&](size_t i) {
    sets[i] =
        UniqueShingles(ShingleHashes(corpus.docs[i].tokens, options.shingle));
  });
  const auto reference = ReferencePairs(sets, 0.5, threads);

  std::printf("corpus %s: %zu docs [%s]\n", path, corpus.articles.size(),
              corpus.pipeline.c_str());
  std::printf("dedup: %zu pairs reported (%lld LSH candidates, %dx%d bands)\n",
              result->copies.size(), static_cast<long long>(result->candidates),
              result->bands, result->rows);
  int passage_only = 0;
  for (const CopyPair& p : result->copies) passage_only += p.containment < 0.5;
  std::printf(
      "  of which passage-only (containment < 0.5, aligned passage >= %d "
      "tokens): %d\n",
      options.min_passage, passage_only);
  // A few passage-only pairs, to eyeball what partial copies look like.
  for (size_t i = 0, shown = 0; i < result->copies.size() && shown < 5;
       i += 1 + result->copies.size() / 7) {
    const CopyPair& p = result->copies[i];
    if (p.containment >= 0.5 || p.spans.empty()) continue;
    ++shown;
    const AlignedSpan& s =
        *std::max_element(p.spans.begin(), p.spans.end(),
                          [](const AlignedSpan& x, const AlignedSpan& y) {
                            return x.copy.size() < y.copy.size();
                          });
    std::printf(
        "  e.g. %s <- %s containment %.2f, %zu spans, longest %u bytes: "
        "%.160s...\n",
        corpus.articles[p.source].id.c_str(),
        corpus.articles[p.copy].id.c_str(), p.containment, p.spans.size(),
        s.copy.size(),
        std::string(s.copy.Of(corpus.articles[p.copy].text)).c_str());
  }
  for (double t : {0.5, 0.8}) {
    int64_t ref = 0, recalled = 0, reported = 0, correct = 0;
    absl::flat_hash_map<PairKey, const CopyPair*> ours;
    for (const CopyPair& p : result->copies) ours[Key(p.source, p.copy)] = &p;
    for (const auto& [key, score] : reference) {
      if (score < t) continue;
      ++ref;
      recalled += ours.count(key);
    }
    for (const CopyPair& p : result->copies) {
      if (p.containment < t) continue;
      ++reported;
      auto it = reference.find(Key(p.source, p.copy));
      correct += it != reference.end() && it->second >= t;
    }
    std::printf(
        "containment >= %.1f: reference %lld pairs, recall %.4f (%lld), "
        "precision %.4f (%lld of %lld reported at >= %.1f)\n",
        t, static_cast<long long>(ref), ref ? double(recalled) / ref : 1.0,
        static_cast<long long>(recalled),
        reported ? double(correct) / reported : 1.0,
        static_cast<long long>(correct), static_cast<long long>(reported), t);
  }
  // Labelled corpora: how many reported pairs stay inside a labelled cluster.
  int labelled = 0, same = 0;
  for (const CopyPair& p : result->copies) {
    if (corpus.clusters[p.source].empty()) continue;
    ++labelled;
    same += corpus.clusters[p.source] == corpus.clusters[p.copy];
  }
  for (size_t i = 0, shown = 0; i < result->copies.size() && shown < 3; ++i) {
    const CopyPair& p = result->copies[i];
    if (corpus.clusters[p.source].empty() ||
        corpus.clusters[p.source] == corpus.clusters[p.copy] ||
        p.spans.empty()) {
      continue;
    }
    if (i % 7 != 0) continue;
    ++shown;
    std::printf(
        "  cross-cluster e.g. %s <- %s containment %.2f: %.200s\n",
        corpus.articles[p.source].id.c_str(),
        corpus.articles[p.copy].id.c_str(), p.containment,
        std::string(p.spans[0].copy.Of(corpus.articles[p.copy].text)).c_str());
  }
  if (labelled > 0) {
    std::printf(
        "labelled clusters: %d of %d reported pairs inside one cluster\n", same,
        labelled);
  }
  return 0;
}

}  // namespace
}  // namespace wirecheck

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: dedup_eval <jsonl> [limit=-1] [threads=2]\n");
    return 2;
  }
  return wirecheck::Run(argv[1], argc > 2 ? std::atoi(argv[2]) : -1,
                        argc > 3 ? std::atoi(argv[3]) : 2);
}
