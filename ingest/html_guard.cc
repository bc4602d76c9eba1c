// GuardHtml: one pass over the markup with a small model of the HTML5 tree
// builder's stack of open elements.
//
// The model only has to bound gumbo's depth from above, so wherever it is
// unsure whether the parser closes an element it keeps it open: it pops only
// when the parser certainly pops (an end tag whose element is in scope, a
// <p>, <li>, <dd>/<dt>, <option>, <td>/<th> or <tr> that closes its
// predecessor). Each element is pushed and popped once, and every check is
// against the nearest element of a kind, kept per kind, so the pass is
// linear. Tags are read as the HTML tokenizer reads them: attribute values
// in quotes, comments to "-->" (or "<!-->"), raw text elements (script,
// style, textarea, title, ...) to their end tag, and none of that inside
// <svg> or <math>, where tags close themselves with "/>".
#include "ingest/html_guard.h"

#include <gumbo.h>

#include <array>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace wirecheck {
namespace {

enum Trait : uint32_t {
  kVoid = 1 << 0,          // No content, never pushed: <br>, <img>.
  kRawText = 1 << 1,       // Content is text up to the end tag.
  kFormatting = 1 << 2,    // Active formatting element: <b>, <a>, <font>.
  kSpecial = 1 << 3,       // Blocks "any other end tag" below it.
  kScope = 1 << 4,         // Bounds "in scope": <table>, <td>, <object>.
  kButton = 1 << 5,        // Also bounds <p>'s scope.
  kList = 1 << 6,          // Also bounds <li>'s scope.
  kClosesP = 1 << 7,       // Its start tag closes an open <p> in scope.
  kHeading = 1 << 8,       // <h1>..<h6>: close each other.
  kForeign = 1 << 9,       // <svg>, <math>: foreign content starts.
  kIntegration = 1 << 10,  // Inside foreign content, HTML again.
  kBreakout = 1 << 11,     // Leaves foreign content: <div>, <p>, <b>.
  kRoot = 1 << 12,         // <html>, <head>, <body>: made once.
  // Special, but not address, div or p: stops an <li> or <dd> from
  // closing the one before it.
  kListStop = 1 << 13,
};

const absl::flat_hash_map<std::string, uint32_t>& TraitTable() {
  static const auto* table = [] {
    auto* t = new absl::flat_hash_map<std::string, uint32_t>();
    auto add = [t](std::initializer_list<const char*> names, uint32_t bits) {
      for (const char* n : names) (*t)[n] |= bits;
    };
    add({"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame",
         "hr", "img", "image", "input", "keygen", "link", "meta", "param",
         "source", "track", "wbr"},
        kVoid);
    add({"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
         "noframes", "plaintext"},
        kRawText);
    add({"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small",
         "strike", "strong", "tt", "u"},
        kFormatting);
    add({"address",
         "applet",
         "area",
         "article",
         "aside",
         "base",
         "basefont",
         "bgsound",
         "blockquote",
         "body",
         "br",
         "button",
         "caption",
         "center",
         "col",
         "colgroup",
         "dd",
         "details",
         "dir",
         "div",
         "dl",
         "dt",
         "embed",
         "fieldset",
         "figcaption",
         "figure",
         "footer",
         "form",
         "frame",
         "frameset",
         "h1",
         "h2",
         "h3",
         "h4",
         "h5",
         "h6",
         "head",
         "header",
         "hgroup",
         "hr",
         "html",
         "iframe",
         "img",
         "input",
         "li",
         "link",
         "listing",
         "main",
         "marquee",
         "menu",
         "meta",
         "nav",
         "noembed",
         "noframes",
         "noscript",
         "object",
         "ol",
         "p",
         "param",
         "plaintext",
         "pre",
         "script",
         "section",
         "select",
         "source",
         "style",
         "summary",
         "table",
         "tbody",
         "td",
         "template",
         "textarea",
         "tfoot",
         "th",
         "thead",
         "title",
         "tr",
         "track",
         "ul",
         "wbr",
         "xmp",
         "mi",
         "mo",
         "mn",
         "ms",
         "mtext",
         "annotation-xml",
         "foreignobject",
         "desc"},
        kSpecial);
    add({"applet", "caption", "html", "table", "td", "th", "marquee", "object",
         "template", "mi", "mo", "mn", "ms", "mtext", "annotation-xml",
         "foreignobject", "desc", "title"},
        kScope);
    add({"button"}, kButton);
    add({"ol", "ul"}, kList);
    add({"address",  "article",    "aside",   "blockquote", "center",
         "details",  "dialog",     "dir",     "div",        "dl",
         "fieldset", "figcaption", "figure",  "footer",     "header",
         "hgroup",   "main",       "menu",    "nav",        "ol",
         "p",        "section",    "summary", "ul",         "h1",
         "h2",       "h3",         "h4",      "h5",         "h6",
         "pre",      "listing",    "form",    "hr",         "xmp",
         "li",       "dd",         "dt",      "plaintext"},
        kClosesP);
    add({"h1", "h2", "h3", "h4", "h5", "h6"}, kHeading);
    add({"svg", "math"}, kForeign);
    add({"mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject",
         "desc", "title"},
        kIntegration);
    add({"b",      "big",    "blockquote", "body",    "br",    "center", "code",
         "dd",     "div",    "dl",         "dt",      "em",    "embed",  "h1",
         "h2",     "h3",     "h4",         "h5",      "h6",    "head",   "hr",
         "i",      "img",    "li",         "listing", "menu",  "meta",   "nobr",
         "ol",     "p",      "pre",        "ruby",    "s",     "small",  "span",
         "strong", "strike", "sub",        "sup",     "table", "tt",     "u",
         "ul",     "var"},
        kBreakout);
    add({"html", "head", "body"}, kRoot);
    for (auto& [name, bits] : *t) {
      if ((bits & kSpecial) && name != "address" && name != "div" &&
          name != "p") {
        bits |= kListStop;
      }
    }
    return t;
  }();
  return *table;
}

uint32_t TraitsOf(const std::string& name) {
  const auto& table = TraitTable();
  auto it = table.find(name);
  return it == table.end() ? 0 : it->second;
}

// gumbo tells HTML elements apart by its tag enum, so every name it does
// not know (custom elements) is one name to it: "</x>" closes the nearest
// unknown element whatever it is called. In SVG and MathML it compares the
// names themselves. The model finds the nearest element by this key and
// pops it only when its name is the end tag's too, which is right in both.
std::string ElementKey(const std::string& name) {
  const GumboTag tag =
      gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size()));
  return tag == GUMBO_TAG_UNKNOWN ? std::string() : name;
}

