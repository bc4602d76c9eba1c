// tests/dedup/test_docs.h: test-only Documents and corpora for dedup tests.
//
// WhitespaceDocument is a stand-in tokenizer so dedup tests never depend on
// normalise/: a token is a run of non-space bytes with ASCII punctuation
// trimmed, keyed by its ASCII-lower-cased bytes (XXH3-64, seed 0). The body
// is the whole text.
//
// MakeCorpus builds seeded random articles from a small vocabulary with
// planted whole copies, light edits and partial (paragraph) copies.
// BruteForcePairs is the exact all-pairs reference the LSH path is checked
// against.
#ifndef WIRECHECK_TESTS_DEDUP_TEST_DOCS_H_
#define WIRECHECK_TESTS_DEDUP_TEST_DOCS_H_

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "dedup/shingle.h"
#include "dedup/verify.h"
#include "ingest/article.h"
#include "normalise/document.h"
#include "xxhash.h"

namespace wirecheck {
namespace testing_dedup {

inline bool IsTrim(char c) {
  return absl::ascii_ispunct(static_cast<unsigned char>(c));
}

inline Document WhitespaceDocument(absl::string_view text) {
  Document doc;
  if (!text.empty())
    doc.body.push_back({0, static_cast<uint32_t>(text.size())});
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && absl::ascii_isspace(text[i])) ++i;
    size_t j = i;
    while (j < text.size() && !absl::ascii_isspace(text[j])) ++j;
    size_t b = i, e = j;
    while (b < e && IsTrim(text[b])) ++b;
    while (e > b && IsTrim(text[e - 1])) --e;
    if (e > b) {
      std::string key = absl::AsciiStrToLower(text.substr(b, e - b));
      doc.tokens.push_back(
          {Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)},
           XXH3_64bits(key.data(), key.size())});
    }
    i = j;
  }
  return doc;
}

inline std::vector<Document> WhitespaceDocuments(
    const std::vector<Article>& articles) {
  std::vector<Document> docs;
  for (const Article& a : articles) docs.push_back(WhitespaceDocument(a.text));
  return docs;
}

inline Article MakeArticle(std::string id, std::string text,
                           PublishedTime published = {},
                           std::string outlet = "") {
  Article a;
  a.id = std::move(id);
  a.text = std::move(text);
  a.published = published;
  a.outlet = std::move(outlet);
  return a;
}

// Random words "w<n>" from a vocabulary of `vocab` words.
inline std::vector<std::string> RandomWords(std::mt19937_64& rng, int n,
                                            int vocab) {
  std::uniform_int_distribution<int> pick(0, vocab - 1);
  std::vector<std::string> words;
  for (int i = 0; i < n; ++i) words.push_back(absl::StrCat("w", pick(rng)));
  return words;
}

inline std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) out += ' ';
    out += words[i];
  }
  return out;
}

// `originals` random articles, then for each kind a copy of a random earlier
// article: whole copies, copies with light edits (about 1 word in 25
// replaced), and partial copies (a 60-90 word passage embedded in new text).
inline std::vector<Article> MakeCorpus(uint64_t seed, int originals, int whole,
                                       int edited, int partial) {
  std::mt19937_64 rng(seed);
  std::vector<std::vector<std::string>> words;
  std::uniform_int_distribution<int> length(120, 400);
  for (int i = 0; i < originals; ++i) {
    words.push_back(RandomWords(rng, length(rng), 5000));
  }
  auto pick_original = [&]() {
    return std::uniform_int_distribution<int>(0, originals - 1)(rng);
  };
  for (int i = 0; i < whole; ++i) words.push_back(words[pick_original()]);
  for (int i = 0; i < edited; ++i) {
    std::vector<std::string> w = words[pick_original()];
    for (auto& word : w) {
      if (std::uniform_int_distribution<int>(0, 24)(rng) == 0) word = "edit";
    }
    words.push_back(std::move(w));
  }
  for (int i = 0; i < partial; ++i) {
    const std::vector<std::string>& src = words[pick_original()];
    const int len = std::uniform_int_distribution<int>(60, 90)(rng);
    const int from = std::uniform_int_distribution<int>(
        0, static_cast<int>(src.size()) - len)(rng);
    std::vector<std::string> w = RandomWords(rng, 100, 5000);
    std::vector<std::string> tail = RandomWords(rng, 100, 5000);
    w.insert(w.end(), src.begin() + from, src.begin() + from + len);
    w.insert(w.end(), tail.begin(), tail.end());
    words.push_back(std::move(w));
  }
  std::vector<Article> articles;
  for (size_t i = 0; i < words.size(); ++i) {
    articles.push_back(MakeArticle(absl::StrCat("doc", i), Join(words[i])));
  }
  return articles;
}

struct ReferencePair {
  int a;
  int b;
  SetOverlap overlap;
  double MaxContainment() const {
    return std::max(overlap.ContainmentOfAInB(), overlap.ContainmentOfBInA());
  }
};

// Exact all-pairs overlap of the k-shingle sets (slow; tests only).
inline std::vector<ReferencePair> BruteForcePairs(
    const std::vector<Document>& docs, int k) {
  std::vector<std::vector<uint64_t>> sets;
  for (const Document& d : docs) {
    sets.push_back(UniqueShingles(ShingleHashes(d.tokens, k)));
  }
  std::vector<ReferencePair> out;
  for (int a = 0; a < static_cast<int>(docs.size()); ++a) {
    for (int b = a + 1; b < static_cast<int>(docs.size()); ++b) {
      SetOverlap o = CompareSets(sets[a], sets[b]);
      if (o.shared > 0) out.push_back({a, b, o});
    }
  }
  return out;
}

}  // namespace testing_dedup
}  // namespace wirecheck

#endif  // WIRECHECK_TESTS_DEDUP_TEST_DOCS_H_
