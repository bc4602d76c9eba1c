#include "dedup/dedup.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "absl/strings/str_format.h"
#include "dedup/align.h"
#include "dedup/credit.h"
#include "dedup/lsh.h"
#include "dedup/minhash.h"
#include "dedup/parallel.h"
#include "dedup/shingle.h"
#include "dedup/verify.h"

namespace wirecheck {
namespace {
struct PhaseTimer { std::chrono::steady_clock::time_point t = std::chrono::steady_clock::now(); void Lap(const char* n) { if (!getenv("DEDUP_TIMING")) return; auto now = std::chrono::steady_clock::now(); fprintf(stderr, "%s %.3f\n", n, std::chrono::duration<double>(now - t).count()); t = now; } };

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
  if (!(o.max_df > 0.0)) return absl::InvalidArgumentError("max_df must be > 0");
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
  return std::max<int64_t>(2, static_cast<int64_t>(std::ceil(o.max_df * num_docs)));
}

// Two-row count-min sketch of document frequencies with saturating 16-bit
// cells. Each row is filled by one task over all documents (no atomics), so
// the counts never depend on thread timing. At most 2^22 cells per row keep
// it cache-friendly; with max_df around 100 the expected collision noise
// (a few counts per cell) cannot push a rare shingle over the limit.
class DfSketch {
 public:
  DfSketch(const std::vector<std::vector<uint64_t>>& sets, int threads) {
    size_t total = 0;
    for (const auto& s : sets) total += s.size();
    size_t cells = size_t{1} << 16;
    while (cells < total && cells < (size_t{1} << 22)) cells <<= 1;
    mask_ = cells - 1;
    ParallelFor(2, threads, [&](size_t row) {
      std::vector<uint16_t>& counts = rows_[row];
      counts.assign(cells, 0);
      const int shift = row == 0 ? 0 : 32;
      for (const auto& set : sets) {
        for (uint64_t h : set) {
          uint16_t& c = counts[(h >> shift) & mask_];
          if (c != 0xFFFF) ++c;
        }
      }
    });
  }
  int Estimate(uint64_t h) const {
    return std::min(rows_[0][h & mask_], rows_[1][(h >> 32) & mask_]);
  }

 private:
  size_t mask_ = 0;
  std::vector<uint16_t> rows_[2];
};

// Band keys of every passage window of one document. Windows start every
// `window / 2` positions; the last one ends at the document's end.
std::vector<uint32_t> SketchWindows(const std::vector<uint64_t>& seq,
                                    const DfSketch* df, int64_t max_df,
                                    const MinHasher& hasher,
                                    const LshParams& lsh, int window) {
  std::vector<uint32_t> keys;
  if (seq.empty()) return keys;
  const int n = static_cast<int>(seq.size());
  const int stride = std::max(1, window / 2);
  std::vector<uint8_t> frequent(n, 0);  // Looked up once per position.
  if (df != nullptr) {
    for (int i = 0; i < n; ++i) frequent[i] = df->Estimate(seq[i]) > max_df;
  }
  std::vector<int> starts;
  for (int s = 0; s + window < n; s += stride) starts.push_back(s);
  starts.push_back(std::max(0, n - window));
  keys.reserve(starts.size() * lsh.bands);
  std::vector<uint64_t> kept;
  kept.reserve(window);
  std::vector<uint32_t> sig(hasher.num_perm());
  for (int s : starts) {
    kept.clear();
    for (int i = s; i < std::min(n, s + window); ++i) {
      if (!frequent[i]) kept.push_back(seq[i]);
    }
    if (!hasher.Sign(kept.data(), kept.size(), sig.data())) continue;
    AppendBandKeys(sig.data(), lsh, &keys);
  }
  return keys;
}

struct Prepared {
  std::vector<std::vector<uint64_t>> sets;  // Sorted unique shingles.
  std::vector<std::vector<uint32_t>> keys;  // Band keys per window.
};

Prepared SketchAll(const std::vector<Document>& docs, const DedupOptions& o,
                   const LshParams& lsh) {
  const size_t n = docs.size();
  Prepared p;
  PhaseTimer timer;
  p.sets.resize(n);
  p.keys.resize(n);
  ParallelFor(n, o.threads, [&](size_t i) {
    p.sets[i] = UniqueShingles(ShingleHashes(docs[i].tokens, o.shingle));
  });
  timer.Lap("sets");
  const int64_t max_df = MaxDfCount(o, n);
  std::unique_ptr<DfSketch> df;
  if (max_df < static_cast<int64_t>(n)) {
    df = std::make_unique<DfSketch>(p.sets, o.threads);
  }
  timer.Lap("df");
  const MinHasher hasher(o.num_perm, o.seed);
  ParallelFor(n, o.threads, [&](size_t i) {
    p.keys[i] = SketchWindows(ShingleHashes(docs[i].tokens, o.shingle),
                              df.get(), max_df, hasher, lsh, WindowShingles(o));
  });
  timer.Lap("windows");
  return p;
}

std::optional<CopyPair> VerifyPair(int a, int b,
                                   const std::vector<Article>& articles,
                                   const std::vector<Document>& docs,
                                   const Prepared& p, const DedupOptions& o) {
  const SetOverlap overlap = CompareSets(p.sets[a], p.sets[b]);
  const Direction dir = ChooseDirection(a, b, articles,
                                        overlap.ContainmentOfAInB(),
                                        overlap.ContainmentOfBInA());
  const double containment = dir.copy == a ? overlap.ContainmentOfAInB()
                                           : overlap.ContainmentOfBInA();
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
      AlignShingles(ShingleHashes(src_tokens, o.shingle),
                    ShingleHashes(copy_tokens, o.shingle), align);
  int longest = 0;
  for (const TokenRegion& r : regions) longest = std::max(longest, r.copy_tokens());
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
    p->credited = credit.credited;
    p->credit = credit.text;
    p->credit_span = credit.span;
  });
}

}  // namespace

