#include "ingest/html.h"

#include <gumbo.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "ingest/dates.h"
#include "ingest/gumbo_tree.h"
#include "ingest/html_guard.h"

namespace wirecheck {
namespace {

enum class Layout { kInline, kLine, kParagraph, kDrop };

Layout LayoutOf(const GumboElement& e) {
  if (gumbo_get_attribute(&e.attributes, "hidden") != nullptr) {
    return Layout::kDrop;
  }
  switch (e.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
      return Layout::kDrop;
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HR:
      return Layout::kParagraph;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_BODY:
      return Layout::kLine;
    default:
      return Layout::kInline;
  }
}

bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

struct ExtractedText {
  std::string text;
  std::vector<Span> links;
};

// An <a> with an href: a link to somewhere (an anchor without one is a
// named target, its text the page's own).
bool IsLink(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT &&
         node->v.element.tag == GUMBO_TAG_A &&
         gumbo_get_attribute(&node->v.element.attributes, "href") != nullptr;
}

// Accumulates text with collapsed whitespace and pending line breaks, so
// breaks and spaces are only written between two pieces of real text.
class TextBuilder {
 public:
  void Break(int newlines) {
    pending_breaks_ = std::max(pending_breaks_, newlines);
    pending_space_ = false;
  }

  void Text(absl::string_view s, bool preformatted) {
    if (preformatted) {
      if (!s.empty()) Append(s);
      return;
    }
    size_t i = 0;
    while (i < s.size()) {
      if (IsHtmlSpace(s[i])) {
        if (pending_breaks_ == 0) pending_space_ = true;
        ++i;
        continue;
      }
      const size_t start = i;
      while (i < s.size() && !IsHtmlSpace(s[i])) ++i;
      Append(s.substr(start, i - start));
    }
  }

  // Text appended between EnterLink and LeaveLink is link text.
  void EnterLink() { ++link_depth_; }
  void LeaveLink() { --link_depth_; }

  ExtractedText Finish() { return {std::move(out_), std::move(links_)}; }

 private:
  void Append(absl::string_view run) {
    if (!out_.empty()) {
      if (pending_breaks_ > 0) {
        out_.append(pending_breaks_, '\n');
      } else if (pending_space_ && out_.back() != '\n') {
        out_.push_back(' ');
      }
    }
    pending_breaks_ = 0;
    pending_space_ = false;
    const uint32_t begin = static_cast<uint32_t>(out_.size());
    out_.append(run.data(), run.size());
    if (link_depth_ > 0) AddLink(begin);
  }

  // Words of one link, or of adjacent links separated only by a space, make
  // one span; a line break ends it.
  void AddLink(uint32_t begin) {
    const uint32_t end = static_cast<uint32_t>(out_.size());
    if (!links_.empty() &&
        (links_.back().end == begin ||
         (links_.back().end + 1 == begin && out_[begin - 1] == ' '))) {
      links_.back().end = end;
      return;
    }
    links_.push_back({begin, end});
  }

  std::string out_;
  std::vector<Span> links_;
  int link_depth_ = 0;
  int pending_breaks_ = 0;
  bool pending_space_ = false;
};

// Depth-first walk without recursion: pages nest thousands deep sometimes.
ExtractedText ExtractText(const GumboNode* root) {
  TextBuilder builder;
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
    int breaks_after;
    bool pre;
  };
  std::vector<Frame> stack;
  stack.push_back({root, 0, 0, false});
  while (!stack.empty()) {
    Frame& top = stack.back();
    const GumboNode* node = top.node;
    if (node->type != GUMBO_NODE_ELEMENT ||
        top.next_child >= node->v.element.children.length) {
      if (top.breaks_after > 0) builder.Break(top.breaks_after);
      if (IsLink(node)) builder.LeaveLink();
      stack.pop_back();
      continue;
    }
    const bool pre = top.pre;
    const auto* child = static_cast<const GumboNode*>(
        node->v.element.children.data[top.next_child++]);
    switch (child->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        builder.Text(child->v.text.text, pre);
        break;
      case GUMBO_NODE_ELEMENT: {
        const Layout layout = LayoutOf(child->v.element);
        if (layout == Layout::kDrop) break;
        const int breaks = layout == Layout::kParagraph ? 2
                           : layout == Layout::kLine    ? 1
                                                        : 0;
        if (breaks > 0) builder.Break(breaks);
        if (IsLink(child)) builder.EnterLink();
        stack.push_back(
            {child, 0, breaks, pre || child->v.element.tag == GUMBO_TAG_PRE});
        break;
      }
      default:
        break;
    }
  }
  return builder.Finish();
}

// Every element with `tag` in document order; with `skip_dropped`, none
// inside a dropped subtree (an <article> teaser inside <aside>).
void FindAll(const GumboNode* node, GumboTag tag,
             std::vector<const GumboNode*>* found, bool skip_dropped = false) {
  std::vector<const GumboNode*> stack = {node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    if (skip_dropped && LayoutOf(n->v.element) == Layout::kDrop) continue;
    if (n->v.element.tag == tag) found->push_back(n);
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(kids.data[i - 1]));
    }
  }
}

