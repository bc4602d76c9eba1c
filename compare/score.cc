#include "compare/score.h"

#include <algorithm>

#include "absl/strings/numbers.h"
#include "compare/rank.h"

namespace wirecheck {
namespace {

// Lexemes searched before a score for its cue, and after it for a
// shoot-out.
constexpr int kCueReach = 8;
constexpr int kShootoutReach = 5;
// The most points one side scores in any sport news reports a set of.
constexpr int kMaxPoints = 200;

// "4-1" is one lexeme (the lexer joins numbers over a dash): its two
// sides, when both are plain numbers of at most three digits.
bool GluedPair(const Scan& s, int i, int* a, int* b) {
  if (!s.IsNumber(i)) return false;
  const std::string& key = s.lx[i].key;
  const size_t dash = key.find('-');
  if (dash == std::string::npos || dash == 0 || dash > 3 ||
      key.size() - dash - 1 > 3 || key.size() == dash + 1 ||
      key.find_first_not_of("0123456789-") != std::string::npos ||
      key.find('-', dash + 1) != std::string::npos) {
    return false;
  }
  return absl::SimpleAtoi(key.substr(0, dash), a) &&
         absl::SimpleAtoi(key.substr(dash + 1), b);
}

// A pair that reads as a day and month ("30-4", "7-5") is a date when a
// day cue ("ngày", "hôm") stands anywhere in the cue reach before it.
bool DateShaped(const Scan& s, int i, int a, int b) {
  if (a < 1 || a > 31 || b < 1 || b > 12) return false;
  for (int j = i - 1; j >= std::max(s.first, i - kCueReach); --j) {
    if (s.Match(LexTable::kDayCue, j)) return true;
  }
  return false;
}

// "4 - 1", "2:0": the second number's lexeme, or -1.
int SecondNumber(const Scan& s, int i) {
  const int sep = i + 1;
  if (!s.Is(sep, "-") && !s.Is(sep, "–") && !s.Is(sep, ":")) return -1;
  // Spaced on one side only is a range or a clause dash ("2 -3").
  if (s.Glued(sep) != s.Glued(sep + 1)) return -1;
  return sep + 1;
}

// "1-0-2", "23-10-2013", "4-1-0": more than one score; "2-3 trận": a range
// of counts.
bool GoesOn(const Scan& s, int k) {
  if (s.Is(k, "-") || s.Is(k, "–") || s.Is(k, ":") || s.Is(k, "/")) {
    return s.IsNumber(k + 1);
  }
  if (s.IsNumber(k) || (s.IsWord(k) && s.Glued(k)) ||
      s.Match(LexTable::kUnit, k)) {
    return true;
  }
  const PhraseMatch m = s.Match(LexTable::kScoreCue, k);
  return m && s.Text(LexTable::kScoreCue, m) == "counted";
}

// The tag of the nearest decisive cue before lexeme i ("mở tỷ số" over the
// "tỷ số" inside it), "result" when only a neutral one ("tỷ số"), or "".
std::string CueBefore(const Scan& s, int i) {
  bool neutral = false;
  for (int j = i - 1; j >= std::max(s.first, i - kCueReach); --j) {
    if (s.Is(j, ".") || s.Is(j, ";")) break;
    const PhraseMatch m = s.Match(LexTable::kScoreCue, j);
    if (!m || j + m.length > i) continue;
    // "Chiến thắng 30-4", "Đại thắng 30-4": a capitalised phrase ending
    // with the cue names a victory day, not a match (but "Hà Nội thắng
    // 2-0": "nội thắng" is no phrase).
    const int end = j + m.length;
    const PhraseMatch whole = s.MatchEndingAt(LexTable::kScoreCue, j - 2, end);
    const int from = whole ? end - whole.length : j;
    if (from > s.first && s.lx[from].capitalized) return "";
    const std::string& tag = s.Text(LexTable::kScoreCue, m);
    if (tag == "counted") continue;
    if (tag != "neutral") return tag;
    neutral = true;
  }
  return neutral ? "result" : "";
}

// A set or the half named earlier in the sentence makes a result the
// score of that part ("Tại séc này, Wei Feng Chong ... giành thắng lợi
// 21-17"): "set" or "half", else "".
std::string PartBefore(const Scan& s, int i) {
  for (int j = i - 1; j >= s.first; --j) {
    const PhraseMatch m = s.Match(LexTable::kScoreCue, j);
    if (!m) continue;
    const std::string& tag = s.Text(LexTable::kScoreCue, m);
    if (tag == "set" || tag == "half") return tag;
  }
  return "";
}

bool ShootoutAfter(const Scan& s, int k) {
  for (int j = k; j < std::min(s.last, k + kShootoutReach); ++j) {
    const PhraseMatch m = s.Match(LexTable::kScoreCue, j);
    if (m && s.Text(LexTable::kScoreCue, m) == "shootout") return true;
  }
  return false;
}

}  // namespace

ScoreMatch MatchScore(const Scan& s, int i) {
  ScoreMatch out;
  int a, b, k = i;
  if (!GluedPair(s, i, &a, &b)) {
    if (!s.Int(i, &a, 3)) return out;
    k = SecondNumber(s, i);
    if (k < 0 || !s.Int(k, &b, 3)) return out;
  }
  if (a > kMaxPoints || b > kMaxPoints || GoesOn(s, k + 1) ||
      DateShaped(s, i, a, b)) {
    return out;
  }
  std::string tag = CueBefore(s, i);
  if (tag == "opening") tag = "running";
  if (ShootoutAfter(s, k + 1) && tag != "running") tag = "shootout";
  if (tag.empty()) return out;
  if (tag == "result") {
    if (std::string part = PartBefore(s, i); !part.empty()) tag = part;
  }
  out.length = k + 1 - i;
  out.high = std::max(a, b), out.low = std::min(a, b);
  out.score_class = tag;
  return out;
}

std::string RunningScoreNear(const Scan& s, int begin, int end) {
  std::string nearest;
  int best = -1;
  for (int k = s.first; k < s.last; ++k) {
    if (k >= begin && k < end) continue;
    const ScoreMatch m = MatchScore(s, k);
    if (m.length == 0) continue;
    const int distance = k < begin ? begin - (k + m.length) : k - end;
    if (m.score_class == "running" && (best < 0 || distance < best)) {
      best = distance;
      nearest = absl::StrCat(m.high, "-", m.low);
    }
    k += m.length - 1;
  }
  if (!nearest.empty()) return nearest;
  // "ở phút 17, Fellaini đánh đầu tung lưới, mở tỷ số cho M.U": opening
  // the scoring makes it 1-0, when the sentence times one moment only.
  bool opening = false;
  int moments = 0;
  for (int k = s.first; k < s.last; ++k) {
    const PhraseMatch m = s.Match(LexTable::kScoreCue, k);
    opening |= m && s.Text(LexTable::kScoreCue, m) == "opening";
    const RankMatch r = MatchRank(s, k);
    if (r.length > 0 && r.moment) ++moments, k += r.length - 1;
  }
  return opening && moments == 1 ? "1-0" : "";
}

}  // namespace wirecheck
