// ingest/gumbo_tree.h: gumbo's parse tree, held in an arena.
//
// gumbo_destroy_output frees the tree recursively, one stack frame per
// level, so a page nested deeper than the stack allows would crash there.
// html_guard.h keeps pages shallow, but it is a model of gumbo's tree
// builder and may err on some markup. A GumboTree gives gumbo an arena and
// frees the whole tree with it, without walking it, so no depth is unsafe:
// a guard that errs costs time, never memory safety.
//
//   GumboTree tree(html);
//   Walk(tree.root());
#ifndef WIRECHECK_INGEST_GUMBO_TREE_H_
#define WIRECHECK_INGEST_GUMBO_TREE_H_

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <vector>

#include "absl/strings/string_view.h"

namespace wirecheck {

class GumboTree {
 public:
  // REQUIRES: `html` outlives the tree (gumbo points into it).
  explicit GumboTree(absl::string_view html);
  GumboTree(const GumboTree&) = delete;
  GumboTree& operator=(const GumboTree&) = delete;

  const GumboNode* root() const { return output_->root; }

 private:
  // Bump allocation in 64 KB blocks; larger requests get their own block.
  // Gumbo's frees are ignored: its garbage (grown buffers) is at most about
  // the size of what it keeps.
  class Arena {
   public:
    void* Allocate(size_t size);

   private:
    std::vector<std::unique_ptr<char[]>> blocks_;
    char* next_ = nullptr;
    size_t left_ = 0;
  };

  Arena arena_;
  GumboOutput* output_;
};

}  // namespace wirecheck

#endif  // WIRECHECK_INGEST_GUMBO_TREE_H_
