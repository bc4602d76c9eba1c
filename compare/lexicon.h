// compare/lexicon.h: the word lists that claim extraction and matching read.
//
// Every list is data: data/lexicon/<table>.tsv, one phrase per line with its
// tag (see each file's header), compiled into the binary and extendable by
// the user (`wirecheck --lexicon=FILE`, lines "table<TAB>phrase<TAB>tag").
// Phrases are folded like the text (normalise/lexer.h), so "Tháng Ba" and
// "tháng ba" meet; Vietnamese and English phrases share tags, so "binh lính"
// and "troops" are both the unit "troops".
//
// Tags of closed sets are checked when the lexicon is parsed (a qualifier is
// one of gt, ge, near, about, le, lt; a modality one of planned, previous,
// current, conditional, barrier), so a typo in a data file is an error naming
// the file and line, never a silently dead rule.
//
// Vietnamese writes every syllable apart: "đầu tư" (invest) holds "tư"
// (four). The table `compound` lists words that must not be split; Match()
// never returns a phrase that cuts through one or lies inside one.
//
//   ASSIGN_OR_RETURN(Lexicon lexicon, Lexicon::Builtin());
//   RETURN_IF_ERROR(lexicon.Add(user_file_text, "my_words.tsv"));
//   Segmentation seg = lexicon.Segment(lexemes);
//   PhraseMatch m = lexicon.Match(LexTable::kUnit, lexemes, seg, i, end);
//   lexicon.Text(LexTable::kUnit, m.tag);  // "troops"
#ifndef WIRECHECK_COMPARE_LEXICON_H_
#define WIRECHECK_COMPARE_LEXICON_H_

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "compare/phrase_table.h"
#include "normalise/lexer.h"

namespace wirecheck {

enum class LexTable : uint8_t {
  kAge,
  kAnniversary,
  kAttributeUnit,
  kBackground,
  kClassifier,
  kClauseWord,
  kClock,
  kCompound,
  kCopula,
  kCounter,
  kCurrency,
  kCurrencySymbol,
  kDateEvent,
  kDayCue,
  kDecimalWord,
  kDurationUnit,
  kFuture,
  kIdentifierCue,
  kLanguage,
  kMeasure,
  kModality,
  kMonthName,
  kNumberWord,
  kOrdinal,
  kPartWord,
  kPerItem,
  kPeriod,
  kPredicate,
  kProvision,
  kQualifier,
  kQualifierAfter,
  kQuarterWord,
  kRangeWord,
  kRank,
  kRankNoun,
  kRelativeDay,
  kRelativeWord,
  kRequest,
  kRoleClass,
  kScale,
  kScoreCue,
  kSeries,
  kSession,
  kSign,
  kStopWord,
  kTeller,
  kTitleWord,
  kUnit,
  kUnitBefore,
  kVagueNumber,
  kWeekday,
};
inline constexpr int kLexTableCount = static_cast<int>(LexTable::kWeekday) + 1;

// The file stem of a table ("unit" for LexTable::kUnit).
const char* LexTableName(LexTable table);

// One distinct tag of a table: its text and what was parsed from it.
struct LexTag {
  std::string text;   // As written in the file ("troops", "hour=3600").
  std::string name;   // The part before '=' or ':' ("hour"), else text.
  double number = 0;  // The numeric part, when the tag has one.
  double high = 0;    // The second number of a range tag ("1:10").
  std::string extra;  // An optional third column ("suffix-upper").
};

static_assert(kLexTableCount <= 64, "Segmentation::starts is a 64-bit mask");

// For each lexeme of an article, the length in lexemes of the listed
// compound word starting there (1 when none), or 0 when the lexeme lies
// inside a compound that started earlier; and which tables have a phrase
// whose first word it is, so Match() skips the others without a lookup.
struct Segmentation {
  std::vector<uint8_t> length;
  std::vector<uint64_t> starts;  // Bit t: LexTable t has a phrase here.

  size_t size() const { return length.size(); }
  uint8_t operator[](size_t i) const { return length[i]; }
};

class Lexicon {
 public:
  // The lexicon compiled from data/lexicon/*.tsv, with the wire agencies
  // of data/wire_agencies.txt as its teller table (AddTellers).
  static absl::StatusOr<Lexicon> Builtin();

