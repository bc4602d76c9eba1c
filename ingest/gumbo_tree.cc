#include "ingest/gumbo_tree.h"

#include <algorithm>
#include <utility>

namespace wirecheck {
namespace {

constexpr size_t kBlockSize = 64 * 1024;
constexpr size_t kAlign = alignof(std::max_align_t);

bool IsFormatting(GumboTag tag) {
  switch (tag) {
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
      return true;
    default:
      return false;
  }
}

}  // namespace

void* GumboTree::Arena::Allocate(size_t size) {
  size = (size + kAlign - 1) / kAlign * kAlign;
  if (size > kBlockSize / 4) {
    blocks_.push_back(std::make_unique<char[]>(size));
    return blocks_.back().get();
  }
  if (size > left_) {
    blocks_.push_back(std::make_unique<char[]>(kBlockSize));
    next_ = blocks_.back().get();
    left_ = kBlockSize;
  }
  void* p = next_;
  next_ += size;
  left_ -= size;
  return p;
}

GumboTree::GumboTree(absl::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.userdata = &arena_;
  options.allocator = [](void* arena, size_t size) {
    return static_cast<Arena*>(arena)->Allocate(size);
  };
  options.deallocator = [](void*, void*) {};
  output_ = gumbo_parse_with_options(&options, html.data(), html.size());
}

int GumboTree::DepthWithoutFormatting() const {
  int deepest = 0;
  std::vector<std::pair<const GumboNode*, int>> stack = {{root(), 0}};
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) {
      continue;
    }
    if (!IsFormatting(node->v.element.tag)) ++depth;
    deepest = std::max(deepest, depth);
    const GumboVector& kids = node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      stack.push_back({static_cast<const GumboNode*>(kids.data[i]), depth});
    }
  }
  return deepest;
}

}  // namespace wirecheck
