#include "dedup/align.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "absl/container/flat_hash_map.h"

namespace wirecheck {
namespace {

struct Seed {
  int diagonal;  // source position - copy position.
  int copy;
  int source;
};

// Every (copy position, source position) whose shingles are equal, at most
// `max_repeats` source positions (the first ones) per copy position.
std::vector<Seed> FindSeeds(const std::vector<uint64_t>& source_seq,
                            const std::vector<uint64_t>& copy_seq,
                            int max_repeats) {
  // Source positions of each hash as linked lists in ascending order:
  // first[h] is the first position, next[j] the one after j (-1 at the end).
  absl::flat_hash_map<uint64_t, int> first;
  first.reserve(source_seq.size());
  std::vector<int> next(source_seq.size(), -1);
  for (int j = static_cast<int>(source_seq.size()) - 1; j >= 0; --j) {
    auto [it, inserted] = first.try_emplace(source_seq[j], j);
    if (!inserted) {
      next[j] = it->second;
      it->second = j;
    }
  }
  std::vector<Seed> seeds;
  for (size_t i = 0; i < copy_seq.size(); ++i) {
    auto it = first.find(copy_seq[i]);
    if (it == first.end()) continue;
    int n = 0;
    for (int j = it->second; j >= 0 && n < max_repeats; j = next[j], ++n) {
      seeds.push_back({j - static_cast<int>(i), static_cast<int>(i), j});
    }
  }
  return seeds;
}

// Runs of seeds on one diagonal at consecutive copy positions, as token
// ranges (a run of shingles [a, b] covers tokens [a, b + k)).
// Seeds ordered by (diagonal, copy). A diagonal and a copy position fix the
// seed, so this is one total order however it is reached: a counting sort
// on the diagonal (stable, and `found` is in copy order) when seeds are
// many for the (-copy_size, source_size) range of diagonals, else a
// comparison sort.
std::vector<Seed> SortSeeds(std::vector<Seed> found, int source_size,
                            int copy_size) {
  const size_t range = static_cast<size_t>(source_size) + copy_size + 1;
  if (found.size() * 4 < range) {
    std::sort(found.begin(), found.end(), [](const Seed& x, const Seed& y) {
      return std::tie(x.diagonal, x.copy) < std::tie(y.diagonal, y.copy);
    });
    return found;
  }
  std::vector<int> start(range, 0);
  for (const Seed& s : found) ++start[s.diagonal + copy_size];
  int sum = 0;
  for (int& c : start) {
    const int count = c;
    c = sum;
    sum += count;
  }
  std::vector<Seed> seeds(found.size());
  for (const Seed& s : found) seeds[start[s.diagonal + copy_size]++] = s;
  return seeds;
}

std::vector<TokenRegion> ExtendRuns(std::vector<Seed> found, int source_size,
                                    int copy_size, int k) {
  const std::vector<Seed> seeds =
      SortSeeds(std::move(found), source_size, copy_size);
  std::vector<TokenRegion> runs;
  for (size_t s = 0; s < seeds.size();) {
    size_t e = s + 1;
    while (e < seeds.size() && seeds[e].diagonal == seeds[s].diagonal &&
           seeds[e].copy == seeds[e - 1].copy + 1) {
      ++e;
    }
    runs.push_back({seeds[s].source, seeds[e - 1].source + k, seeds[s].copy,
                    seeds[e - 1].copy + k});
    s = e;
  }
  return runs;
}

// Longest runs first, skipping any that overlaps a picked one on the copy.
std::vector<TokenRegion> PickDisjoint(std::vector<TokenRegion> runs) {
  std::sort(runs.begin(), runs.end(),
            [](const TokenRegion& x, const TokenRegion& y) {
              if (x.copy_tokens() != y.copy_tokens()) {
                return x.copy_tokens() > y.copy_tokens();
              }
              return std::tie(x.copy_begin, x.source_begin) <
                     std::tie(y.copy_begin, y.source_begin);
            });
  std::vector<TokenRegion> picked;  // Kept sorted by copy_begin.
  for (const TokenRegion& r : runs) {
    auto it = std::lower_bound(picked.begin(), picked.end(), r,
                               [](const TokenRegion& x, const TokenRegion& y) {
                                 return x.copy_begin < y.copy_begin;
                               });
    const bool overlaps_next =
        it != picked.end() && it->copy_begin < r.copy_end;
    const bool overlaps_prev =
        it != picked.begin() && std::prev(it)->copy_end > r.copy_begin;
    if (!overlaps_next && !overlaps_prev) picked.insert(it, r);
  }
  return picked;
}

}  // namespace

std::vector<TokenRegion> AlignShingles(const std::vector<uint64_t>& source_seq,
                                       const std::vector<uint64_t>& copy_seq,
                                       const AlignOptions& options) {
  std::vector<TokenRegion> picked = PickDisjoint(
      ExtendRuns(FindSeeds(source_seq, copy_seq, options.max_seed_repeats),
                 static_cast<int>(source_seq.size()),
                 static_cast<int>(copy_seq.size()), options.shingle));
  std::vector<TokenRegion> merged;
  for (const TokenRegion& r : picked) {
    if (!merged.empty()) {
      TokenRegion& last = merged.back();
      const int copy_gap = r.copy_begin - last.copy_end;
      const int source_gap = r.source_begin - last.source_end;
      if (copy_gap <= options.max_gap_tokens &&
          source_gap <= options.max_gap_tokens &&
          source_gap >= -options.shingle && r.source_end > last.source_end) {
        last.copy_end = r.copy_end;
        last.source_end = r.source_end;
        continue;
      }
    }
    merged.push_back(r);
  }
  std::vector<TokenRegion> kept;
  for (const TokenRegion& r : merged) {
    if (r.copy_tokens() >= options.min_region_tokens) kept.push_back(r);
  }
  return kept;
}

}  // namespace wirecheck
