// compare/aliases.h: names that refer to the same entity, across languages.
//
// Two articles talk about the same event when their sentences name the same
// people and places, but one writes "Bình Nhưỡng" and the other "Pyongyang",
// or "Kim Jong-un" and "Kim Jong Un". The alias table maps every written
// form to one entity id. It is loaded from text (data/aliases.tsv: one
// entity per line, its names separated by tabs, '#' starts a comment) so
// users can extend it; the CLI reads the file, this module only parses.
// Matching is on folded words with hyphens ignored, longest name first.
//
//   ASSIGN_OR_RETURN(AliasTable aliases, AliasTable::Parse(contents));
//   std::vector<int> ids = aliases.Find(lexemes, first, last);
//   aliases.Display(ids[0]);  // "North Korea" style canonical (first) name
#ifndef WIRECHECK_COMPARE_ALIASES_H_
#define WIRECHECK_COMPARE_ALIASES_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "compare/phrase_table.h"
#include "normalise/lexer.h"

namespace wirecheck {

struct AliasMatch {
  int entity = -1;
  int first = 0;  // Lexeme range of the name.
  int last = 0;
};

class AliasTable {
 public:
  // Fails on a name listed under two different entities (ambiguous).
  static absl::StatusOr<AliasTable> Parse(absl::string_view contents);

  // Non-overlapping names in lexemes [first, last), longest first.
  std::vector<AliasMatch> Find(const std::vector<Lexeme>& lx, int first,
                               int last) const;
  // Entity id of a single name, or -1.
  int Lookup(absl::string_view name) const;
  const std::string& Display(int entity) const { return display_[entity]; }
  int size() const { return static_cast<int>(display_.size()); }

 private:
  PhraseTable names_;  // folded name -> 2 * entity id + (needs a capital)
  absl::flat_hash_map<std::string, int> by_key_;
  std::vector<std::string> display_;
};

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_ALIASES_H_
