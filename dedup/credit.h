// dedup/credit.h: does a copy credit where its text came from?
//
// Newsrooms credit an ARTICLE in a few fixed places; the same words in the
// middle of a paragraph attribute a STATEMENT and credit nothing. "Cũng theo
// KCNA, vào cuối buổi chiêu đãi, ..." says KCNA reported one fact; the line
// "Theo Báo Tin tức/TTXVN" under the story says whose story it is. Only
// article-level credits decide `credited`.
//
// FindAttributions scans the WHOLE text it is given (pass Article::text, not
// the normalised body: normalise drops short trailing lines, which is where
// credit lines live). Cues are matched after folding case and diacritics
// for any script and either Unicode normal form ("NGUỒN:", "Nguồn" with
// decomposed marks, "THEO" all match). Article-level forms:
//   kCreditLine     a line that is only cue + name, optionally wrapped in
//                   parentheses or ended by '.': "Theo TTXVN", "Nguồn: Báo
//                   Quốc Tế", "(Theo Reuters)", "Source: AP", "By Reuters".
//                   Cues: theo, theo hãng tin, theo hãng thông tấn, nguồn,
//                   nguồn tin, source(s), credit, by, via ("by"/"via" only
//                   with a wire agency: "By John Smith" is an author).
//                   Also a cue alone on a line ("Nguồn") whose next non-blank
//                   line is an outlet-like name (see below).
//   kParenthesised  "(Theo AFP)", "(Nguồn: X)" or an agency "(TTXVN)" that
//                   closes the last non-blank line, or closes a short
//                   byline-like line ("Minh Anh (theo Reuters)", <= 6 words
//                   before the parenthesis). A photo caption ending in
//                   "(Nguồn: Sputnik)" mid-text is neither.
//   kDateline       at the start of one of the first 8 non-blank lines: an
//                   optional place/date (no '.', <= 60 bytes), "(Name)", then
//                   a dash: "PYONGYANG, June 19 (Reuters) -", "(AP) —",
//                   "Hà Nội (TTXVN) -"; or "(Theo X)" opening the line.
//   kClosing        cue + name forming the last sentence of the last
//                   non-blank line: "... không thể phá vỡ. Theo TTXVN".
//   kMasthead       an outlet named by its masthead: opening one of the
//                   first 8 lines before a dash ("VOV.VN - ...",
//                   "GiadinhNet - ...", "(Soha.vn) - ...", "(Toquoc) - ..."),
//                   or alone on the last line of several ("VnExpress",
//                   "VTC1", "Reuter"). A masthead word is a domain, an
//                   agency, or one ASCII word with two capitals in mixed
//                   case ("GiadinhNet") or 2-8 capitals and digits ("VTC1");
//                   bylines ("Quý Sáng") and "TP.HCM -" (a place) are not.
//                   Real articles carry them where aggregators and scrapers
//                   keep the source (testdata/dedup/credit_lines.tsv).
// A name qualifies when it is <= 60 bytes and <= 8 words, is not a clause
// (every comma-separated part is a name) and is name-like: it names a wire
// agency (data/wire_agencies.txt), or looks like a domain ("vnexpress.net"),
// or starts with an upper-case letter or digit and is not a known false
// friend ("Theo dõi VGT trên" is a follow button, "Theo giới phân tích" an
// attribution to analysts). For a cue alone on its line, the next line must
// be outlet-like: an agency, a domain, or a name starting with an outlet
// word (Báo, Tạp chí, Đài, Kênh, Cổng, Trang, Hãng, Thông tấn xã, ...), so
// "Nguồn" followed by "Bình luận (0)" (sample 004) is not a credit.
// Everything else that names a wire agency after a cue ("theo KCNA, ...",
// "dẫn lời hãng tin Reuters", "according to AP", a mid-text "(KCNA)") is
// returned as kStatement, for display only.
//
// CheckCredit decides whether a copy credits its source, using only the
// copy's and the source's article-level credits:
//   (a) a credit naming the source's outlet ("vnexpress.net" ~ "VnExpress",
//       "tuoitre.vn" ~ "Báo Tuổi Trẻ", "Báo Quốc Tế" ~ "baoquocte.vn" ~
//       "Quốc Tế": the outlet's stem vs the name with spaces removed, from
//       any word start, with or without a leading "báo"), or
//   (b) a credit naming a wire agency that the source is (its outlet) or
//       credits at article level. When two outlets carry the same TTXVN
//       story the story is TTXVN's, and "Theo TTXVN" credits the true origin
//       even if the words came from the other outlet. An agency the source
//       does not credit (copy "Theo Reuters", source a VnExpress piece with
//       no Reuters credit) names someone else: not credited.
//   (c) the source's outlet is unknown (empty, as for many .txt scrapes):
//       wirecheck cannot show that a credit names someone else, so any
//       article-level credit counts (a masthead only under (a) or (b): it
//       may be the copy's own outlet), except an agency credit when the source
//       itself credits other agencies at article level (then (b) decides:
//       the story is theirs).
// When nothing qualifies, `credited` is false and `text`/`span` show the
// copy's first article-level credit, if any, so a reader sees whom it did
// credit; statement attributions are never shown as a credit.
//
//   const CreditFinder& finder = CreditFinder::Default();
//   CreditCheck c = CheckCredit(finder, copy.text, source.text, source.outlet);
//   if (!c.credited) ... c.text is "" or the credit naming someone else.
#ifndef WIRECHECK_DEDUP_CREDIT_H_
#define WIRECHECK_DEDUP_CREDIT_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "util/span.h"

