#include "normalise/boilerplate_vocabulary.h"

#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace wirecheck {

// data/boilerplate/*.tsv, compiled in by the genrule in normalise/BUILD.bazel.
extern const char kBoilerplateVocabulary[];

namespace internal {
namespace {

constexpr std::pair<absl::string_view, CueClass> kCueClasses[] = {
    {"ui", CueClass::kUi},           {"ui_verb", CueClass::kUiVerb},
    {"related", CueClass::kRelated}, {"byline", CueClass::kByline},
    {"footer", CueClass::kFooter},   {"credit", CueClass::kCredit},
    {"image", CueClass::kImage},     {"wire_credit", CueClass::kWireCredit},
};

bool ParseCueClass(absl::string_view name, CueClass* c) {
  for (const auto& [n, cls] : kCueClasses) {
    if (n == name) {
      *c = cls;
      return true;
    }
  }
  return false;
}

}  // namespace

const BoilerplateVocabulary& BoilerplateVocabulary::Builtin() {
  static const auto* vocabulary = [] {
    absl::StatusOr<BoilerplateVocabulary> parsed =
        Parse(kBoilerplateVocabulary);
    return new BoilerplateVocabulary(parsed.ok() ? *std::move(parsed)
                                                 : BoilerplateVocabulary());
  }();
  return *vocabulary;
}

absl::StatusOr<BoilerplateVocabulary> BoilerplateVocabulary::Parse(
    absl::string_view tsv) {
  BoilerplateVocabulary v;
  std::string file = "data/boilerplate";
  int line_no = 0;
  for (absl::string_view line : absl::StrSplit(tsv, '\n')) {
    ++line_no;
    if (absl::ConsumePrefix(&line, "#file ")) {
      file = std::string(line);
      line_no = 0;
      continue;
    }
    if (line.empty()) continue;
    std::vector<absl::string_view> f = absl::StrSplit(line, '\t');
    auto error = [&](absl::string_view what) {
      return absl::InvalidArgumentError(
          absl::StrCat(file, ":", line_no, ": ", what));
    };
    if (f.size() != 3 || f[1].empty()) return error("want phrase<TAB>class");
    if (f[0] == "stop_words") {
      if (f[2] != "vi" && f[2] != "en") return error("language is vi or en");
      v.stop_words_.insert(std::string(f[1]));
    } else if (f[0] == "cues") {
      CueClass c;
      if (!ParseCueClass(f[2], &c)) return error("unknown cue class");
      v.cues_[static_cast<int>(c)].push_back(std::string(f[1]));
    } else {
      return error("unknown table");
    }
  }
  return v;
}

}  // namespace internal
}  // namespace wirecheck
