#include "ingest/gumbo_tree.h"

#include <cstddef>
#include <memory>

namespace wirecheck {
namespace {

constexpr size_t kBlockSize = 64 * 1024;
constexpr size_t kAlign = alignof(std::max_align_t);

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

}  // namespace wirecheck
