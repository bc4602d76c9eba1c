#include "normalise/prepare.h"

#include "util/parallel.h"

namespace wirecheck {

Document PrepareDocument(const Article& article, const LineStats* stats,
                         const PrepareOptions& options) {
  Document doc;
  if (options.remove_boilerplate) {
    TextLayout layout;
    layout.lead = article.lead;
    layout.links = article.links;
    doc = RemoveBoilerplate(article.text, article.outlet, stats,
                            options.boilerplate, layout);
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
    // Splitting the texts into lines is most of the work: done in parallel,
    // counted on one thread.
    std::vector<std::vector<uint64_t>> keys(articles.size());
    ParallelFor(articles.size(), options.threads, [&](size_t i) {
      keys[i] = LineStats::KeysOf(articles[i].outlet, articles[i].text);
    });
    for (size_t i = 0; i < articles.size(); ++i) {
      stats.AddKeys(articles[i].outlet, keys[i]);
    }
  }
  std::vector<Document> docs(articles.size());
  ParallelFor(articles.size(), options.threads, [&](size_t i) {
    docs[i] = PrepareDocument(articles[i], &stats, options);
  });
  return docs;
}

}  // namespace wirecheck
