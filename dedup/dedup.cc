#include "dedup/dedup.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>

#include "absl/strings/str_format.h"
#include "dedup/align.h"
#include "dedup/credit.h"
#include "dedup/lsh.h"
#include "dedup/minhash.h"
#include "dedup/shingle.h"
#include "dedup/sketch.h"
#include "dedup/verify.h"
#include "util/parallel.h"

namespace wirecheck {
namespace {

double SecondsSince(std::chrono::steady_clock::time_point* t) {
  const auto now = std::chrono::steady_clock::now();
  const double s = std::chrono::duration<double>(now - *t).count();
  *t = now;
  return s;
}

absl::Status Validate(const DedupOptions& o) {
  if (!(o.threshold > 0.0 && o.threshold <= 1.0)) {
    return absl::InvalidArgumentError("dedup threshold must be in (0, 1]");
  }
  if (o.shingle < 1) return absl::InvalidArgumentError("shingle must be >= 1");
  if (o.num_perm < 1 || o.num_perm > 4096) {
    return absl::InvalidArgumentError("num_perm must be in [1, 4096]");
  }
  if (o.min_passage < 1) {
    return absl::InvalidArgumentError("min_passage must be >= 1");
  }
  if (!(o.max_df > 0.0))
    return absl::InvalidArgumentError("max_df must be > 0");
  if (!(o.window_jaccard > 0.0 && o.window_jaccard < 1.0)) {
    return absl::InvalidArgumentError("window_jaccard must be in (0, 1)");
  }
  if (o.threads < 0) return absl::InvalidArgumentError("threads must be >= 0");
  return absl::OkStatus();
}

int WindowShingles(const DedupOptions& o) {
  return std::max(o.min_passage - o.shingle + 1, 8);
}

// Document-frequency limit as a count of documents.
int64_t MaxDfCount(const DedupOptions& o, size_t num_docs) {
  if (o.max_df >= 1.0) return static_cast<int64_t>(o.max_df);
  return std::max<int64_t>(
      2, static_cast<int64_t>(std::ceil(o.max_df * num_docs)));
}

// Shingle hashes in text order of every document in some pair (empty for
// the others): a document takes part in two pairs on average, and hashing
// it once is cheaper than once per pair.
std::vector<std::vector<uint64_t>> PairSequences(
    const std::vector<Document>& docs,
    const std::vector<std::pair<int, int>>& pairs, const DedupOptions& o) {
  std::vector<uint8_t> needed(docs.size(), 0);
  for (const auto& [a, b] : pairs) needed[a] = needed[b] = 1;
  std::vector<std::vector<uint64_t>> seqs(docs.size());
  ParallelFor(docs.size(), o.threads, [&](size_t i) {
    if (needed[i]) ShingleHashesInto(docs[i].tokens, o.shingle, &seqs[i]);
  });
  return seqs;
}

std::optional<CopyPair> VerifyPair(
    int a, int b, const std::vector<Article>& articles,
    const std::vector<Document>& docs,
    const std::vector<std::vector<uint64_t>>& sets,
    const std::vector<std::vector<uint64_t>>& seqs, const DedupOptions& o) {
  const SetOverlap overlap = CompareSets(sets[a], sets[b]);
  const Direction dir = ChooseDirection(
      a, b, articles, overlap.ContainmentOfAInB(), overlap.ContainmentOfBInA());
  const double containment =
      dir.copy == a ? overlap.ContainmentOfAInB() : overlap.ContainmentOfBInA();
  const int passage_shingles = std::max(1, o.min_passage - o.shingle + 1);
  if (containment < o.threshold && overlap.shared < passage_shingles / 2) {
    return std::nullopt;  // Too few shared shingles for any passage.
  }
  const TokenList& src_tokens = docs[dir.source].tokens;
  const TokenList& copy_tokens = docs[dir.copy].tokens;
  AlignOptions align;
  align.shingle = o.shingle;
  align.min_region_tokens = std::min(o.min_passage, 2 * o.shingle);
  const std::vector<TokenRegion> regions =
      AlignShingles(seqs[dir.source], seqs[dir.copy], align);
  int longest = 0;
  for (const TokenRegion& r : regions)
    longest = std::max(longest, r.copy_tokens());
  if (containment < o.threshold && longest < o.min_passage) return std::nullopt;

  CopyPair pair;
  pair.source = dir.source;
  pair.copy = dir.copy;
  pair.by_date = dir.by_date;
  pair.similarity = overlap.Jaccard();
  pair.containment = containment;
  for (const TokenRegion& r : regions) {
    pair.spans.push_back(
        {TokenRangeSpan(src_tokens, r.source_begin, r.source_end),
         TokenRangeSpan(copy_tokens, r.copy_begin, r.copy_end)});
  }
  return pair;
}

// Fills the credit fields of every verified pair. Attributions are found
// once per article that takes part in some pair.
void AddCredits(const std::vector<Article>& articles, int threads,
                std::vector<std::optional<CopyPair>>* pairs) {
  const CreditFinder& finder = CreditFinder::Default();
  std::vector<uint8_t> needed(articles.size(), 0);
  for (const auto& p : *pairs) {
    if (p) needed[p->source] = needed[p->copy] = 1;
  }
  std::vector<std::vector<Attribution>> found(articles.size());
  ParallelFor(articles.size(), threads, [&](size_t i) {
    if (needed[i]) found[i] = finder.FindAttributions(articles[i].text);
  });
  ParallelFor(pairs->size(), threads, [&](size_t i) {
    std::optional<CopyPair>& p = (*pairs)[i];
    if (!p) return;
    const CreditCheck credit =
        CheckCredit(finder, found[p->copy], articles[p->copy].text,
                    found[p->source], articles[p->source].outlet);
    const std::string stem = OutletStem(articles[p->source].outlet);
    p->same_outlet =
        !stem.empty() && stem == OutletStem(articles[p->copy].outlet);
    p->credited = credit.credited;
    p->credit = credit.text;
    p->credit_span = credit.span;
  });
}

// Verifies distinct sorted `pairs` and returns the copies sorted by
// (source, copy).
std::vector<CopyPair> VerifySorted(
    const std::vector<Article>& articles, const std::vector<Document>& docs,
    const std::vector<std::vector<uint64_t>>& sets,
    const std::vector<std::pair<int, int>>& pairs, const DedupOptions& o) {
  std::vector<std::optional<CopyPair>> verified(pairs.size());
  {
    const std::vector<std::vector<uint64_t>> seqs =
        PairSequences(docs, pairs, o);
    ParallelFor(pairs.size(), o.threads, [&](size_t i) {
      verified[i] = VerifyPair(pairs[i].first, pairs[i].second, articles, docs,
                               sets, seqs, o);
    });
  }
  AddCredits(articles, o.threads, &verified);
  std::vector<CopyPair> copies;
  for (auto& v : verified) {
    if (v) copies.push_back(std::move(*v));
  }
  std::sort(copies.begin(), copies.end(),
            [](const CopyPair& x, const CopyPair& y) {
              return std::make_pair(x.source, x.copy) <
                     std::make_pair(y.source, y.copy);
            });
  return copies;
}

}  // namespace

absl::StatusOr<SketchOptions> SketchOptionsFor(const DedupOptions& options,
                                               size_t num_docs) {
  absl::Status valid = Validate(options);
  if (!valid.ok()) return valid;
  SketchOptions sketch;
  sketch.shingle = options.shingle;
  sketch.window = WindowShingles(options);
  sketch.max_df = MaxDfCount(options, num_docs);
  sketch.num_perm = options.num_perm;
  sketch.seed = options.seed;
  sketch.lsh = OptimalLshParams(options.window_jaccard, options.num_perm);
  sketch.threads = options.threads;
  return sketch;
}

int MaxBucketDocs(const SketchOptions& sketch) {
  return static_cast<int>(std::min<int64_t>(sketch.max_df, int64_t{1} << 30));
}

absl::StatusOr<std::vector<CopyPair>> VerifyCandidates(
    const std::vector<Article>& articles, const std::vector<Document>& docs,
    const std::vector<std::vector<uint64_t>>& sets,
    std::vector<std::pair<int, int>> pairs, const DedupOptions& options) {
  absl::Status valid = Validate(options);
  if (!valid.ok()) return valid;
  const size_t n = articles.size();
  if (docs.size() != n || sets.size() != n) {
    return absl::InvalidArgumentError(
        "articles, documents and shingle sets differ in number");
  }
  for (auto& [a, b] : pairs) {
    if (a < 0 || b < 0 || a >= static_cast<int>(n) ||
        b >= static_cast<int>(n) || a == b) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "candidate pair (%d, %d) is not two of %d articles", a, b, n));
    }
    if (a > b) std::swap(a, b);
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return VerifySorted(articles, docs, sets, pairs, options);
}

