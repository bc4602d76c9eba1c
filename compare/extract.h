// compare/extract.h: every dated and numeric claim in one article's body.
//
// ExtractClaims scans the original UTF-8 of each body span (boilerplate is
// never scanned), splits it into sentences (compare/sentences.h), and at
// each lexeme tries a date (compare/dates.h) and then a quantity
// (compare/quantity.h). Partial and relative dates resolve against the
// article's publication time; numbers become intervals; each claim gets the
// role of the nearest predicate ("killed", "deployed") so compare/ only
// pairs like with like. Spans index the article text exactly.
//
//   ExtractOptions opt;  // language auto-detected
//   std::vector<Claim> claims = ExtractClaims(0, article.text, doc.body,
//                                             article.published, opt);
#ifndef WIRECHECK_COMPARE_EXTRACT_H_
#define WIRECHECK_COMPARE_EXTRACT_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "compare/claim.h"
#include "compare/lexer.h"
#include "ingest/article.h"
#include "util/span.h"

namespace wirecheck {

struct ExtractOptions {
  enum class Language { kAuto, kVietnamese, kEnglish };
  // Decides whether "10.000" is ten thousand (vi) or ten (en).
  Language language = Language::kAuto;
  bool dates = true;      // Extract kDate claims.
  bool numbers = true;    // Extract kNumber/kMoney/kPercent/kDuration claims.
  int role_window = 8;    // Lexemes searched after a number for its role.
};

std::vector<Claim> ExtractClaims(int doc, absl::string_view text,
                                 const std::vector<Span>& body,
                                 const PublishedTime& published,
                                 const ExtractOptions& options);

// True when the lexemes look Vietnamese rather than English.
bool LooksVietnamese(const std::vector<Lexeme>& lexemes);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_EXTRACT_H_