bool IsAsciiAlpha(char c) { return absl::ascii_isalpha(c); }

bool IsTagSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// One tag as the tokenizer reads it.
struct Tag {
  bool end = false;
  std::string name;           // Lower case.
  size_t attrs_begin = 0;     // Right after the name.
  size_t attrs_end = 0;       // At the closing '>' (or "/>").
  size_t after = 0;           // One past the '>'.
  bool self_closing = false;  // Ends with "/>" outside a value.
  bool hidden = false;        // Has a `hidden` attribute.
  bool font_style = false;    // Has `color`, `face` or `size` (for <font>).
  bool complete = false;      // False when the input ends inside it.
};

// Reads the tag starting at html[pos] == '<' followed by a letter or "/"
// and a letter.
Tag ReadTag(absl::string_view html, size_t pos) {
  Tag t;
  size_t i = pos + 1;
  if (html[i] == '/') t.end = true, ++i;
  const size_t name_begin = i;
  while (i < html.size() && !IsTagSpace(html[i]) && html[i] != '/' &&
         html[i] != '>') {
    ++i;
  }
  t.name = absl::AsciiStrToLower(html.substr(name_begin, i - name_begin));
  t.attrs_begin = i;
  while (i < html.size() && html[i] != '>') {
    if (IsTagSpace(html[i]) || html[i] == '/') {
      // "/>" closes the tag itself; a '/' inside a value does not.
      t.self_closing =
          html[i] == '/' && i + 1 < html.size() && html[i + 1] == '>';
      ++i;
      continue;
    }
    t.self_closing = false;
    const size_t attr_begin = i;  // An attribute name, then maybe a value.
    while (i < html.size() && !IsTagSpace(html[i]) && html[i] != '/' &&
           html[i] != '>' && (html[i] != '=' || i == attr_begin)) {
      ++i;
    }
    const absl::string_view attr = html.substr(attr_begin, i - attr_begin);
    t.hidden |= absl::EqualsIgnoreCase(attr, "hidden");
    t.font_style |= absl::EqualsIgnoreCase(attr, "color") ||
                    absl::EqualsIgnoreCase(attr, "face") ||
                    absl::EqualsIgnoreCase(attr, "size");
    size_t j = i;
    while (j < html.size() && IsTagSpace(html[j])) ++j;
    if (j >= html.size() || html[j] != '=') continue;
    i = j + 1;
    while (i < html.size() && IsTagSpace(html[i])) ++i;
    if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
      const size_t close = html.find(html[i], i + 1);
      i = close == absl::string_view::npos ? html.size() : close + 1;
    } else {
      while (i < html.size() && !IsTagSpace(html[i]) && html[i] != '>') ++i;
    }
  }
  if (i >= html.size()) return t;  // The tokenizer drops an unfinished tag.
  t.complete = true;
  t.attrs_end = i;
  t.after = i + 1;
  return t;
}

