// util/parallel.h: a tiny deterministic parallel-for, the one thread pool.
//
// Work items are independent and each writes only its own output slot, so
// the result never depends on the number of threads or their scheduling.
// Items are handed out in small chunks from an atomic counter, which keeps
// both cores busy when documents differ a lot in length.
//
//   std::vector<int> out(n);
//   ParallelFor(n, /*threads=*/2, [&](size_t i) { out[i] = Work(i); });
#ifndef WIRECHECK_UTIL_PARALLEL_H_
#define WIRECHECK_UTIL_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace wirecheck {

// Number of worker threads to use for `requested` (0 = all cores).
inline int ResolveThreads(int requested) {
  if (requested > 0) return requested;
  unsigned hw = std::thread::hardware_concurrency();
  return hw == 0 ? 1 : static_cast<int>(hw);
}

// Calls fn(i) for every i in [0, n), on up to `threads` threads.
template <typename Fn>
void ParallelFor(size_t n, int threads, Fn&& fn) {
  threads = std::min<int>(ResolveThreads(threads), static_cast<int>(n));
  if (threads <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  const size_t chunk =
      std::max<size_t>(1, n / (static_cast<size_t>(threads) * 64));
  std::atomic<size_t> next{0};
  auto worker = [&]() {
    for (;;) {
      size_t begin = next.fetch_add(chunk, std::memory_order_relaxed);
      if (begin >= n) return;
      size_t end = std::min(n, begin + chunk);
      for (size_t i = begin; i < end; ++i) fn(i);
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
}

}  // namespace wirecheck

#endif  // WIRECHECK_UTIL_PARALLEL_H_
