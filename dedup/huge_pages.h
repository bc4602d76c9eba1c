// dedup/huge_pages.h: back a large vector with transparent huge pages.
//
// On first touch every 4 KiB page of fresh memory costs a page fault, and
// on virtual machines a fault is expensive: zero-filling the batch's 150 MB
// band-key array cost more than computing it. Where transparent huge pages
// are in "madvise" mode (the usual default), asking for them on a large
// buffer before it is first written makes that 512 times fewer faults.
// Only the advice changes; contents and results are the same, and where
// huge pages are unavailable the call is a no-op. (The band-key array no
// longer uses it: written by every sketching thread instead of one fill,
// it cost less system time on 4 KB pages; see dedup/sketch.cc.)
//
//   std::vector<uint32_t> keys;
//   ReserveHugePages(&keys, n);  // Capacity n, not yet touched.
//   keys.assign(n, 0);           // Faults in 2 MiB pages.
#ifndef WIRECHECK_DEDUP_HUGE_PAGES_H_
#define WIRECHECK_DEDUP_HUGE_PAGES_H_

#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace wirecheck {

// Reserves capacity for `n` elements in an empty `v` and advises the
// kernel to back the whole 2 MiB pages inside it with huge pages.
template <typename T>
void ReserveHugePages(std::vector<T>* v, size_t n) {
  constexpr uintptr_t kHuge = uintptr_t{2} << 20;
  v->reserve(n);
  if (n * sizeof(T) < 4 * kHuge) return;  // Not worth a system call.
  const uintptr_t begin = reinterpret_cast<uintptr_t>(v->data());
  const uintptr_t end = begin + n * sizeof(T);
  const uintptr_t first = (begin + kHuge - 1) & ~(kHuge - 1);
  const uintptr_t last = end & ~(kHuge - 1);
#ifdef MADV_HUGEPAGE
  if (last > first) {
    madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
  }
#endif
}

}  // namespace wirecheck

#endif  // WIRECHECK_DEDUP_HUGE_PAGES_H_
