#include "store/postings.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "store/varint.h"
#include "xxhash.h"

namespace wirecheck {
namespace {

constexpr int kKeyBitsInBucket = kPostingKeyBits - kBucketBits;
constexpr size_t kCheckBytes = 4;

// Seeded with the bucket: a blob read as another bucket's does not check.
uint32_t CheckOf(absl::string_view bytes, uint32_t bucket) {
  return static_cast<uint32_t>(
      XXH3_64bits_withSeed(bytes.data(), bytes.size(), bucket));
}

bool Before(const Posting& x, const Posting& y) {
  return x.key != y.key ? x.key < y.key : x.seq < y.seq;
}

absl::Status Damaged(absl::string_view why) {
  return absl::DataLossError(absl::StrCat("index bucket ", why));
}

}  // namespace

uint32_t PostingKey(uint64_t hash) {
  return static_cast<uint32_t>(hash & ((uint64_t{1} << kPostingKeyBits) - 1));
}

uint32_t BucketOf(uint32_t key) { return key >> kKeyBitsInBucket; }

std::string EncodeBucket(const std::vector<Posting>& postings,
                         uint32_t bucket) {
  std::string out;
  out.reserve(postings.size() * 5 + 8);
  PutVarint(postings.size(), &out);
  uint64_t key = uint64_t{bucket} << kKeyBitsInBucket;
  int64_t seq = 0;
  for (size_t i = 0; i < postings.size(); ++i) {
    const Posting& p = postings[i];
    const bool repeat = i > 0 && p.key == key;
    PutVarint(p.key - key, &out);
    PutVarint(static_cast<uint64_t>(repeat ? p.seq - seq : p.seq), &out);
    key = p.key;
    seq = p.seq;
  }
  const uint32_t check = CheckOf(out, bucket);
  for (size_t b = 0; b < kCheckBytes; ++b) {
    out.push_back(static_cast<char>((check >> (8 * b)) & 0xFF));
  }
  return out;
}

namespace {

// The postings of a bucket blob after every check DecodeBucket promises;
// with `keys` (sorted), only those whose key is among them.
absl::StatusOr<std::vector<Posting>> ReadBucket(
    absl::string_view blob, uint32_t bucket,
    const absl::Span<const uint32_t>* keys) {
  if (blob.size() < kCheckBytes + 1) return Damaged("is cut short");
  const absl::string_view body = blob.substr(0, blob.size() - kCheckBytes);
  uint32_t check = 0;
  for (size_t b = 0; b < kCheckBytes; ++b) {
    check |= uint32_t{static_cast<uint8_t>(blob[body.size() + b])} << (8 * b);
  }
  if (CheckOf(body, bucket) != check)
    return Damaged("does not match its checksum");
  absl::string_view in = body;
  uint64_t n = 0;
  // Each posting takes at least two bytes: a larger count is damage, refused
  // before it is allocated.
  if (!GetVarint(&in, &n) || n > in.size() / 2) {
    return Damaged("declares more postings than it holds");
  }
  std::vector<Posting> out;
  if (keys == nullptr) out.reserve(n);
  const uint32_t* wanted = keys == nullptr ? nullptr : keys->begin();
  uint64_t key = uint64_t{bucket} << kKeyBitsInBucket;
  int64_t seq = 0;
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t step = 0, row = 0;
    if (!GetVarint(&in, &step) || !GetVarint(&in, &row)) {
      return Damaged("is cut short");
    }
    const bool repeat = i > 0 && step == 0;
    key += step;
    if (repeat) {
      if (row == 0 || row > static_cast<uint64_t>(INT64_MAX - seq)) {
        return Damaged("repeats a posting");
      }
      seq += static_cast<int64_t>(row);
    } else {
      if (row == 0 || row > static_cast<uint64_t>(INT64_MAX)) {
        return Damaged("names no row");
      }
      seq = static_cast<int64_t>(row);
    }
    if (key >= (uint64_t{1} << kPostingKeyBits) ||
        BucketOf(static_cast<uint32_t>(key)) != bucket) {
      return Damaged("holds a key of another bucket");
    }
    if (keys != nullptr) {
      // Keys rise through a bucket, so the wanted ones are met in order.
      while (wanted != keys->end() && *wanted < key) ++wanted;
      if (wanted == keys->end() || *wanted != key) continue;
    }
    out.push_back({key, seq});
  }
  if (!in.empty()) return Damaged("has bytes after its postings");
  return out;
}

}  // namespace

absl::StatusOr<std::vector<Posting>> DecodeBucket(absl::string_view blob,
                                                  uint32_t bucket) {
  return ReadBucket(blob, bucket, nullptr);
}

absl::StatusOr<std::vector<Posting>> FindInBucket(
    absl::string_view blob, uint32_t bucket, absl::Span<const uint32_t> keys) {
  return ReadBucket(blob, bucket, &keys);
}

int64_t BucketSize(absl::string_view blob) {
  uint64_t n = 0;
  if (!GetVarint(&blob, &n) || n > blob.size()) return 0;
  return static_cast<int64_t>(n);
}

std::vector<Posting> MergePostings(
    const std::vector<Posting>& a, const std::vector<Posting>& b,
    const absl::flat_hash_set<int64_t>& dropped) {
  std::vector<Posting> out;
  out.reserve(a.size() + b.size());
  auto add = [&](const Posting& p) {
    if (dropped.contains(p.seq)) return;
    if (!out.empty() && out.back().key == p.key && out.back().seq == p.seq) {
      return;
    }
    out.push_back(p);
  };
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && !Before(b[j], a[i]))) {
      add(a[i++]);
    } else {
      add(b[j++]);
    }
  }
  return out;
}

}  // namespace wirecheck
