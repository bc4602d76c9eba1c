// dedup/credit.h: does a copy credit where its text came from?
//
// FindAttributions scans a text for attribution cues — Vietnamese "Theo X",
// "Nguồn: X", "dẫn lời X", "theo hãng tin X"; English "According to X",
// "Source: X", "via X"; and a short parenthesised name "(Reuters)", "(AP)"
// as in datelines — and keeps those whose name phrase X (up to the next
// punctuation, <= 60 bytes) names a wire agency from data/wire_agencies.txt
// or any outlet. Names are compared after folding case and diacritics
// ("Thông tấn xã" == "thong tan xa") on word boundaries.
//
// CheckCredit decides whether a copy credits its source. The copy is
// credited when one of its attributions names
//   (a) the source's outlet ("vnexpress.net" ~ "VnExpress", "tuoitre.vn" ~
//       "Tuổi Trẻ": the domain's first label vs the name with spaces
//       removed), or
//   (b) a wire agency that the source itself is (its outlet) or credits.
// Rule (b) is deliberate: when two outlets carry the same TTXVN story, the
// story belongs to TTXVN, and a copy that says "Theo TTXVN" credits the true
// origin even though it took the words from the other outlet — even when
// that credit line is itself part of the copied text. An agency credit the
// source does not share (the copy says "Theo Reuters" but the source is a
// VnExpress piece with no Reuters credit) does not count: it names someone
// else. When nothing qualifies, `credited` is false and `text`/`span` show
// the copy's first attribution, if any, so a reader sees whom it did credit.
//
//   const CreditFinder& finder = CreditFinder::Default();
//   CreditCheck c = CheckCredit(finder, copy.text, source.text, source.outlet);
#ifndef WIRECHECK_DEDUP_CREDIT_H_
#define WIRECHECK_DEDUP_CREDIT_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "util/span.h"

namespace wirecheck {

// Lower-case, diacritic-free, ASCII-alphanumeric words separated by single
// spaces: "Thông tấn xã Việt Nam" -> "thong tan xa viet nam".
std::string FoldForMatching(absl::string_view text);

struct Attribution {
  Span span;             // Cue plus name, e.g. "Theo TTXVN".
  std::string phrase;    // The folded name phrase after the cue.
  std::string agency;    // Canonical agency named, "" if none.
  bool strong = false;   // An explicit source cue ("Nguồn:", "Source:").
};

struct CreditCheck {
  bool credited = false;
  std::string text;  // Original bytes of the attribution; "" if none.
  Span span;
};

class CreditFinder {
 public:
  // Parses "Canonical|alias|alias" lines; '#' starts a comment line.
  static absl::StatusOr<CreditFinder> FromAgencyList(absl::string_view list);
  // The list compiled in from data/wire_agencies.txt.
  static const CreditFinder& Default();

  // Every attribution cue in `text`, in text order.
  std::vector<Attribution> FindAttributions(absl::string_view text) const;
  // Canonical agency whose alias occurs in folded `phrase`, or "".
  std::string AgencyIn(absl::string_view folded_phrase) const;

 private:
  struct Alias {
    std::string folded;
    int agency;
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
