// normalise/prepare.h: turns a batch of Articles into Documents.
//
// PrepareDocuments() runs in two passes. First it counts, per outlet, which
// trimmed lines recur across the batch's articles (LineStats, the signal
// that catches an outlet's own footers and menus). Then, for every article
// independently and on `threads` worker threads, it removes boilerplate
// (normalise/boilerplate.h) and tokenizes the body (normalise/tokenizer.h).
// Articles are handed out by index and each result is written to its own
// slot, so the output is identical for any thread count.
//
//   PrepareOptions options;
//   options.threads = 2;
//   std::vector<Document> docs = PrepareDocuments(articles, options);
//   // docs[i].body / .removed / .tokens index articles[i].text.
#ifndef WIRECHECK_NORMALISE_PREPARE_H_
#define WIRECHECK_NORMALISE_PREPARE_H_

#include <vector>

#include "ingest/article.h"
#include "normalise/boilerplate.h"
#include "normalise/document.h"
#include "normalise/tokenizer.h"

namespace wirecheck {

struct PrepareOptions {
  // False: the whole text is body (for input that is already clean).
  bool remove_boilerplate = true;
  BoilerplateOptions boilerplate;
  TokenizerOptions tokenizer;
  // Worker threads; 0 = std::thread::hardware_concurrency().
  int threads = 0;
};

// One Document per article, in the same order.
std::vector<Document> PrepareDocuments(const std::vector<Article>& articles,
                                       const PrepareOptions& options);

// One article, given the batch's line statistics (may be null).
Document PrepareDocument(const Article& article, const LineStats* stats,
                         const PrepareOptions& options);

}  // namespace wirecheck

#endif  // WIRECHECK_NORMALISE_PREPARE_H_
