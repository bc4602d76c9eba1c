#include "normalise/prepare.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace wirecheck {

Document PrepareDocument(const Article& article, const LineStats* stats,
                         const PrepareOptions& options) {
  Document doc;
  if (options.remove_boilerplate) {
    doc = RemoveBoilerplate(article.text, article.outlet, stats,
                            options.boilerplate);
  } else if (!article.text.empty()) {
    doc.body.push_back({0, static_cast<uint32_t>(article.text.size())});
  }
  doc.tokens = Tokenize(article.text, doc.body, options.tokenizer);
  return doc;
}

std::vector<Document> PrepareDocuments(const std::vector<Article>& articles,
                                       const PrepareOptions& options) {
  LineStats stats;
  if (options.remove_boilerplate) {
    for (const Article& a : articles) stats.Add(a.outlet, a.text);
  }
  std::vector<Document> docs(articles.size());
  int threads = options.threads > 0
                    ? options.threads
                    : static_cast<int>(std::thread::hardware_concurrency());
  threads = std::max(1, std::min<int>(threads, articles.size()));
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < articles.size(); i = next++) {
      docs[i] = PrepareDocument(articles[i], &stats, options);
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return docs;
}

}  // namespace wirecheck
