// compare/frame.h: what a figure in a sentence is a figure of.
//
// A number alone says little: "50 triệu hành khách" may be a planned or a
// current capacity, "37,45 triệu đồng" the gold price at the open or the
// close, "6,4 độ richter" this week's earthquake or one told as background.
// SentenceFrame reads the sentence once (its clauses, event predicates,
// series nouns, dates) and then answers, for each figure, by small named
// rules whose words are all in data/lexicon/:
//   Role      the predicate: "12 người chết" -> killed (predicate.tsv);
//   Modality  planned, previous, current, requested (modality.tsv,
//             request.tsv);
//   Period    "quý 3", "chín tháng" (period.tsv);
//   Goods     "tấn dầu" -> dầu (measure.tsv);
//   Tail      the words after a figure that set it apart from its
//             neighbours ("dự án [trong nước]");
//   PerItem   "mỗi", "/lít", "each" (per_item.tsv);
//   Series    a price, index or session in the sentence (series.tsv), and
//             its session (session.tsv);
//   Anchor    a date in the clause, or a background cue (background.tsv);
//   Subject   the name a figure belongs to, and the noun phrase it is of
//             ("Tổng chi ngân sách" is not "thu ngân sách");
//   Terms     the content words of the sentence nearest the figure, and
//             those right around it, hashed, for alignment.
// Every search is bounded by the clause and by `window` lexemes, so a
// sentence costs time linear in its length however many figures it holds.
//
//   SentenceFrame f(scan, lexicon_options, date_places);
//   claim.role = f.Role(begin, end, unit_first);
#ifndef WIRECHECK_COMPARE_FRAME_H_
#define WIRECHECK_COMPARE_FRAME_H_

#include <cstdint>
#include <string>
#include <vector>

#include "compare/aliases.h"
#include "compare/claim.h"
#include "compare/scan.h"

namespace wirecheck {

// A date already found in the sentence: its lexemes and resolved interval.
struct DatePlace {
  int begin = 0, end = 0;
  DateParts from, to;
  bool boundary = false;  // After a range word ("từ năm 2000").
};

class SentenceFrame {
 public:
  // `window`: how far (in lexemes) a figure's context reaches. `aliases`
  // (may be null) adds the entities of the window to a figure's terms, so
  // "Triều Tiên" and "North Korea" meet across languages.
  SentenceFrame(const Scan& scan, int window, const AliasTable* aliases);

  // [*first, *last): the clause holding lexemes [begin, end).
  void Clause(int begin, int end, int* first, int* last) const;

  // The predicate of a number: after its counted noun ("12 người chết"),
  // else the nearest before it ("killing 12"); "" when none.
  // *at is a lexeme of the predicate (-1 when none): its first, except for
  // a phrase before the figure found by its end ("kéo dài"), where it is
  // its last; Head steps over the phrase either way.
  std::string Role(int begin, int end, int unit_first, int role_window,
                   int* at) const;
  // The predicate of the sentence nearest to lexemes [begin, end), either
  // side and across its clauses (the action at a moment: "Phút 44, Joshua
  // đã ghi bàn"); *at is its first lexeme (-1 when none).
  std::string NearestPredicate(int begin, int end, int* at) const;
  // The event a date belongs to: the nearest event predicate in its clause,
  // else in the sentence; *at is its lexeme (-1 when none).
  std::string DateEvent(int begin, int end, int* at) const;
  // A legal provision's figures (provision.tsv) are all requested: what
  // the law allows.
  Modality ModalityOf(int begin) const;
  std::string Period(int begin, int end) const;
  std::string Goods(int end, const std::string& unit_class) const;
  // Up to three words right after `end`, up to punctuation, a number or a
  // clause word (which may open the tail: "trong nước"), space-joined.
  std::string Tail(int end) const;
  bool PerItem(int begin, int end) const;
  // The sentence names a series (a price, an index, a trading session).
  bool series() const { return series_; }
  // The session a series figure was read at ("close", "morning"); "".
  std::string Session(int begin) const;
  // Dates of the clause other than the figure itself, and background cues.
  Anchor AnchorOf(int begin, int end, const std::vector<DatePlace>& dates,
                  const DateParts& published_day) const;
  // The nearest name before the figure in its clause (an age's person, a
  // defendant's sentence, a rank's subject), folded; "" when none.
  // *term is the subject's alias entity hash, else its last word's hash.
  std::string Subject(int begin, uint64_t* term) const;
  // Hashes of the subject noun phrase: the content words before the
  // figure's predicate (when it comes first) or before the figure, past any
  // copula ("Tổng chi ngân sách nhà nước ... ước đạt 986.300"), sorted.
  std::vector<uint64_t> Head(int begin, int predicate) const;
  // Hashes of the content words and alias entities of the sentence nearest
  // to [begin, end), at most `max_terms`, sorted and unique.
  std::vector<uint64_t> Terms(int begin, int end, int max_terms) const;
  // A hash of the content words of the figure's clause within the window,
  // outside the figure (a set, so word order and figures do not matter);
  // 0 when there are none.
  uint64_t TemplateKey(int begin, int end) const;
  // Hashes of the names in the sentence: capitalised words (see
  // IsNameWord) and alias entities, sorted and unique.
  std::vector<uint64_t> Names() const;
  // Hashes of the sentence's alias entities and of its names with their
  // diacritics folded, sorted and unique: what other languages share.
  std::vector<uint64_t> Entities() const;
  // The same within `reach` lexemes of the figure, inside its clause.
  std::vector<uint64_t> LocalTerms(int begin, int end, int reach) const;

