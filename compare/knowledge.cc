#include "absl/strings/str_cat.h"
#include "compare/compare.h"
#include "xxhash.h"

namespace wirecheck {

// data/aliases.tsv, compiled in by the genrule in compare/BUILD.bazel.
extern const char kBuiltinAliases[];
// data/lexicon/*.tsv, compiled in the same way (compare/lexicon.cc).
extern const char kBuiltinLexicon[];

absl::StatusOr<Knowledge> LoadKnowledge(const KnowledgeFiles& extra) {
  absl::StatusOr<Lexicon> lexicon = Lexicon::Builtin();
  if (!lexicon.ok()) return lexicon.status();
  if (!extra.lexicon.empty()) {
    absl::Status s = lexicon->Add(extra.lexicon, extra.lexicon_name);
    if (!s.ok()) return s;
  }
  // The user's file alone first, so its errors carry its own line numbers.
  if (!extra.aliases.empty()) {
    absl::StatusOr<AliasTable> own = AliasTable::Parse(extra.aliases);
    if (!own.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat(extra.aliases_name, ": ", own.status().message()));
    }
  }
  // The user's lines follow the built-in ones, so a user file can add
  // entities; AliasTable::Parse rejects a name given to two entities.
  absl::StatusOr<AliasTable> aliases =
      AliasTable::Parse(absl::StrCat(kBuiltinAliases, "\n", extra.aliases));
  if (!aliases.ok()) return aliases.status();
  return Knowledge{*std::move(lexicon), *std::move(aliases)};
}

uint64_t KnowledgeFingerprint(const KnowledgeFiles& extra) {
  // Each part with its length first, so no two inputs hash the same bytes.
  std::string all;
  for (absl::string_view part :
       {absl::string_view(kBuiltinLexicon), absl::string_view(kBuiltinAliases),
        absl::string_view(extra.lexicon), absl::string_view(extra.aliases)}) {
    absl::StrAppend(&all, part.size(), ":", part);
  }
  return XXH3_64bits(all.data(), all.size());
}

}  // namespace wirecheck
