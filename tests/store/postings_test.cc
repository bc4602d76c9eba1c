#include "store/postings.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace wirecheck {
namespace {

// Keys of bucket `b`: the bucket's first key plus `offset`.
uint64_t KeyIn(uint32_t b, uint64_t offset) {
  return (uint64_t{b} << (kPostingKeyBits - kBucketBits)) + offset;
}

TEST(PostingsTest, KeysAreThirtyOneBitsAndBucketsTheirTopBits) {
  EXPECT_EQ(PostingKey(0xFFFFFFFFFFFFFFFFull), 0x7FFFFFFFu);
  EXPECT_EQ(BucketOf(0), 0u);
  EXPECT_EQ(BucketOf(0x7FFFFFFF), kBuckets - 1);
  EXPECT_EQ(BucketOf(static_cast<uint32_t>(KeyIn(5, 0))), 5u);
  EXPECT_EQ(BucketOf(static_cast<uint32_t>(KeyIn(5, 0)) - 1), 4u);
}

TEST(PostingsTest, ABucketRoundTripsRepeatedKeysAndLargeRows) {
  const uint32_t b = 77;
  const std::vector<Posting> postings = {{KeyIn(b, 0), 1},
                                         {KeyIn(b, 0), 2},
                                         {KeyIn(b, 0), 40000},
                                         {KeyIn(b, 3), 5},
                                         {KeyIn(b, 500000), 1ll << 40}};
  const std::string blob = EncodeBucket(postings, b);
  absl::StatusOr<std::vector<Posting>> back = DecodeBucket(blob, b);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(*back, postings);
  EXPECT_EQ(BucketSize(blob), 5);
  // An empty bucket too.
  absl::StatusOr<std::vector<Posting>> none =
      DecodeBucket(EncodeBucket({}, b), b);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST(PostingsTest, AboutFiveBytesAPosting) {
  // 300 postings spread over a bucket, rows of a 30,000-article store.
  std::vector<Posting> postings;
  for (int i = 0; i < 300; ++i) {
    postings.push_back(
        {KeyIn(9, static_cast<uint64_t>(i) * 1700), 100 * i + 1});
  }
  EXPECT_LE(EncodeBucket(postings, 9).size(), 5u * 300 + 8);
}

TEST(PostingsTest, DamagedBucketsAreDataLossNeverGuesses) {
  const uint32_t b = 3;
  const std::vector<Posting> postings = {{KeyIn(b, 1), 10}, {KeyIn(b, 2), 11}};
  const std::string blob = EncodeBucket(postings, b);
  // Read as another bucket: its keys are not that bucket's.
  EXPECT_EQ(DecodeBucket(blob, b + 1).status().code(),
            absl::StatusCode::kDataLoss);
  // Every flipped byte, every cut.
  for (size_t i = 0; i < blob.size(); ++i) {
    std::string flipped = blob;
    flipped[i] = static_cast<char>(flipped[i] ^ 0x21);
    EXPECT_EQ(DecodeBucket(flipped, b).status().code(),
              absl::StatusCode::kDataLoss)
        << i;
    EXPECT_EQ(DecodeBucket(blob.substr(0, i), b).status().code(),
              absl::StatusCode::kDataLoss)
        << i;
  }
  EXPECT_FALSE(DecodeBucket(blob + "x", b).ok());
}

TEST(PostingsTest, FindInBucketKeepsTheWantedKeysPostingsInOrder) {
  const uint32_t b = 40;
  const std::vector<Posting> postings = {{KeyIn(b, 0), 1},  {KeyIn(b, 0), 9},
                                         {KeyIn(b, 2), 4},  {KeyIn(b, 7), 3},
                                         {KeyIn(b, 7), 30}, {KeyIn(b, 900), 2}};
  const std::string blob = EncodeBucket(postings, b);
  const std::vector<uint32_t> wanted = {
      static_cast<uint32_t>(KeyIn(b, 0)), static_cast<uint32_t>(KeyIn(b, 1)),
      static_cast<uint32_t>(KeyIn(b, 7)), static_cast<uint32_t>(KeyIn(b, 901))};
  absl::StatusOr<std::vector<Posting>> found = FindInBucket(blob, b, wanted);
  ASSERT_TRUE(found.ok()) << found.status();
  EXPECT_EQ(*found, (std::vector<Posting>{{KeyIn(b, 0), 1},
                                          {KeyIn(b, 0), 9},
                                          {KeyIn(b, 7), 3},
                                          {KeyIn(b, 7), 30}}));
  // Every key at once gives the whole bucket; none gives nothing.
  std::vector<uint32_t> all;
  for (const Posting& p : postings) {
    if (all.empty() || all.back() != p.key) {
      all.push_back(static_cast<uint32_t>(p.key));
    }
  }
  EXPECT_EQ(*FindInBucket(blob, b, all), postings);
  EXPECT_TRUE(FindInBucket(blob, b, {})->empty());
  // Damage anywhere is found, past the wanted keys too: all is read.
  for (size_t i = 0; i < blob.size(); ++i) {
    std::string flipped = blob;
    flipped[i] = static_cast<char>(flipped[i] ^ 0x21);
    EXPECT_EQ(FindInBucket(flipped, b, wanted).status().code(),
              absl::StatusCode::kDataLoss)
        << i;
    EXPECT_EQ(FindInBucket(blob.substr(0, i), b, {}).status().code(),
              absl::StatusCode::kDataLoss)
        << i;
  }
}

TEST(PostingsTest, MergeKeepsOrderDropsRepeatsAndDroppedRows) {
  const std::vector<Posting> a = {{1, 1}, {2, 5}, {4, 2}};
  const std::vector<Posting> b = {{1, 1}, {2, 3}, {3, 9}, {4, 7}};
  EXPECT_EQ(
      MergePostings(a, b, {}),
      (std::vector<Posting>{{1, 1}, {2, 3}, {2, 5}, {3, 9}, {4, 2}, {4, 7}}));
  EXPECT_EQ(MergePostings(a, b, {1, 9}),
            (std::vector<Posting>{{2, 3}, {2, 5}, {4, 2}, {4, 7}}));
  EXPECT_TRUE(MergePostings({}, {}, {}).empty());
}

}  // namespace
}  // namespace wirecheck