// Where markup that is not a tag ends: a comment, doctype, CDATA or
// processing instruction starting at html[pos] == '<'.
size_t SkipNonTag(absl::string_view html, size_t pos) {
  if (absl::StartsWith(html.substr(pos), "<!--")) {
    // "<!-->" and "<!--->" end at once; otherwise "-->" or "--!>".
    size_t i = pos + 4;
    if (i < html.size() && html[i] == '>') return i + 1;
    if (i + 1 < html.size() && html[i] == '-' && html[i + 1] == '>') {
      return i + 2;
    }
    for (size_t dash = html.find("--", i); dash != absl::string_view::npos;
         dash = html.find("--", dash + 1)) {
      if (dash + 2 < html.size() && html[dash + 2] == '>') return dash + 3;
      if (dash + 3 < html.size() && html[dash + 2] == '!' &&
          html[dash + 3] == '>') {
        return dash + 4;
      }
    }
    return html.size();
  }
  const size_t close = html.find('>', pos + 1);
  return close == absl::string_view::npos ? html.size() : close + 1;
}

// The open elements, with the nearest element of each kind at hand.
class OpenElements {
 public:
  int depth() const { return static_cast<int>(stack_.size()); }
  // REQUIRES: `name` is one gumbo knows.
  bool top_is(const std::string& name) const {
    return !stack_.empty() && stack_.back().name == name;
  }
  bool top_has(uint32_t trait) const {
    return !stack_.empty() && (stack_.back().traits & trait);
  }
  // Whether tags are read as foreign content (SVG, MathML) here: the
  // current node is foreign and not an HTML integration point.
  bool in_foreign() const {
    return !stack_.empty() && stack_.back().foreign &&
           !(stack_.back().traits & kIntegration);
  }

  // Pops the foreign elements on top, as the parser does before a tag
  // that leaves foreign content.
  void LeaveForeign() {
    while (in_foreign()) PopTo(depth() - 1);
  }

  void Push(const std::string& name, uint32_t traits) {
    Entry e{ElementKey(name), name, traits, false};
    e.foreign = (traits & kForeign) || (in_foreign() && !(traits & kBreakout));
    // Foreign elements are found by their own name, apart from HTML ones.
    if (e.foreign) e.name = ForeignKey(name);
    const int pos = depth();
    by_name_[e.name].push_back(pos);
    if (!e.foreign) html_.push_back(pos);
    for (int k = 0; k < kKinds; ++k) {
      if (traits & kKindTraits[k]) by_kind_[k].push_back(pos);
    }
    stack_.push_back(std::move(e));
  }

  // Pops elements until the one at `pos` is popped.
  void PopTo(int pos) {
    while (depth() > pos) {
      const Entry& e = stack_.back();
      const int at = depth() - 1;
      by_name_[e.name].pop_back();
      if (!html_.empty() && html_.back() == at) html_.pop_back();
      for (int k = 0; k < kKinds; ++k) {
        if (!by_kind_[k].empty() && by_kind_[k].back() == at) {
          by_kind_[k].pop_back();
        }
      }
      stack_.pop_back();
    }
  }

