// normalise/boilerplate_vocabulary.h: the word lists of the boilerplate
// classifier. Internal to //normalise:boilerplate.
//
// Every list is data in data/boilerplate/ (each file's header says what its
// columns and classes mean), compiled into the binary by the genrule in
// normalise/BUILD.bazel and parsed once. A class is one of a closed set, so
// a typo in a data file is an error naming the file and line.
//
//   const BoilerplateVocabulary& v = BoilerplateVocabulary::Builtin();
//   if (v.IsStopWord("và")) ...
//   for (const std::string& cue : v.Cues(CueClass::kCredit)) ...
#ifndef WIRECHECK_NORMALISE_BOILERPLATE_VOCABULARY_H_
#define WIRECHECK_NORMALISE_BOILERPLATE_VOCABULARY_H_

#include <array>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace wirecheck {
namespace internal {

// The classes of data/boilerplate/cues.tsv (its header explains each).
enum class CueClass {
  kUi,
  kUiVerb,
  kRelated,
  kByline,
  kFooter,
  kCredit,
  kImage,
  kWireCredit,
  kCount
};

class BoilerplateVocabulary {
 public:
  // The compiled-in lists. REQUIRES: they parse (tests/normalise/
  // boilerplate_vocabulary_test checks it); if they did not, every list
  // would be empty.
  static const BoilerplateVocabulary& Builtin();

  // `tsv` holds tables as the genrule writes them: "#file PATH" lines, then
  // each line of that file prefixed with its table ("cues", "stop_words")
  // and a tab, comments blanked. Errors name PATH and the line.
  static absl::StatusOr<BoilerplateVocabulary> Parse(absl::string_view tsv);

  // `word` is folded (lowercase NFC).
  bool IsStopWord(absl::string_view word) const {
    return stop_words_.contains(word);
  }
  // Phrases of a class, in file order.
  const std::vector<std::string>& Cues(CueClass c) const {
    return cues_[static_cast<int>(c)];
  }

 private:
  absl::flat_hash_set<std::string> stop_words_;
  std::array<std::vector<std::string>, static_cast<int>(CueClass::kCount)>
      cues_;
};

}  // namespace internal
}  // namespace wirecheck

#endif  // WIRECHECK_NORMALISE_BOILERPLATE_VOCABULARY_H_