absl::StatusOr<std::string> ExplainLsh(const DedupOptions& options) {
  absl::Status valid = Validate(options);
  if (!valid.ok()) return valid;
  const LshParams lsh =
      OptimalLshParams(options.window_jaccard, options.num_perm);
  return absl::StrFormat(
             "Passage windows of %d shingles (k=%d), stride %d; shingles in "
             "more than %g documents ignored for candidates.\n",
             WindowShingles(options), options.shingle,
             std::max(1, WindowShingles(options) / 2), options.max_df) +
         ExplainLsh(lsh, options.window_jaccard, options.num_perm);
}

absl::StatusOr<DedupResult> FindCopies(const std::vector<Article>& articles,
                                       const std::vector<Document>& docs,
                                       const DedupOptions& options) {
  return FindCopies(articles, docs, options, std::vector<bool>());
}

absl::StatusOr<DedupResult> FindCopies(const std::vector<Article>& articles,
                                       const std::vector<Document>& docs,
                                       const DedupOptions& options,
                                       const std::vector<bool>& is_new) {
  absl::Status valid = Validate(options);
  if (!valid.ok()) return valid;
  if (articles.size() != docs.size()) {
    return absl::InvalidArgumentError(
        "articles and documents differ in number");
  }
  DedupResult result;
  auto clock = std::chrono::steady_clock::now();
  absl::StatusOr<SketchOptions> sketch_options =
      SketchOptionsFor(options, docs.size());
  if (!sketch_options.ok()) return sketch_options.status();
  const SketchOptions& sketch = *sketch_options;
  result.bands = sketch.lsh.bands;
  result.rows = sketch.lsh.rows;
  BatchSketch batch = SketchBatch(docs, sketch);
  result.windows = batch.windows;
  result.sketch_seconds = SecondsSince(&clock);

  CandidateOptions cand;
  cand.max_bucket_docs = MaxBucketDocs(sketch);
  cand.threads = options.threads;
  cand.involving = is_new;
  std::vector<uint64_t> pairs =
      CandidatePairs(batch.band_keys, batch.item_doc, sketch.lsh.bands, cand);
  if (!is_new.empty()) {
    pairs.erase(std::remove_if(pairs.begin(), pairs.end(),
                               [&](uint64_t p) {
                                 return !is_new[p >> 32] &&
                                        !is_new[p & 0xFFFFFFFF];
                               }),
                pairs.end());
  }
  BandKeys().swap(batch.band_keys);
  result.candidates = static_cast<int64_t>(pairs.size());
  result.candidate_seconds = SecondsSince(&clock);

  std::vector<std::pair<int, int>> pair_list(pairs.size());
  for (size_t i = 0; i < pairs.size(); ++i) {
    pair_list[i] = {static_cast<int>(pairs[i] >> 32),
                    static_cast<int>(pairs[i] & 0xFFFFFFFF)};
  }
  std::vector<uint64_t>().swap(pairs);
  result.copies = VerifySorted(articles, docs, batch.sets, pair_list, options);
  std::vector<std::pair<int, int>> edges;
  for (const CopyPair& c : result.copies) edges.push_back({c.source, c.copy});
  result.verified = static_cast<int64_t>(result.copies.size());
  result.clusters = BuildClusters(edges, articles);
  result.verify_seconds = SecondsSince(&clock);
  return result;
}

}  // namespace wirecheck