  // Position of the nearest open HTML element named `name` (as gumbo
  // tells names apart), or -1.
  int Nearest(const std::string& name) const { return Find(ElementKey(name)); }
  // Position of the nearest open SVG or MathML element named `name`
  // exactly, or -1.
  int NearestForeign(const std::string& name) const {
    return Find(ForeignKey(name));
  }
  // Position of the nearest open HTML element, or -1.
  int NearestHtml() const { return html_.empty() ? -1 : html_.back(); }
  bool top_foreign() const { return !stack_.empty() && stack_.back().foreign; }
  // Position of the nearest open element with any of `traits` (of the
  // kinds tracked), or -1.
  int NearestWith(uint32_t traits) const {
    int best = -1;
    for (int k = 0; k < kKinds; ++k) {
      if ((traits & kKindTraits[k]) && !by_kind_[k].empty()) {
        best = std::max(best, by_kind_[k].back());
      }
    }
    return best;
  }

 private:
  static constexpr int kKinds = 5;
  static constexpr std::array<uint32_t, kKinds> kKindTraits = {
      kSpecial, kScope, kButton, kList, kListStop};
  struct Entry {
    std::string name;  // ElementKey, or ForeignKey for SVG and MathML.
    std::string tag;   // The tag name itself.
    uint32_t traits;
    bool foreign;
  };
  static std::string ForeignKey(const std::string& name) {
    return "\x01" + name;
  }
  int Find(const std::string& key) const {
    auto it = by_name_.find(key);
    return it == by_name_.end() || it->second.empty() ? -1 : it->second.back();
  }

  std::vector<Entry> stack_;
  std::vector<int> html_;  // Positions of the open HTML elements.
  absl::flat_hash_map<std::string, std::vector<int>> by_name_;
  std::array<std::vector<int>, kKinds> by_kind_;
};

// The rewrite: copies the input, dropping and trimming tags as it goes.
class Guard {
 public:
  Guard(absl::string_view html, int max_depth)
      : html_(html), max_depth_(max_depth) {
    out_.html.reserve(html.size());
  }

  GuardedHtml Run() {
    size_t pos = 0;
    while (pos < html_.size()) {
      const size_t lt = html_.find('<', pos);
      if (lt == absl::string_view::npos) break;
      Copy(pos, lt);
      pos = Markup(lt);
    }
    Copy(pos, html_.size());
    return std::move(out_);
  }

 private:
  // Handles the markup at html_[lt] == '<'; returns where to go on.
  size_t Markup(size_t lt) {
    const char next = lt + 1 < html_.size() ? html_[lt + 1] : '\0';
    // "</" then anything but a letter or '>' opens a bogus comment, a NUL
    // too; only the end of the input leaves "</" as text.
    const bool has_after = lt + 2 < html_.size();
    const char after = has_after ? html_[lt + 2] : '\0';
    if (next == '!' || next == '?' ||
        (next == '/' && has_after && !IsAsciiAlpha(after) && after != '>')) {
      const size_t end = SkipNonTag(html_, lt);
      Copy(lt, end);
      return end;
    }
    if (!IsAsciiAlpha(next) && !(next == '/' && IsAsciiAlpha(after))) {
      Copy(lt, lt + 1);  // A lone '<' is text.
      return lt + 1;
    }
    const Tag tag = ReadTag(html_, lt);
    if (!tag.complete) {
      Copy(lt, html_.size());
      return html_.size();
    }
    return tag.end ? EndTag(lt, tag) : StartTag(lt, tag);
  }

