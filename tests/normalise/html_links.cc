#include "tests/normalise/html_links.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "absl/container/flat_hash_set.h"

namespace wirecheck {
namespace {

bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// The text under `node`, runs of whitespace collapsed to one space.
void AppendText(const GumboNode* node, std::string* out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
      node->type == GUMBO_NODE_CDATA) {
    for (const char* p = node->v.text.text; *p != '\0'; ++p) {
      if (!IsHtmlSpace(*p)) {
        out->push_back(*p);
      } else if (!out->empty() && out->back() != ' ') {
        out->push_back(' ');
      }
    }
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    AppendText(static_cast<const GumboNode*>(kids.data[i]), out);
  }
}

void CollectAnchors(const GumboNode* node,
                    absl::flat_hash_set<std::string>* anchors) {
  if (node->type != GUMBO_NODE_ELEMENT) return;
  if (node->v.element.tag == GUMBO_TAG_A) {
    std::string text;
    AppendText(node, &text);
    while (!text.empty() && text.back() == ' ') text.pop_back();
    if (!text.empty() && text.front() == ' ') text.erase(0, 1);
    if (!text.empty()) anchors->insert(std::move(text));
    return;
  }
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    CollectAnchors(static_cast<const GumboNode*>(kids.data[i]), anchors);
  }
}

bool IsWordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u);
}

// Every whole-word occurrence of `anchor` in `text`.
void MarkOccurrences(absl::string_view text, absl::string_view anchor,
                     std::vector<Span>* spans) {
  for (size_t pos = text.find(anchor); pos != absl::string_view::npos;
       pos = text.find(anchor, pos + 1)) {
    const size_t end = pos + anchor.size();
    const bool starts_word =
        pos == 0 || !IsWordByte(text[pos - 1]) || !IsWordByte(anchor.front());
    const bool ends_word = end == text.size() || !IsWordByte(text[end]) ||
                           !IsWordByte(anchor.back());
    if (starts_word && ends_word) {
      spans->push_back(
          {static_cast<uint32_t>(pos), static_cast<uint32_t>(end)});
    }
  }
}

std::vector<Span> Merged(std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end());
  std::vector<Span> out;
  for (const Span& s : spans) {
    if (!out.empty() && s.begin <= out.back().end) {
      out.back().end = std::max(out.back().end, s.end);
    } else {
      out.push_back(s);
    }
  }
  return out;
}

}  // namespace

std::vector<Span> HtmlLinkSpans(absl::string_view html,
                                absl::string_view text) {
  GumboOutput* output =
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  absl::flat_hash_set<std::string> anchors;
  CollectAnchors(output->root, &anchors);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  std::vector<Span> spans;
  for (const std::string& anchor : anchors) {
    MarkOccurrences(text, anchor, &spans);
  }
  return Merged(std::move(spans));
}

}  // namespace wirecheck
