// store/postings.h: how the store packs its two indexes (which stored
// articles hold a passage fingerprint, which an event term).
//
// An index entry (a posting) is a 31-bit key and the row of the article
// holding it. A B-tree row per posting cost about 14 bytes and, worse, a
// batch's postings land on every leaf page of it, so each run rewrote the
// whole index. Postings are therefore kept in two levels:
//   * buckets: all postings whose keys share their top kBucketBits bits, in
//     one blob per bucket (key order), read whole by a lookup;
//   * recent: the postings of the runs since the last merge, one B-tree row
//     each, cheap to add to while they are few.
// When the recent level reaches 1/kMergeShare of the bucketed one, a run
// merges it into the buckets (and drops the postings of versions no lookup
// may return). A run's writes then stay in proportion to its batch on
// average, whatever the size of the archive.
//
// A bucket blob: the number of postings (varint); per posting, the key's
// distance from the one before (the first from the bucket's first key)
// and the row, or, when the key repeats, the row's distance from the row
// before (varints); then the low 32 bits of the XXH3-64 of all that seeded
// with the bucket number, little-endian. About 5 bytes a posting.
//
//   std::string blob = EncodeBucket(postings, bucket);
//   ASSIGN_OR_RETURN(std::vector<Posting> back, DecodeBucket(blob, bucket));
#ifndef WIRECHECK_STORE_POSTINGS_H_
#define WIRECHECK_STORE_POSTINGS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace wirecheck {

struct Posting {
  uint64_t key = 0;  // The looked-up value, as given.
  int64_t seq = 0;   // The article row.
};

inline bool operator==(const Posting& x, const Posting& y) {
  return x.key == y.key && x.seq == y.seq;
}

// Keys are kept to 31 bits (a collision only adds a candidate, which
// verification drops); buckets are their top 12 bits: about 300 passage
// postings (1.5 KB) a bucket at 30,000 articles.
inline constexpr int kPostingKeyBits = 31;
inline constexpr int kBucketBits = 12;
inline constexpr uint32_t kBuckets = uint32_t{1} << kBucketBits;
// The recent level is merged into the buckets once it holds this share
// (1/kMergeShare) of the bucketed postings.
inline constexpr int kMergeShare = 8;

// The 31-bit key stored for a 64-bit hash.
uint32_t PostingKey(uint64_t hash);
// The bucket of a 31-bit key.
uint32_t BucketOf(uint32_t key);

// REQUIRES: `postings` sorted by (key, seq), unique, every key in `bucket`,
// every seq > 0.
std::string EncodeBucket(const std::vector<Posting>& postings, uint32_t bucket);
// DataLoss unless `blob` is exactly what EncodeBucket wrote for `bucket`
// (checksum, order, range, length), never a guess.
absl::StatusOr<std::vector<Posting>> DecodeBucket(absl::string_view blob,
                                                  uint32_t bucket);
// The postings of `blob` whose keys are among `keys` (sorted, unique), in
// the order DecodeBucket gives them, after the same checks: a lookup
// keeps a few of a bucket's postings, so the rest are read, not kept.
absl::StatusOr<std::vector<Posting>> FindInBucket(
    absl::string_view blob, uint32_t bucket, absl::Span<const uint32_t> keys);
// The number of postings `blob` declares (for statistics), without
// decoding it; 0 when it declares none readable.
int64_t BucketSize(absl::string_view blob);

// `a` and `b` (each sorted by (key, seq)) as one sorted list without
// repeats and without the postings of rows in `dropped`.
std::vector<Posting> MergePostings(const std::vector<Posting>& a,
                                   const std::vector<Posting>& b,
                                   const absl::flat_hash_set<int64_t>& dropped);

}  // namespace wirecheck

#endif  // WIRECHECK_STORE_POSTINGS_H_