  size_t StartTag(size_t lt, const Tag& tag) {
    uint32_t traits = TraitsOf(tag.name);
    if (tag.name == "font" && tag.font_style) traits |= kBreakout;
    // A breakout tag (<div>, <p>, <b>) leaves foreign content first.
    if (open_.in_foreign() && (traits & kBreakout)) open_.LeaveForeign();
    const bool foreign = open_.in_foreign();
    // <html>, <head> and <body> exist once; a second one only adds
    // attributes. In SVG or MathML "html" is just another element.
    if ((traits & kRoot) && !foreign) return Keep(lt, tag, traits);
    if (!foreign && TableOnly(tag.name) && open_.Nearest("table") < 0 &&
        open_.Nearest("template") < 0) {
      // The parser ignores a cell, row or section outside a table; opened
      // here, its end tag would close what the parser keeps open.
      Copy(lt, tag.after);
      return tag.after;
    }
    if (!foreign) CloseImplied(tag.name, traits);
    if ((traits & kVoid) ||
        (tag.self_closing && (foreign || (traits & kForeign)))) {
      return Keep(lt, tag, traits);
    }
    if ((traits & kRawText) && !foreign) {
      // Text up to the end tag; "plaintext" has none.
      const size_t end =
          tag.name == "plaintext" ? html_.size() : RawTextEnd(tag, tag.after);
      Keep(lt, tag, traits);
      Copy(tag.after, end);
      return end;
    }
    const int implied = ImpliedTableParents(tag.name);
    if (open_.depth() + implied >= max_depth_) {
      if (out_.tags_dropped++ == 0) {
        out_.first_dropped_offset = static_cast<int64_t>(lt);
      }
      // An empty comment, not nothing: a '<' before the tag must not meet
      // the text after it and make a new tag.
      out_.html += "<!---->";
      return tag.after;
    }
    const bool row = tag.name == "tr";
    if (implied == 2 || (implied == 1 && row)) {
      open_.Push("tbody", TraitsOf("tbody"));
    }
    if (implied >= 1 && !row) open_.Push("tr", TraitsOf("tr"));
    open_.Push(tag.name, traits);
    return Keep(lt, tag, traits);
  }

  // How many parents the parser inserts for a row or cell: a <tr> in a
  // table without a body section gets a <tbody>, a cell gets a <tr> too,
  // and a cell in a body section without a row gets a <tr>. (The parser
  // also closes what is open inside the table first; the model keeps it.)
  static bool TableOnly(const std::string& name) {
    return name == "td" || name == "th" || name == "tr" || name == "tbody" ||
           name == "thead" || name == "tfoot" || name == "caption" ||
           name == "colgroup";
  }

  int ImpliedTableParents(const std::string& name) const {
    const bool cell = name == "td" || name == "th";
    if (!cell && name != "tr") return 0;
    const int table = open_.Nearest("table");
    const int section =
        std::max({open_.Nearest("tbody"), open_.Nearest("thead"),
                  open_.Nearest("tfoot")});
    if (table < 0) return 0;  // Outside a table, rows and cells are ignored.
    if (table > section && (!cell || table > open_.Nearest("tr"))) {
      return cell ? 2 : 1;
    }
    if (cell && section > open_.Nearest("tr")) return 1;
    return 0;
  }

  // The start tags that end their predecessor for certain.
  void CloseImplied(const std::string& name, uint32_t traits) {
    if (traits & kClosesP) {
      const int p = open_.Nearest("p");
      if (p >= 0 && p > open_.NearestWith(kScope | kButton)) open_.PopTo(p);
    }
    if ((traits & kHeading) && open_.top_has(kHeading)) {
      open_.PopTo(open_.depth() - 1);
    }
    if (name == "button") {
      // A button in scope is closed by the next one.
      const int button = open_.Nearest("button");
      if (button >= 0 && button >= open_.NearestWith(kScope)) {
        open_.PopTo(button);
      }
    } else if (name == "li") {
      const int li = open_.Nearest("li");
      if (li >= 0 && li >= open_.NearestWith(kListStop)) open_.PopTo(li);
    } else if (name == "dd" || name == "dt") {
      const int d = std::max(open_.Nearest("dd"), open_.Nearest("dt"));
      if (d >= 0 && d >= open_.NearestWith(kListStop)) open_.PopTo(d);
    } else if (name == "option" || name == "optgroup") {
      if (open_.top_is("option")) open_.PopTo(open_.depth() - 1);
      // Only inside a <select> does an optgroup end the one before it.
      const int select = open_.Nearest("select");
      if (name == "optgroup" && open_.top_is("optgroup") && select >= 0 &&
          select == open_.depth() - 2) {
        open_.PopTo(open_.depth() - 1);
      }
    } else if (name == "td" || name == "th" || name == "tr") {
      if (open_.top_is("td") || open_.top_is("th")) {
        open_.PopTo(open_.depth() - 1);
      }
      if (name == "tr" && open_.top_is("tr")) open_.PopTo(open_.depth() - 1);
    }
  }