absl::StatusOr<std::string> ExplainLsh(const DedupOptions& options) {
  absl::Status valid = Validate(options);
  if (!valid.ok()) return valid;
  const LshParams lsh = OptimalLshParams(options.window_jaccard, options.num_perm);
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
  absl::Status valid = Validate(options);
  if (!valid.ok()) return valid;
  if (articles.size() != docs.size()) {
    return absl::InvalidArgumentError("articles and documents differ in number");
  }
  DedupResult result;
  const LshParams lsh = OptimalLshParams(options.window_jaccard, options.num_perm);
  result.bands = lsh.bands;
  result.rows = lsh.rows;
  PhaseTimer timer;
  Prepared prepared = SketchAll(docs, options, lsh);

  std::vector<uint32_t> item_doc;
  for (size_t d = 0; d < docs.size(); ++d) {
    item_doc.insert(item_doc.end(), prepared.keys[d].size() / lsh.bands,
                    static_cast<uint32_t>(d));
  }
  // Band-major layout: each band's keys are one contiguous scan.
  std::vector<uint32_t> band_keys(item_doc.size() * lsh.bands);
  for (size_t d = 0, item = 0; d < docs.size(); ++d) {
    const std::vector<uint32_t>& k = prepared.keys[d];
    for (size_t w = 0; w < k.size() / lsh.bands; ++w, ++item) {
      for (int b = 0; b < lsh.bands; ++b) {
        band_keys[b * item_doc.size() + item] = k[w * lsh.bands + b];
      }
    }
    std::vector<uint32_t>().swap(prepared.keys[d]);
  }
  result.windows = static_cast<int64_t>(item_doc.size());
  CandidateOptions cand;
  cand.max_bucket_docs = static_cast<int>(
      std::min<int64_t>(MaxDfCount(options, docs.size()), 1 << 30));
  cand.threads = options.threads;
  const std::vector<uint64_t> pairs =
      CandidatePairs(band_keys, item_doc, lsh.bands, cand);
  result.candidates = static_cast<int64_t>(pairs.size());
  timer.Lap("candidates");

  std::vector<std::optional<CopyPair>> verified(pairs.size());
  ParallelFor(pairs.size(), options.threads, [&](size_t i) {
    verified[i] = VerifyPair(static_cast<int>(pairs[i] >> 32),
                             static_cast<int>(pairs[i] & 0xFFFFFFFF), articles,
                             docs, prepared, options);
  });
  timer.Lap("verify");
  AddCredits(articles, options.threads, &verified);
  timer.Lap("credit");
  std::vector<std::pair<int, int>> edges;
  for (auto& v : verified) {
    if (!v) continue;
    edges.push_back({v->source, v->copy});
    result.copies.push_back(std::move(*v));
  }
  result.verified = static_cast<int64_t>(result.copies.size());
  std::sort(result.copies.begin(), result.copies.end(),
            [](const CopyPair& x, const CopyPair& y) {
              return std::make_pair(x.source, x.copy) <
                     std::make_pair(y.source, y.copy);
            });
  result.clusters = BuildClusters(edges, articles);
  return result;
}

}  // namespace wirecheck
