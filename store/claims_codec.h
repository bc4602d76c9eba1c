// store/claims_codec.h: how the store packs an article's extraction (its
// claims, its event profile and what the extraction limits cut), so that a
// run reads a stored article's claims instead of lexing it again.
//
// An extraction is mostly 64-bit term hashes (a profile holds a few hundred,
// each claim's frame and local terms tens, most of them the profile's
// again): each distinct hash is kept once in a sorted table and referred
// to by its index. The table itself is written as what its entries are
// hashes of, where the article's words tell (a word, a pair of words, a
// name): strings compress, hashes do not, and rehashing a few hundred
// short strings costs a fraction of lexing the article again. Entries no
// word names (alias entities, template keys) are written in full, and a
// hash of the table checks the result. The rest is varints and the bytes of
// strings, and the whole is compressed with Zstandard (level 3) against a
// dictionary compiled in (data/claims.zdict, 64 KB, trained by
// bench/claims_dict.py on the claims of the project's own synthetic
// corpus, never on scraped news: the structure and the lexicon's words every
// blob repeats). Baomoi articles take 2.56 KB each, 2.72 KB without the
// dictionary (2026-12-02, 500 articles); their raw hashes would take 5.1.
// Every field round-trips
// exactly (doubles and floats by their bits), so findings made from a
// decoded extraction are those made from a fresh one. `Claim::templated` is not
// kept (compare sets it per run) and neither is the profile's publication
// time (the article row has it).
//
// A blob that does not decode, does not match the XXH3-64 of its payload
// kept in its header, or decodes to values outside their range (an unknown
// kind, a term index past the table), is DataLoss, never a guess or a
// crash.
//
//   std::string blob = EncodeExtraction(extraction, article, body);
//   ASSIGN_OR_RETURN(ArticleExtraction back, DecodeExtraction(blob, article));
#ifndef WIRECHECK_STORE_CLAIMS_CODEC_H_
#define WIRECHECK_STORE_CLAIMS_CODEC_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "compare/compare.h"
#include "ingest/article.h"
#include "util/span.h"

namespace wirecheck {

// The layout version written first in every blob; bump it with any change
// to the layout or to the dictionary (a store's meta.claims_key includes
// it). 2: compressed against a dictionary trained on scraped news (no
// longer read); 3: against data/claims.zdict as trained now; 4: a moment's
// running score (Claim::moment_score) after the subject.
inline constexpr int kClaimsCodecVersion = 4;

// `extraction` is ExtractArticle's of `article` with the body spans `body`
// (whose words name its terms).
std::string EncodeExtraction(const ArticleExtraction& extraction,
                             const Article& article,
                             const std::vector<Span>& body);
// The uncompressed layout EncodeExtraction compresses. A test pins what
// extraction produces by its hash (compression may change with Zstandard's
// version; the layout does not).
std::string ExtractionPayload(const ArticleExtraction& extraction,
                              const Article& article,
                              const std::vector<Span>& body);
// Claims come back with `doc` -1 (the run sets it) and the profile with an
// unknown publication time.
absl::StatusOr<ArticleExtraction> DecodeExtraction(absl::string_view blob);

}  // namespace wirecheck

#endif  // WIRECHECK_STORE_CLAIMS_CODEC_H_
