// compare/scan.h: one sentence's lexemes as the extraction rules see them.
//
// The date, quantity and frame rules (compare/dates.h, quantity.h, frame.h)
// all look at lexemes around a position of one sentence and ask the lexicon
// about them. A Scan bundles what they share, so each rule reads as what it
// checks: `s.Match(LexTable::kUnit, k)`, `s.Is(k, "tháng")`.
//
//   Scan s{lexicon, lexemes, segmentation, sentence.first, sentence.last,
//          /*vietnamese=*/true};
//   if (s.Is(i, "ngày") && s.IsNumber(i + 1)) ...
#ifndef WIRECHECK_COMPARE_SCAN_H_
#define WIRECHECK_COMPARE_SCAN_H_

#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/string_view.h"
#include "compare/lexicon.h"
#include "normalise/lexer.h"

namespace wirecheck {

struct Scan {
  const Lexicon& lexicon;
  const std::vector<Lexeme>& lx;
  const Segmentation& seg;
  int first = 0;  // The sentence's lexemes are [first, last).
  int last = 0;
  bool vietnamese = true;

  bool In(int i) const { return i >= first && i < last; }
  // Lexeme i is a word (or punctuation) with this folded key.
  bool Is(int i, absl::string_view key) const {
    return In(i) && lx[i].kind != LexKind::kNumber && lx[i].key == key;
  }
  bool IsWord(int i) const { return In(i) && lx[i].kind == LexKind::kWord; }
  bool IsNumber(int i) const { return In(i) && lx[i].kind == LexKind::kNumber; }
  bool IsPunct(int i) const { return In(i) && lx[i].kind == LexKind::kPunct; }
  // Lexeme i is written against the one before it (no space between).
  bool Glued(int i) const { return In(i) && !lx[i].space_before; }
  // A plain integer of at most `digits` digits.
  bool Int(int i, int* v, size_t digits = 4) const {
    if (!IsNumber(i) || lx[i].key.size() > digits ||
        lx[i].key.find_first_not_of("0123456789") != std::string::npos) {
      return false;
    }
    return absl::SimpleAtoi(lx[i].key, v);
  }
  PhraseMatch Match(LexTable table, int i) const {
    if (!In(i)) return {};
    return lexicon.Match(table, lx, seg, i, last);
  }
  // The longest phrase of `table` ending at lexeme end - 1, within
  // [begin, end).
  PhraseMatch MatchEndingAt(LexTable table, int begin, int end) const {
    if (begin < first) begin = first;
    return lexicon.MatchEndingAt(table, lx, seg, begin, end);
  }
  double Number(LexTable table, const PhraseMatch& m) const {
    return lexicon.Tag(table, m.tag).number;
  }
  const std::string& Text(LexTable table, const PhraseMatch& m) const {
    return lexicon.Text(table, m.tag);
  }
};

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_SCAN_H_
