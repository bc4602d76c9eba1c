#include "compare/stories.h"

#include <numeric>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "compare/sentences.h"
#include "compare/topic.h"

namespace wirecheck {
namespace {

// An article's key entities: those it mentions at least twice, plus every
// entity of its title and lead (first `kLeadSentences` body sentences).
// Short wire items name each actor once, and the lead is where they do.
constexpr int kLeadSentences = 2;

absl::flat_hash_set<std::string> KeyEntities(const Article& a, const Document& d,
                                             const AliasTable& aliases) {
  absl::flat_hash_map<std::string, int> counts;
  absl::flat_hash_set<std::string> keys;
  auto add = [&](const SentenceInfo& info, bool lead) {
    for (int id : info.alias_ids) {
      std::string k = absl::StrCat("#", id);
      if (++counts[k] >= 2 || lead) keys.insert(k);
    }
    for (const std::string& n : info.names) {
      if (++counts[n] >= 2 || lead) keys.insert(n);
    }
  };
  if (!a.title.empty()) {
    std::vector<Lexeme> lx = Lex(a.title, Span{0, static_cast<uint32_t>(a.title.size())});
    for (const Sentence& s : SplitSentences(lx)) add(SentenceEntities(lx, s, aliases), true);
  }
  int sentences = 0;
  for (const Span& b : d.body) {
    std::vector<Lexeme> lx = Lex(a.text, b);
    for (const Sentence& s : SplitSentences(lx)) {
      add(SentenceEntities(lx, s, aliases), sentences++ < kLeadSentences);
    }
  }
  return keys;
}

int Find(std::vector<int>& parent, int x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

bool WithinWindow(const PublishedTime& a, const PublishedTime& b, int days) {
  if (!a.known() || !b.known()) return true;
  const absl::CivilSecond pad = absl::CivilSecond(1970, 1, 1 + days);
  const long slack = pad - absl::CivilSecond(1970, 1, 1);
  return !(a.end() + slack <= b.start) && !(b.end() + slack <= a.start);
}

}  // namespace

std::vector<std::vector<int>> FormStories(const std::vector<Article>& articles,
                                          const std::vector<Document>& docs,
                                          const AliasTable& aliases,
                                          int window_days, int min_shared) {
  const int n = static_cast<int>(articles.size());
  std::vector<absl::flat_hash_set<std::string>> keys(n);
  for (int i = 0; i < n; ++i) keys[i] = KeyEntities(articles[i], docs[i], aliases);
  std::vector<int> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  // Inverted index: only articles sharing a key are ever compared, and keys
  // found in very many articles ("Việt Nam") are too common to link a story.
  absl::flat_hash_map<std::string, std::vector<int>> postings;
  for (int i = 0; i < n; ++i) {
    for (const std::string& k : keys[i]) postings[k].push_back(i);
  }
  const size_t max_postings = std::max<size_t>(50, n / 20);
  for (int i = 0; i < n; ++i) {
    absl::flat_hash_map<int, int> shared;
    for (const std::string& k : keys[i]) {
      const std::vector<int>& docs_with_key = postings[k];
      if (docs_with_key.size() > max_postings) continue;
      for (int j : docs_with_key) {
        if (j > i) ++shared[j];
      }
    }
    for (const auto& [j, count] : shared) {
      if (count >= min_shared &&
          WithinWindow(articles[i].published, articles[j].published, window_days)) {
        parent[Find(parent, i)] = Find(parent, j);
      }
    }
  }
  absl::flat_hash_map<int, std::vector<int>> groups;
  for (int i = 0; i < n; ++i) groups[Find(parent, i)].push_back(i);
  std::vector<std::vector<int>> out;
  for (int i = 0; i < n; ++i) {
    auto it = groups.find(i);
    if (it != groups.end() && it->second.size() > 1) out.push_back(it->second);
  }
  return out;
}

}  // namespace wirecheck