  // Parses lines "table<TAB>phrase<TAB>tag[<TAB>extra]" ('#' starts a
  // comment; "#file NAME" renames the source for messages). InvalidArgument
  // names `source` and the line for an unknown table, a missing tag or a tag
  // outside its table's closed set.
  static absl::StatusOr<Lexicon> Parse(absl::string_view tsv,
                                       absl::string_view source);
  // Adds lines of the same format (a user's extension file).
  absl::Status Add(absl::string_view tsv, absl::string_view source);
  // Adds the names of those who tell a story rather than take part in it
  // (wire agencies: "(Reuters) -", "Theo TTXVN") to the teller table, from
  // lines "Canonical|alias|alias" (the format of data/wire_agencies.txt,
  // which dedup/ reads for credits), each name tagged with its canonical.
  absl::Status AddTellers(absl::string_view list, absl::string_view source);

  // Segments lexemes with the compound table (greedy longest match).
  Segmentation Segment(const std::vector<Lexeme>& lx) const;

  // The longest phrase of `table` at lexeme `i` (ending at or before `end`)
  // that does not cut through a compound of `seg`.
  PhraseMatch Match(LexTable table, const std::vector<Lexeme>& lx,
                    const Segmentation& seg, int i, int end) const {
    // Most calls ask at a lexeme that starts no phrase of the table or lies
    // inside a compound: answered here, inline, from the segmentation.
    const int n = static_cast<int>(seg.size());
    if (i < n &&
        (seg[i] == 0 || !(seg.starts[i] >> static_cast<int>(table) & 1))) {
      return {};
    }
    return MatchStartingPhrase(table, lx, seg, i, end);
  }
  // The longest phrase of `table` ending exactly at `end` - 1, starting at
  // or after `begin`, aligned with `seg`.
  PhraseMatch MatchEndingAt(LexTable table, const std::vector<Lexeme>& lx,
                            const Segmentation& seg, int begin, int end) const;
  // True when the folded phrase is listed in `table`.
  bool Contains(LexTable table, absl::string_view folded_phrase) const;
  // The tag of a folded phrase, or -1.
  int Find(LexTable table, absl::string_view folded_phrase) const;
  // The same for one lexeme's key, without hashing it again.
  bool ContainsLexeme(LexTable table, const Lexeme& l) const {
    return FindLexeme(table, l) >= 0;
  }
  int FindLexeme(LexTable table, const Lexeme& l) const {
    return tables_[static_cast<int>(table)].FindLexeme(l);
  }
  // FindLexeme of lexeme `k` of segmented lexemes: one that starts no
  // phrase of the table (Segmentation::starts) needs no lookup, unless its
  // key has a space in it (several words to the table).
  int FindSegmented(LexTable table, const std::vector<Lexeme>& lx,
                    const Segmentation& seg, int k) const {
    if (!(seg.starts[k] >> static_cast<int>(table) & 1) &&
        lx[k].key.find(' ') == std::string::npos) {
      return -1;
    }
    return FindLexeme(table, lx[k]);
  }

  const LexTag& Tag(LexTable table, int tag) const {
    return tags_[static_cast<int>(table)][tag];
  }
  const std::string& Text(LexTable table, int tag) const {
    return Tag(table, tag).text;
  }
  size_t size(LexTable table) const {
    return tables_[static_cast<int>(table)].size();
  }

 private:
  // Match() at a lexeme the segmentation lets start a phrase of `table`.
  PhraseMatch MatchStartingPhrase(LexTable table, const std::vector<Lexeme>& lx,
                                  const Segmentation& seg, int i,
                                  int end) const;
  absl::Status AddLine(absl::string_view line, absl::string_view source,
                       int line_no);
  int InternTag(LexTable table, LexTag tag);

  std::array<PhraseTable, kLexTableCount> tables_;
  // LexKeyHash of a phrase's first word -> the tables listing such phrases.
  absl::flat_hash_map<uint64_t, uint64_t> first_word_tables_;
  std::array<std::vector<LexTag>, kLexTableCount> tags_;
};

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_LEXICON_H_