 private:
  bool IsBoundaryWord(int k) const;
  // A word that is no stop word; read for the whole sentence at once, as
  // every figure's terms ask again for most of its words.
  bool IsContentWord(int k) const;
  void ReadContentWords();
  void ReadTellers();
  bool IsNameWord(int k) const;
  // See lost_stop_background_.
  int LostStopBackground() const;
  // Adds lexeme k's term, and its pair with the word before it when that
  // one is a content word at or after `from`.
  void AddTerm(int k, int from, std::vector<uint64_t>* out) const;
  // The first predicate in [from, stop), not crossing a boundary word at or
  // after `end`; the nearest within `reach` lexemes before `begin`.
  // The role's class (role_class.tsv) is "increment".
  bool IsIncrement(const std::string& role) const;
  std::string PredicateAfter(int from, int end, int stop, int* at) const;
  std::string PredicateBefore(int begin, int reach, int* at) const;

  const Scan& s_;
  const int window_;
  std::vector<int> clause_first_;  // Per lexeme of the sentence.
  std::vector<int> clause_last_;
  std::vector<std::pair<int, int>> events_;    // (lexeme, date_event tag)
  std::vector<std::pair<int, int>> sessions_;  // (lexeme, session tag)
  std::vector<std::pair<int, int>> clocks_;    // (lexeme, minutes)
  std::vector<AliasMatch> entities_;
  std::vector<bool> content_;  // Per lexeme of the sentence.
  // Per lexeme of the sentence: part of a teller's name ("(Reuters)"), who
  // tells the story and is neither a word of its frame nor one of its names.
  std::vector<bool> teller_;
  // Per lexeme of the sentence that follows a content word and is one: the
  // term of the pair (WordPairTerm).
  std::vector<uint64_t> pair_terms_;
  bool series_ = false;
  bool opening_background_ = false;  // A background cue in clause one.
  // Where a capitalised background cue follows a lower-case word ("... lần
  // 3 Trước đó, tháng 3.2016, ..."): a sentence whose full stop the scrape
  // lost starts there; s_.last when none.
  int lost_stop_background_ = 0;
  bool provision_ = false;  // The sentence quotes a legal provision.
};

// How a role behaves when two articles give different figures for it
// (role_class.tsv); `*default_unit` is the unit class a bare number with
// this predicate counts ("people" for killed). kEvent for roles not listed
// and for "increment" roles, which only change how Role() picks a role.
RoleClass RoleClassOf(const Lexicon& lexicon, const std::string& role,
                      std::string* default_unit);

// The hash of a folded term, shared by frames and event profiles. It is
// the lexer's LexKeyHash, so a word's term is its lexeme's key_hash.
uint64_t TermHash(const std::string& folded);
// A name word's key with its diacritics folded, as the term a sentence in
// another spelling or language meets it by ("hòa" -> "@hoa"); its term is
// TermHash of this.
std::string FoldedName(const std::string& key);
// The term of two adjacent words: TermHash of their keys joined by a space.
uint64_t WordPairTerm(const Lexeme& first, const Lexeme& second);
// The term of an alias entity: the same in every language.
uint64_t EntityHash(int entity);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_FRAME_H_
