// fuzz/gumbo_depth.h: how deep gumbo really nests a document, to check the
// bound ingest/html_guard.h promises (the HTML fuzzer and its tests).
#ifndef WIRECHECK_FUZZ_GUMBO_DEPTH_H_
#define WIRECHECK_FUZZ_GUMBO_DEPTH_H_

#include <gumbo.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"

namespace wirecheck {

// The largest number of elements on one path from the root of gumbo's tree
// for `html`, not counting formatting elements (<b>, <a>, <font>, ...): the
// parser re-opens those by itself, at most a bounded number at a time.
inline int GumboDepthWithoutFormatting(absl::string_view html) {
  GumboOutput* out =
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  int deepest = 0;
  std::vector<std::pair<const GumboNode*, int>> stack = {{out->root, 0}};
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) {
      continue;
    }
    switch (node->v.element.tag) {
      case GUMBO_TAG_A:
      case GUMBO_TAG_B:
      case GUMBO_TAG_BIG:
      case GUMBO_TAG_CODE:
      case GUMBO_TAG_EM:
      case GUMBO_TAG_FONT:
      case GUMBO_TAG_I:
      case GUMBO_TAG_NOBR:
      case GUMBO_TAG_S:
      case GUMBO_TAG_SMALL:
      case GUMBO_TAG_STRIKE:
      case GUMBO_TAG_STRONG:
      case GUMBO_TAG_TT:
      case GUMBO_TAG_U:
        break;
      default:
        ++depth;
    }
    deepest = std::max(deepest, depth);
    const GumboVector& kids = node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      stack.push_back({static_cast<const GumboNode*>(kids.data[i]), depth});
    }
  }
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return deepest;
}

}  // namespace wirecheck

#endif  // WIRECHECK_FUZZ_GUMBO_DEPTH_H_