namespace wirecheck {

// Lower-case, diacritic-free, alphanumeric words separated by single
// spaces: "Thông tấn xã Việt Nam" -> "thong tan xa viet nam".
std::string FoldForMatching(absl::string_view text);

enum class CreditForm {
  kStatement,      // Mid-text attribution of a statement: never a credit.
  kCreditLine,     // A line that is only cue + name.
  kParenthesised,  // "(Theo AFP)" closing the text or a byline line.
  kDateline,       // "PYONGYANG, June 19 (Reuters) -".
  kClosing,        // "... . Theo TTXVN" ending the text.
  kMasthead,       // An outlet's own sign: "VOV.VN -", "(Soha.vn) -", a
                   // last line "VnExpress"; may be the copy's own outlet.
  kLead,           // "Theo TTXVN, ..." opening the story's first paragraph:
                   // the whole story is the agency's.
};

struct Attribution {
  Span span;                          // E.g. "Theo TTXVN", "(Reuters)".
  std::string phrase;                 // The folded name ("bao tin tuc ttxvn").
  std::vector<std::string> agencies;  // Canonical agencies named, in order.
  CreditForm form = CreditForm::kStatement;

  bool article_level() const { return form != CreditForm::kStatement; }
};

struct CreditCheck {
  bool credited = false;
  std::string text;  // Original bytes of the credit; "" if none.
  Span span;
};

class CreditFinder {
 public:
  // Parses "Canonical|alias|alias" lines; '#' starts a comment line.
  static absl::StatusOr<CreditFinder> FromAgencyList(absl::string_view list);
  // The list compiled in from data/wire_agencies.txt.
  static const CreditFinder& Default();

  // Article-level credits and agency-naming statements in `text`, in text
  // order, never overlapping.
  std::vector<Attribution> FindAttributions(absl::string_view text) const;
  // Every canonical agency named in `name` (original text), in order of
  // mention. Aliases are matched folded on word boundaries, except aliases
  // of <= 3 characters, which must appear with the list's exact case so
  // "AP" is not "áp lực" and "THX" is not "thx".
  std::vector<std::string> AgenciesIn(absl::string_view name) const;
  // The first of AgenciesIn(name), or "".
  std::string AgencyIn(absl::string_view name) const;

 private:
  struct Alias {
    // " alias ": folded, or exact for short aliases; the spaces make a
    // match a whole word in AgenciesIn's space-padded haystacks.
    std::string needle;
    int agency;
    bool exact_case;
  };
  std::vector<std::string> agencies_;
  std::vector<Alias> aliases_;  // Longest first.
};

// "vnexpress.net" -> "vnexpress"; "Tuổi Trẻ" -> "tuoitre"; "" if unknown.
std::string OutletStem(absl::string_view outlet);

CreditCheck CheckCredit(const CreditFinder& finder, absl::string_view copy_text,
                        absl::string_view source_text,
                        absl::string_view source_outlet);

// The same decision from attributions found earlier (FindAttributions of
// the copy's and the source's text), for batches that check many pairs.
CreditCheck CheckCredit(const CreditFinder& finder,
                        const std::vector<Attribution>& copy_attributions,
                        absl::string_view copy_text,
                        const std::vector<Attribution>& source_attributions,
                        absl::string_view source_outlet);

}  // namespace wirecheck

#endif  // WIRECHECK_DEDUP_CREDIT_H_
