// tests/compare/extract_fixture.h: extraction of a whole text with the
// built-in lexicon and aliases, for tests.
//
//   std::vector<Claim> claims = ExtractAll("Vụ cháy làm 12 người chết.",
//                                          PublishedTime::Day(2024, 6, 20));
#ifndef WIRECHECK_TESTS_COMPARE_EXTRACT_FIXTURE_H_
#define WIRECHECK_TESTS_COMPARE_EXTRACT_FIXTURE_H_

#include <string>
#include <vector>

#include "compare/compare.h"
#include "gtest/gtest.h"

namespace wirecheck {

// The built-in knowledge, loaded once; a load failure fails the test.
inline const Knowledge& BuiltinKnowledge() {
  static const Knowledge* k = [] {
    absl::StatusOr<Knowledge> loaded = LoadKnowledge({});
    EXPECT_TRUE(loaded.ok()) << loaded.status();
    return loaded.ok() ? new Knowledge(*std::move(loaded)) : new Knowledge();
  }();
  return *k;
}

// The claims of `body` regions of `text` (all of it when empty).
inline std::vector<Claim> ExtractAll(const std::string& text,
                                     const PublishedTime& published,
                                     const ExtractOptions& options = {},
                                     std::vector<Span> body = {}) {
  if (body.empty()) body = {Span{0, static_cast<uint32_t>(text.size())}};
  const Knowledge& k = BuiltinKnowledge();
  const LexedArticle lexed =
      LexArticle(text, body, k.lexicon, options.language);
  return ExtractClaims(3, text, lexed, published, k.lexicon, options,
                       &k.aliases);
}

}  // namespace wirecheck

#endif  // WIRECHECK_TESTS_COMPARE_EXTRACT_FIXTURE_H_
