// compare/extract.h: every dated and numeric claim in one article's body.
//
// LexArticle lexes the body regions of an article once (boilerplate is never
// read), segments them with the lexicon's compound words, splits sentences
// and decides the language. ExtractClaims then walks each sentence: at each
// lexeme it tries a date (compare/dates.h), a rank (compare/rank.h) and a
// quantity (compare/quantity.h), and gives every claim its frame
// (compare/frame.h): predicate, modality, period, goods, per-item, series,
// anchor, subject and context terms. Partial and relative dates resolve
// against the publication time; numbers become intervals. Spans index the
// article text exactly.
//
// Limits keep a hostile article linear: at most `max_claims_per_sentence`
// claims are taken from one sentence and `max_claims_per_article` from one
// article; what is dropped is counted in ExtractStats. With an alias table,
// a claim's terms include the entities around it (cross-language matching).
//
//   ASSIGN_OR_RETURN(Lexicon lexicon, Lexicon::Builtin());
//   LexedArticle lexed = LexArticle(article.text, doc.body, lexicon, {});
//   std::vector<Claim> claims = ExtractClaims(0, article.text, lexed,
//                                             article.published, lexicon, {});
#ifndef WIRECHECK_COMPARE_EXTRACT_H_
#define WIRECHECK_COMPARE_EXTRACT_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "compare/aliases.h"
#include "compare/claim.h"
#include "compare/lexicon.h"
#include "ingest/article.h"
#include "normalise/lexer.h"
#include "normalise/sentences.h"
#include "util/span.h"

namespace wirecheck {

// The version of what extraction makes of an article (its claims and
// profile): bump it with any change to extract, frame, dates, quantity,
// rank or ProfileOf that changes them for some article. The store keeps
// extractions, and refuses those of another version (pipeline/store_run.h).
// tests/store/extractor_version_test pins the extraction of the extraction
// tables' texts to this version, so a change without a bump fails the suite
// (a change of the built-in word lists changes the claims key by itself,
// but the test cannot tell code from data: bump for both).
inline constexpr int kExtractorVersion = 19;

// Every field changes what is extracted, so every field is part of a
// store's claims key (ClaimsKeyFor, pipeline/store_run.cc): a new field
// must be added there too.
struct ExtractOptions {
  enum class Language { kAuto, kVietnamese, kEnglish };
  // Decides whether "10.000" is ten thousand (vi) or ten (en).
  Language language = Language::kAuto;
  bool dates = true;        // Extract kDate claims.
  bool numbers = true;      // Extract the other kinds.
  int role_window = 8;      // Lexemes searched after a number for its role.
  int context_window = 12;  // Lexemes a figure's modality, period ... reach.
  int frame_terms = 64;     // Sentence terms nearest a figure kept (frame).
  int local_reach = 4;      // Lexemes each side read as its local terms.
  int max_claims_per_sentence = 64;
  int max_claims_per_article = 2000;
  // How far "khoảng 12h30" reaches either way: reporters round a time of
  // day to the quarter or half hour.
  int about_clock_minutes = 20;
};

// One article's body, lexed once for every later step.
struct LexedArticle {
  std::vector<Lexeme> lexemes;  // Body regions in order.
  Segmentation seg;             // Lexicon::Segment of `lexemes`.
  std::vector<Sentence> sentences;
  bool vietnamese = true;
};

LexedArticle LexArticle(absl::string_view text, const std::vector<Span>& body,
                        const Lexicon& lexicon,
                        ExtractOptions::Language language);

// What the limits of ExtractOptions cut, for a warning naming the article.
// Offsets are bytes of Article::text; -1 when that limit was not hit.
struct ExtractStats {
  int claims_dropped = 0;        // Over the per-sentence or per-article limit.
  int sentences_over_limit = 0;  // With > max_claims_per_sentence.
  int64_t first_sentence_drop = -1;  // The first claim dropped there.
  int64_t article_limit_at = -1;     // Where max_claims_per_article cut.
};

std::vector<Claim> ExtractClaims(int doc, absl::string_view text,
                                 const LexedArticle& lexed,
                                 const PublishedTime& published,
                                 const Lexicon& lexicon,
                                 const ExtractOptions& options,
                                 const AliasTable* aliases = nullptr,
                                 ExtractStats* stats = nullptr);

// True when the lexemes look Vietnamese rather than English: function words
// (data/lexicon/language.tsv) decide, else the share of marked letters.
// `seg` is lexicon.Segment(lexemes).
bool LooksVietnamese(const std::vector<Lexeme>& lexemes,
                     const Segmentation& seg, const Lexicon& lexicon);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_EXTRACT_H_
