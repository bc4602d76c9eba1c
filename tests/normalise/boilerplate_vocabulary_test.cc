#include "normalise/boilerplate_vocabulary.h"

#include "absl/strings/match.h"
#include "gtest/gtest.h"

namespace wirecheck {

extern const char kBoilerplateVocabulary[];

namespace internal {
namespace {

TEST(BoilerplateVocabularyTest, CompiledInListsParse) {
  absl::StatusOr<BoilerplateVocabulary> v =
      BoilerplateVocabulary::Parse(kBoilerplateVocabulary);
  ASSERT_TRUE(v.ok()) << v.status();
  EXPECT_TRUE(v->IsStopWord("và"));
  EXPECT_TRUE(v->IsStopWord("the"));
  EXPECT_FALSE(v->IsStopWord("putin"));
  for (int c = 0; c < static_cast<int>(CueClass::kCount); ++c) {
    EXPECT_FALSE(v->Cues(static_cast<CueClass>(c)).empty()) << c;
  }
  EXPECT_TRUE(BoilerplateVocabulary::Builtin().IsStopWord("của"));
}

TEST(BoilerplateVocabularyTest, ErrorsNameFileAndLine) {
  absl::StatusOr<BoilerplateVocabulary> v = BoilerplateVocabulary::Parse(
      "#file data/boilerplate/cues.tsv\n\ncues\tbình luận\tui\n"
      "cues\txem thêm\tuii\n");
  ASSERT_FALSE(v.ok());
  EXPECT_TRUE(absl::StrContains(
      v.status().message(), "data/boilerplate/cues.tsv:3: unknown cue class"))
      << v.status();
  EXPECT_FALSE(BoilerplateVocabulary::Parse("stop_words\tvà\tfr\n").ok());
  EXPECT_FALSE(BoilerplateVocabulary::Parse("menus\tx\tui\n").ok());
  EXPECT_FALSE(BoilerplateVocabulary::Parse("cues\tx\n").ok());
}

}  // namespace
}  // namespace internal
}  // namespace wirecheck
