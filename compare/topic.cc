#include "compare/topic.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "normalise/lexer.h"

namespace wirecheck {
namespace {

struct Names {
  std::vector<int> aliases;
  std::vector<std::string> names;  // Capitalised words, folded, in order.
};

Names NamesOf(absl::string_view text, Span sentence, const Lexicon& lexicon,
              const AliasTable& aliases) {
  Names out;
  const std::vector<Lexeme> lx = Lex(text, sentence);
  const int n = static_cast<int>(lx.size());
  std::vector<bool> covered(n, false);
  for (const AliasMatch& m : aliases.Find(lx, 0, n)) {
    out.aliases.push_back(m.entity);
    for (int k = m.first; k < m.last; ++k) covered[k] = true;
  }
  for (int k = 1; k < n; ++k) {
    const Lexeme& l = lx[k];
    if (covered[k] || l.kind != LexKind::kWord || !l.capitalized ||
        l.key.size() < 2 || lexicon.ContainsLexeme(LexTable::kTitleWord, l)) {
      continue;
    }
    out.names.push_back(l.key);
  }
  return out;
}

}  // namespace

std::string DescribeTopic(const Claim& c) {
  if (c.kind == ClaimKind::kDate) {
    if (c.document) return "year of a document";
    return c.role.empty() ? "date" : absl::StrCat("date of ", c.role);
  }
  if (c.role == "anniversary") return "base year of anniversary";
  if (c.kind == ClaimKind::kAge) return "age";
  if (c.kind == ClaimKind::kTime) {
    return c.role.empty() ? "time of day" : absl::StrCat("time of ", c.role);
  }
  if (c.kind == ClaimKind::kScore) {
    return c.unit_class == "result" ? "score"
                                    : absl::StrCat(c.unit_class, " score");
  }
  if (c.kind == ClaimKind::kRank) {
    return c.role.empty() ? absl::StrCat(c.unit_class, " rank")
                          : absl::StrCat(c.unit_class, " rank, ", c.role);
  }
  std::string what =
      c.unit_class.empty() ? ClaimKindName(c.kind) : c.unit_class;
  if (c.kind == ClaimKind::kDuration) what = "duration";
  return c.role.empty() ? what : absl::StrCat(what, " ", c.role);
}

std::string SharedEntity(absl::string_view text_a, Span sentence_a,
                         absl::string_view text_b, Span sentence_b,
                         const Lexicon& lexicon, const AliasTable& aliases) {
  const Names a = NamesOf(text_a, sentence_a, lexicon, aliases);
  const Names b = NamesOf(text_b, sentence_b, lexicon, aliases);
  for (int id : a.aliases) {
    for (int other : b.aliases) {
      if (id == other) return aliases.Display(id);
    }
  }
  for (const std::string& n : a.names) {
    for (const std::string& other : b.names) {
      if (n == other) return n;
    }
  }
  return "";
}

}  // namespace wirecheck