const char* Attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a == nullptr ? nullptr : a->value;
}

// "Putin thăm Triều Tiên | Báo Mẫu" -> "Putin thăm Triều Tiên" when the
// page names its site "Báo Mẫu": <title> usually carries the site name.
std::string WithoutSiteSuffix(absl::string_view title, absl::string_view site) {
  if (site.empty()) return std::string(title);
  for (absl::string_view sep : {" | ", " - ", " – ", " — ", " :: "}) {
    const std::string suffix = absl::StrCat(sep, site);
    if (title.size() > suffix.size() &&
        absl::EndsWithIgnoreCase(title, suffix)) {
      return std::string(title.substr(0, title.size() - suffix.size()));
    }
  }
  return std::string(title);
}

void ReadMeta(const GumboNode* root, HtmlPage* page) {
  std::vector<const GumboNode*> nodes;
  FindAll(root, GUMBO_TAG_META, &nodes);
  std::string og_title, canonical;
  for (const GumboNode* n : nodes) {
    const char* key = Attr(n, "property");
    if (key == nullptr) key = Attr(n, "name");
    if (key == nullptr) key = Attr(n, "itemprop");
    const char* content = Attr(n, "content");
    if (key == nullptr || content == nullptr) continue;
    const std::string k = absl::AsciiStrToLower(key);
    const std::string v(absl::StripAsciiWhitespace(content));
    if (k == "og:site_name" && page->outlet.empty()) {
      page->outlet = v;
    } else if (k == "og:url" && page->url.empty()) {
      page->url = v;
    } else if (k == "og:title" && og_title.empty()) {
      og_title = v;
    } else if ((k == "article:published_time" || k == "datepublished" ||
                k == "pubdate" || k == "date" || k == "dc.date") &&
               page->published_raw.empty()) {
      page->published_raw = v;
    }
  }
  nodes.clear();
  FindAll(root, GUMBO_TAG_LINK, &nodes);
  for (const GumboNode* n : nodes) {
    const char* rel = Attr(n, "rel");
    const char* href = Attr(n, "href");
    if (rel != nullptr && href != nullptr &&
        absl::EqualsIgnoreCase(rel, "canonical")) {
      canonical = href;
      break;
    }
  }
  if (page->url.empty()) page->url = canonical;
  if (!page->published_raw.empty()) {
    ParseDateField(page->published_raw, &page->published);
  }
  page->title = og_title;
  if (page->title.empty()) {
    nodes.clear();
    FindAll(root, GUMBO_TAG_TITLE, &nodes);
    if (!nodes.empty()) {
      page->title = WithoutSiteSuffix(
          absl::StripAsciiWhitespace(ExtractText(nodes.front()).text),
          page->outlet);
    }
  }
}

// The subtree holding the main text: the largest <article>, else the
// first <main>, else the whole document.
ExtractedText MainText(const GumboNode* root) {
  for (GumboTag tag : {GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN}) {
    std::vector<const GumboNode*> nodes;
    FindAll(root, tag, &nodes, /*skip_dropped=*/true);
    ExtractedText best;
    for (const GumboNode* n : nodes) {
      ExtractedText text = ExtractText(n);
      if (text.text.size() > best.text.size()) best = std::move(text);
    }
    if (!best.text.empty()) return best;
  }
  return ExtractText(root);
}

}  // namespace

HtmlPage ExtractHtml(absl::string_view html) {
  HtmlPage page;
  const GuardedHtml guarded = GuardHtml(html);
  page.tags_too_deep = guarded.tags_dropped;
  page.first_too_deep = guarded.first_dropped_offset;
  const GumboTree tree(guarded.html);
  ReadMeta(tree.root(), &page);
  ExtractedText main = MainText(tree.root());
  page.text = std::move(main.text);
  page.links = std::move(main.links);
  return page;
}

}  // namespace wirecheck
