// compare/rank.h: positions and counts of a series written as ordinals.
//
// "đứng thứ 6 trong cả nước", "tăng trần phiên thứ 7 liên tiếp", "lần thứ
// ba", "dẫn đầu cả nước" are claims too: two outlets that rank the same
// province 6th and 1st disagree. MatchRank reads a rank noun
// (data/lexicon/rank_noun.tsv) followed by "thứ" and a number, number word
// or ordinal ("thứ nhất", "đầu tiên"), a rank noun tagged "moment" followed
// by a plain number ("phút 44", the minute of a match), or a rank phrase that
// names a position without a numeral (data/lexicon/rank.tsv: "dẫn đầu" is 1).
// The rank noun's class (session, time, position) keeps positions of different
// series apart.
//
//   RankMatch r = MatchRank(scan, i);  // "phiên thứ 7" -> 7, "session"
#ifndef WIRECHECK_COMPARE_RANK_H_
#define WIRECHECK_COMPARE_RANK_H_

#include <string>

#include "compare/scan.h"

namespace wirecheck {

struct RankMatch {
  int length = 0;  // Lexemes consumed from i; 0 when no rank starts here.
  double value = 0;
  std::string rank_class;  // "session", "position", "time", ...
  // A moment of a sequence of actions (the minute of a match): its noun is
  // tagged "moment" in rank_noun.tsv.
  bool moment = false;
};

RankMatch MatchRank(const Scan& scan, int i);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_RANK_H_
