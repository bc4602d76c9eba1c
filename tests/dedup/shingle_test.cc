#include "dedup/shingle.h"

#include <algorithm>
#include <random>

#include "dedup/minhash.h"
#include "gtest/gtest.h"
#include "tests/dedup/test_docs.h"

namespace wirecheck {
namespace {

using testing_dedup::WhitespaceDocument;

TEST(ShingleTest, CountsAreTokensMinusKPlusOne) {
  struct Case {
    const char* text;
    int k;
    size_t expected;
  };
  const Case cases[] = {
      {"a b c d e f", 5, 2}, {"a b c d e", 5, 1}, {"a b c d", 5, 0},
      {"a b c", 1, 3},       {"", 3, 0},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ShingleHashes(WhitespaceDocument(c.text).tokens, c.k).size(),
              c.expected)
        << c.text;
  }
}

TEST(ShingleTest, DependsOnKeysNotSpacingOrCase) {
  auto a =
      ShingleHashes(WhitespaceDocument("Ngay 19 thang 6, Putin").tokens, 3);
  auto b =
      ShingleHashes(WhitespaceDocument("ngay  19\nthang 6 putin.").tokens, 3);
  EXPECT_EQ(a, b);
  auto c = ShingleHashes(WhitespaceDocument("ngay 19 thang 7 putin").tokens, 3);
  EXPECT_NE(a, c);
  EXPECT_EQ(a[0], c[0]);  // "ngay 19 thang" is shared.
}

TEST(ShingleTest, OrderMatters) {
  auto a = ShingleHashes(WhitespaceDocument("x y").tokens, 2);
  auto b = ShingleHashes(WhitespaceDocument("y x").tokens, 2);
  EXPECT_NE(a[0], b[0]);
}

TEST(ShingleTest, RollingHashEqualsDirectPolynomial) {
  // Reference: the documented formula evaluated from scratch per shingle.
  TokenList tokens;
  uint64_t x = 12345;
  for (int i = 0; i < 40; ++i) {
    x = Mix64(x);
    tokens.push_back({Span{}, x});
  }
  const uint64_t base = 0x9e3779b97f4a7c15ULL;
  // Every length, so each split of the positions into rolled stretches
  // (including empty and uneven ones) is covered.
  for (size_t len = 1; len <= tokens.size(); ++len) {
    const TokenList prefix(tokens.begin(), tokens.begin() + len);
    for (int k : {1, 3, 5, 8}) {
      if (static_cast<size_t>(k) > len) continue;
      const std::vector<uint64_t> got = ShingleHashes(prefix, k);
      ASSERT_EQ(got.size(), len - k + 1);
      for (size_t i = 0; i < got.size(); ++i) {
        uint64_t p = 0;
        for (int j = 0; j < k; ++j) p = p * base + prefix[i + j].key_hash;
        EXPECT_EQ(got[i], Mix64(p ^ Mix64(k))) << len << " " << k << " " << i;
      }
    }
  }
}

TEST(ShingleTest, UniqueIsSortedSet) {
  auto u = UniqueShingles({5, 3, 5, 1, 3});
  EXPECT_EQ(u, (std::vector<uint64_t>{1, 3, 5}));
}

// The bucketed sort against std::sort: random hashes of every size class,
// repeats, and skewed values that crowd one bucket.
TEST(ShingleTest, UniqueMatchesStdSortUnique) {
  std::mt19937_64 rng(5);
  for (size_t n : {0, 1, 63, 64, 65, 500, 4096, 100000}) {
    for (int kind = 0; kind < 3; ++kind) {
      std::vector<uint64_t> v(n);
      for (uint64_t& x : v) {
        x = kind == 0 ? rng() : kind == 1 ? rng() % 50 : rng() >> 40;
      }
      std::vector<uint64_t> expected = v;
      std::sort(expected.begin(), expected.end());
      expected.erase(std::unique(expected.begin(), expected.end()),
                     expected.end());
      EXPECT_EQ(UniqueShingles(v), expected) << n << " " << kind;
    }
  }
}

TEST(ShingleTest, TokenRangeSpanCoversOriginalBytes) {
  const std::string text = "Hello, big (world) now";
  Document d = WhitespaceDocument(text);
  EXPECT_EQ(TokenRangeSpan(d.tokens, 1, 3).Of(text), "big (world");
  EXPECT_EQ(TokenRangeSpan(d.tokens, 0, 1).Of(text), "Hello");
}

}  // namespace
}  // namespace wirecheck
