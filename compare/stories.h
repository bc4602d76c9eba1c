// compare/stories.h: group articles into stories when no clusters are given.
//
// Claims are only compared inside one story. dedup's copy clusters are the
// best stories; without them, two articles belong to one story when they
// share at least `min_shared` key entities (alias entities and capitalised
// names mentioned at least twice in the body, or once in the title or the
// first two body sentences, where short items name their actors) and were
// published within
// `window_days` of each other (unknown times do not separate). Keys found in
// more than max(50, n/20) articles are ignored (too common to link a story);
// candidate pairs come from an inverted index, so cost follows shared keys.
//
//   std::vector<std::vector<int>> stories =
//       FormStories(articles, docs, aliases, /*window_days=*/3, /*min_shared=*/3);
#ifndef WIRECHECK_COMPARE_STORIES_H_
#define WIRECHECK_COMPARE_STORIES_H_

#include <vector>

#include "compare/aliases.h"
#include "ingest/article.h"
#include "normalise/document.h"

namespace wirecheck {

std::vector<std::vector<int>> FormStories(const std::vector<Article>& articles,
                                          const std::vector<Document>& docs,
                                          const AliasTable& aliases,
                                          int window_days, int min_shared);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_STORIES_H_
