// compare/score.h: the score of a match ("thắng 4-1", "hòa 1-1", "won
// 21-17").
//
// Two outlets that give one match's result as 4-1 and 3-1 disagree. A
// score is two small numbers joined by a dash or colon ("4-1", "4 - 1",
// "2:0"), read only where a score cue of data/lexicon/score_cue.tsv stands
// before it in its sentence ("đánh bại ... với tỷ số 4 - 1") or names a
// shoot-out right after it ("4-1 trong loạt sút luân lưu"); without one,
// "23-10" is a date and "2-3 trận" a range. The cue's tag says which score
// it is: the result, a shoot-out's, a set's, the half-time score, or a
// running score ("mở tỷ số 1-0", "nâng tỷ số lên 2-0"), which is a step of
// the match and no claim. A score is read whichever side is written first
// ("thắng 4-1" and "thua 1-4" agree): its value is the larger number times
// 1000 plus the smaller.
//
//   ScoreMatch m = MatchScore(scan, i);  // "4 - 1" -> 4001, "result"
#ifndef WIRECHECK_COMPARE_SCORE_H_
#define WIRECHECK_COMPARE_SCORE_H_

#include <string>

#include "compare/scan.h"

namespace wirecheck {

struct ScoreMatch {
  int length = 0;  // Lexemes consumed from i; 0 when no score starts here.
  int high = 0, low = 0;
  // The cue's tag: "result", "shootout", "set", "half"; a running score
  // ("running") is consumed but makes no claim.
  std::string score_class;
  bool claim() const { return length > 0 && score_class != "running"; }
  double value() const { return high * 1000.0 + low; }
};

ScoreMatch MatchScore(const Scan& scan, int i);

// The running score of the sentence nearest lexemes [begin, end), larger
// side first ("Joshua ghi bàn, mở tỷ số 1-0 ở phút 44" -> "1-0"), or "".
// A running score names one goal of a match: scores only grow, so each
// pair of numbers is reached at most once. When the sentence writes none,
// opening the scoring ("mở tỷ số cho M.U") makes the sentence's only
// moment "1-0".
std::string RunningScoreNear(const Scan& scan, int begin, int end);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_SCORE_H_
