#include "compare/aliases.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace wirecheck {

namespace {

// A name is a few words without JSON or markup punctuation: a JSONL line or
// a paragraph given as an alias table is an error, not one huge "entity".
bool LooksLikeName(absl::string_view n) {
  constexpr size_t kMaxNameBytes = 120;
  return n.size() <= kMaxNameBytes &&
         n.find_first_of("{}[]\"<>") == absl::string_view::npos;
}

}  // namespace

absl::StatusOr<AliasTable> AliasTable::Parse(absl::string_view contents) {
  AliasTable t;
  int line_no = 0;
  for (absl::string_view line : absl::StrSplit(contents, '\n')) {
    ++line_no;
    size_t hash = line.find('#');
    if (hash != absl::string_view::npos) line = line.substr(0, hash);
    std::vector<absl::string_view> names;
    for (absl::string_view n : absl::StrSplit(line, '\t')) {
      n = absl::StripAsciiWhitespace(n);
      if (!n.empty()) names.push_back(n);
    }
    if (names.empty()) continue;
    for (absl::string_view n : names) {
      if (!LooksLikeName(n)) {
        return absl::InvalidArgumentError(absl::StrCat(
            "aliases line ", line_no, ": \"", n.substr(0, 40),
            "\" is not a name (lines are names separated by TABs; is this "
            "a JSONL file?)"));
      }
    }
    const int id = static_cast<int>(t.display_.size());
    t.display_.emplace_back(names[0]);
    for (absl::string_view n : names) {
      std::string key = absl::StrJoin(PhraseWords(n), " ");
      if (key.empty()) continue;
      auto [it, inserted] = t.by_key_.emplace(key, id);
      if (!inserted && it->second != id) {
        return absl::InvalidArgumentError(absl::StrCat(
            "aliases line ", line_no, ": name \"", n,
            "\" already belongs to \"", t.display_[it->second], "\""));
      }
      // A capitalised name must be capitalised in the text too: "Nhật"
      // (Japan) is not the "nhật" of "cập nhật".
      const std::vector<Lexeme> head = LexAll(n);
      const bool cap = !head.empty() && head[0].capitalized;
      t.names_.Add(n, 2 * id + (cap ? 1 : 0));
    }
  }
  return t;
}

std::vector<AliasMatch> AliasTable::Find(const std::vector<Lexeme>& lx,
                                         int first, int last) const {
  std::vector<AliasMatch> out;
  if (names_.empty()) return out;
  for (int i = first; i < last;) {
    PhraseMatch m = names_.LongestAt(lx, i, last);
    const bool needs_cap = m && (m.tag & 1) != 0;
    if (m && (!needs_cap || lx[i].capitalized)) {
      out.push_back({m.tag / 2, i, i + m.length});
      i += m.length;
    } else {
      ++i;
    }
  }
  return out;
}

int AliasTable::Lookup(absl::string_view name) const {
  auto it = by_key_.find(absl::StrJoin(PhraseWords(name), " "));
  return it == by_key_.end() ? -1 : it->second;
}

}  // namespace wirecheck
