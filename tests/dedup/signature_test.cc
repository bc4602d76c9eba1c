#include "dedup/signature.h"

#include <string>
#include <vector>

#include "absl/strings/str_format.h"
#include "dedup/dedup.h"
#include "gtest/gtest.h"
#include "tests/dedup/test_docs.h"

namespace wirecheck {
namespace {

using testing_dedup::MakeArticle;
using testing_dedup::MakeCorpus;
using testing_dedup::WhitespaceDocuments;

std::vector<std::string> Sign(const std::vector<Article>& articles,
                              SketchOptions* used) {
  auto o = SketchOptionsFor(DedupOptions(), articles.size());
  EXPECT_TRUE(o.ok());
  *used = *o;
  const std::vector<Document> docs = WhitespaceDocuments(articles);
  return EncodeSignatures(
      SketchWithDf(docs, ShingleSets(docs, o->shingle, 1), nullptr, *o), *o);
}

TEST(SignatureTest, KnownAnswerPinsTheBytes) {
  // Any change to tokens, shingles, MinHash, bands or the format shows here.
  std::string text;
  for (int i = 0; i < 60; ++i) text += absl::StrFormat("word%d ", i * 7 % 23);
  SketchOptions o;
  const std::vector<std::string> sigs = Sign({MakeArticle("a", text)}, &o);
  ASSERT_EQ(sigs.size(), 1u);
  const std::string& s = sigs[0];
  EXPECT_EQ(s.substr(0, 6), std::string("WCSG\x01\x00", 6));
  auto decoded = DecodeSignature(s);
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(decoded->shingle, 5);
  EXPECT_EQ(decoded->window, 36);
  EXPECT_EQ(decoded->num_perm, 128);
  EXPECT_EQ(decoded->lsh.bands, o.lsh.bands);
  EXPECT_EQ(decoded->seed, 1u);
  EXPECT_EQ(decoded->windows, 3);  // 56 shingles: starts 0, 18, 20.
  ASSERT_EQ(decoded->keys.size(), size_t(3 * o.lsh.bands));
  EXPECT_EQ(absl::StrFormat("%08x %08x %08x", decoded->keys[0],
                            decoded->keys[1], decoded->keys.back()),
            "80627084 98f3d0c5 6a7d82ad");
}

TEST(SignatureTest, CopiesMatchTheirSourcesAndOthersDoNot) {
  const std::vector<Article> articles = MakeCorpus(3, 12, 3, 0, 0);
  SketchOptions o;
  const std::vector<std::string> bytes = Sign(articles, &o);
  std::vector<Signature> sigs;
  for (const std::string& b : bytes) {
    auto s = DecodeSignature(b);
    ASSERT_TRUE(s.ok()) << s.status();
    sigs.push_back(*s);
  }
  // The corpus' copies are the last three articles, of earlier originals.
  const std::vector<Signature> copies(sigs.end() - 3, sigs.end());
  const std::vector<Signature> originals(sigs.begin(), sigs.begin() + 12);
  auto m = MatchSignatures(copies, originals);
  ASSERT_TRUE(m.ok()) << m.status();
  std::vector<int> matched(3, 0);
  for (const SignatureMatch& x : *m) {
    EXPECT_GT(x.windows, 0);
    matched[x.a] += 1;
  }
  EXPECT_EQ(matched, std::vector<int>({1, 1, 1}));
  // Every article matches itself in every window.
  auto self = MatchSignatures(originals, originals);
  ASSERT_TRUE(self.ok());
  int diagonal = 0;
  for (const SignatureMatch& x : *self) {
    if (x.a == x.b) {
      ++diagonal;
      EXPECT_EQ(x.windows, originals[x.a].windows);
    }
  }
  EXPECT_EQ(diagonal, 12);
}

TEST(SignatureTest, BadBytesAndMixedParametersAreErrors) {
  SketchOptions o;
  const std::string good = Sign(
      {MakeArticle("a", std::string(400, 'x') + " a b c d e f g h")}, &o)[0];
  EXPECT_FALSE(DecodeSignature("").ok());
  EXPECT_FALSE(DecodeSignature("WCSX" + good.substr(4)).ok());
  std::string v2 = good;
  v2[4] = 2;
  EXPECT_EQ(DecodeSignature(v2).status().message(),
            "signature version 2; this build reads version 1");
  EXPECT_FALSE(DecodeSignature(good.substr(0, good.size() - 1)).ok());
  EXPECT_FALSE(DecodeSignature(good + "x").ok());
  auto a = DecodeSignature(good);
  ASSERT_TRUE(a.ok());
  Signature other = *a;
  other.seed = 2;
  EXPECT_FALSE(MatchSignatures({*a}, {other}).ok());
  auto none = MatchSignatures({}, {other});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

}  // namespace
}  // namespace wirecheck