  size_t EndTag(size_t lt, const Tag& tag) {
    const uint32_t traits = TraitsOf(tag.name);
    if (tag.name == "form") {
      // </form> takes the form out of the stack wherever it is and leaves
      // what is above it open; only a form on top surely goes.
      if (open_.top_is("form")) open_.PopTo(open_.depth() - 1);
    } else if (open_.top_foreign() &&
               open_.NearestForeign(tag.name) > open_.NearestHtml()) {
      // In foreign content an end tag closes the foreign element of its
      // exact name among those on top, before any HTML element.
      open_.PopTo(open_.NearestForeign(tag.name));
    } else if (!(traits & kRoot) && tag.name != "br") {
      // Otherwise the HTML rules: gumbo tells elements apart by its tag
      // enum, so "</x>" closes the nearest unknown HTML element whatever
      // its name, and the foreign elements above it.
      const int pos =
          (traits & kHeading) ? NearestHeading() : open_.Nearest(tag.name);
      if (pos >= 0 && pos >= Boundary(tag.name, traits)) open_.PopTo(pos);
    }
    Copy(lt, tag.after);
    return tag.after;
  }

  int NearestHeading() const {
    int best = -1;
    for (const char* h : {"h1", "h2", "h3", "h4", "h5", "h6"}) {
      best = std::max(best, open_.Nearest(h));
    }
    return best;
  }

  // Below this position an end tag named `name` cannot reach: the scope
  // boundary for special elements, any special element for the others.
  int Boundary(const std::string& name, uint32_t traits) const {
    if (!(traits & kSpecial)) return open_.NearestWith(kSpecial) + 1;
    uint32_t bounds = kScope;
    if (name == "p") bounds |= kButton;
    if (name == "li") bounds |= kList;
    return open_.NearestWith(bounds);
  }

  // The '<' of the end tag that closes raw text `tag`, or the input's end.
  size_t RawTextEnd(const Tag& tag, size_t from) const {
    for (size_t i = html_.find("</", from); i != absl::string_view::npos;
         i = html_.find("</", i + 2)) {
      const size_t n = tag.name.size();
      if (i + 2 + n <= html_.size() &&
          absl::EqualsIgnoreCase(html_.substr(i + 2, n), tag.name) &&
          (i + 2 + n == html_.size() || IsTagSpace(html_[i + 2 + n]) ||
           html_[i + 2 + n] == '/' || html_[i + 2 + n] == '>')) {
        return i;
      }
    }
    return html_.size();
  }

  // Writes the tag, with a formatting element's attributes cut to `hidden`
  // (and a bare `color` for a styled <font>).
  // An <a> keeps everything: its href is read, and the parser keeps at most
  // one <a> in its formatting list anyway (a new <a> closes the last).
  size_t Keep(size_t lt, const Tag& tag, uint32_t traits) {
    if (!(traits & kFormatting) || tag.name == "a" || open_.in_foreign()) {
      Copy(lt, tag.after);
      return tag.after;
    }
    Copy(lt, tag.attrs_begin);
    if (tag.hidden) out_.html += " hidden";
    // A styled <font> leaves SVG and MathML; an empty `color` keeps that.
    if (tag.font_style && tag.name == "font") out_.html += " color";
    out_.html.push_back('>');
    return tag.after;
  }

  void Copy(size_t begin, size_t end) {
    out_.html.append(html_.data() + begin, end - begin);
  }

  absl::string_view html_;
  int max_depth_;
  OpenElements open_;
  GuardedHtml out_;
};

}  // namespace

GuardedHtml GuardHtml(absl::string_view html, int max_depth) {
  return Guard(html, max_depth).Run();
}

std::string TooDeepMessage(int64_t tags_dropped) {
  return absl::StrCat("HTML nests deeper than ", kMaxHtmlDepth,
                      " elements: ", tags_dropped, " deeper start tag",
                      tags_dropped == 1 ? "" : "s",
                      " ignored (their text kept); the first");
}

}  // namespace wirecheck
