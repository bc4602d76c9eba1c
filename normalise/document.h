// normalise/document.h: an article prepared for matching.
//
// normalise/prepare.h turns each ingest Article into a Document: the regions
// of the text that are article body (boilerplate removed), the removed
// regions with the reason each was dropped (for --show-boilerplate), and the
// body's tokens. dedup/ and compare/ read only body regions and tokens, so
// menus, "Tin liên quan" lists and comment prompts never produce a copy or a
// claim. All spans index Article::text.
#ifndef WIRECHECK_NORMALISE_DOCUMENT_H_
#define WIRECHECK_NORMALISE_DOCUMENT_H_

#include <string>
#include <vector>

#include "normalise/token.h"
#include "util/span.h"

namespace wirecheck {

struct RemovedSpan {
  Span span;
  std::string reason;  // Short, human: "link list", "timestamp line", ...
};

struct Document {
  std::vector<Span> body;            // Sorted, disjoint, non-empty.
  std::vector<RemovedSpan> removed;  // Sorted; covers what `body` does not.
  TokenList tokens;                  // Tokens inside `body`, in text order.
};

}  // namespace wirecheck

#endif  // WIRECHECK_NORMALISE_DOCUMENT_H_
