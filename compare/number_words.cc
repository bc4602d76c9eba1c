#include "compare/number_words.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace wirecheck {
namespace {

enum class W { kDigit, kTen, kTens, kHundred, kScale, kLinh, kHalf, kTeen };

struct WordInfo {
  W type;
  double value;
};

// The word's type and value from the number_word table ("digit:5").
bool WordAt(const Scan& s, int j, WordInfo* info) {
  PhraseMatch m = s.Match(LexTable::kNumberWord, j);
  if (m.length != 1) return false;
  const LexTag& tag = s.lexicon.Tag(LexTable::kNumberWord, m.tag);
  static constexpr std::pair<const char*, W> kTypes[] = {
      {"digit", W::kDigit}, {"ten", W::kTen},         {"tens", W::kTens},
      {"teen", W::kTeen},   {"hundred", W::kHundred}, {"scale", W::kScale},
      {"linh", W::kLinh},   {"half", W::kHalf}};
  for (const auto& [name, type] : kTypes) {
    if (tag.name == name) {
      *info = {type, tag.number};
      return true;
    }
  }
  return false;
}

// Accumulates a spelled number left to right; each Add returns false when
// the word cannot continue the number, leaving the state unchanged.
class Accumulator {
 public:
  bool Add(const WordInfo& w) {
    switch (w.type) {
      case W::kDigit:
        if (has_small_ &&
            !(after_ten_ || after_tens_ || after_linh_ || after_hundred_tens_))
          return false;
        if (after_ten_ || after_tens_) {
          if (w.value == 0) return false;
        }
        small_ += w.value;
        SetUnit(1);
        Reset();
        has_small_ = true;
        last_digit_ = w.value;
        return true;
      case W::kTen:
        if (has_small_ && !after_hundred_tens_) return false;
        small_ += 10;
        SetUnit(10);
        Reset();
        has_small_ = after_ten_ = true;
        return true;
      case W::kTens:
        if (!has_small_ || last_digit_ < 2 || after_tens_ || after_ten_)
          return false;
        small_ += last_digit_ * 9;  // The digit already counted once.
        SetUnit(10);
        Reset();
        after_tens_ = true;
        return true;
      case W::kTeen:
        if (has_small_ && !after_hundred_tens_) return false;
        small_ += w.value;
        SetUnit(w.value >= 20 ? 10 : 1);
        Reset();
        has_small_ = true;
        after_ten_ = w.value >= 20;  // "twenty one" / "twenty-one".
        if (!after_ten_) last_digit_ = -1;
        return true;
      case W::kHundred:
        if (small_ == 0 && !has_small_) return false;
        if (small_ >= 10) return false;
        small_ *= 100;
        SetUnit(100);
        Reset();
        after_hundred_tens_ = true;
        has_small_ = true;
        last_scale_ = 100;
        return true;
      case W::kLinh:
        if (!after_hundred_tens_ || std::fmod(small_, 100) != 0) return false;
        Reset();
        after_linh_ = after_hundred_tens_ = true;
        return true;
      case W::kScale: {
        if (!has_small_ && total_ == 0) return false;
        double seg = has_small_ ? small_ : 0;
        if (seg == 0 && total_ > 0 && total_ < w.value) {
          total_ *= w.value;
        } else {
          total_ += seg * w.value;
        }
        unit_ = std::min(unit_ * w.value, w.value);
        small_ = 0;
        has_small_ = false;
        Reset();
        after_hundred_tens_ = true;
        last_scale_ = w.value;
        scaled_ = true;
        return true;
      }
      case W::kHalf:
        if (last_scale_ == 0 || has_small_) return false;
        total_ += last_scale_ / 2;
        unit_ = last_scale_ / 2;
        last_scale_ = 0;
        return true;
    }
    return false;
  }
  double value() const { return total_ + small_; }
  double unit() const { return unit_; }
  bool scaled() const { return scaled_ || last_scale_ == 100; }

 private:
  void Reset() {
    after_ten_ = after_tens_ = after_linh_ = after_hundred_tens_ = false;
  }
  void SetUnit(double u) { unit_ = std::min(unit_, u); }

  double total_ = 0, small_ = 0, unit_ = 1e15, last_digit_ = -1;
  double last_scale_ = 0;
  bool has_small_ = false, after_ten_ = false, after_tens_ = false;
  bool after_linh_ = false, after_hundred_tens_ = false, scaled_ = false;
};

}  // namespace

SpelledNumber ParseNumberWords(const Scan& s, int i) {
  SpelledNumber best;
  Accumulator acc;
  int j = i;
  WordInfo info;
  // "a dozen", "a hundred", "a million": the article stands for one.
  if (s.Is(j, "a") && WordAt(s, j + 1, &info) &&
      (info.type == W::kScale || info.type == W::kHundred)) {
    acc.Add({W::kDigit, 1});
    ++j;
  }
  for (; s.In(j); ++j) {
    const Lexeme& l = s.lx[j];
    if (l.kind == LexKind::kPunct) {
      if (l.key == "-" && !l.space_before && j > i) continue;
      break;
    }
    if (l.kind != LexKind::kWord) break;
    if (l.key == "and" && j > i && s.In(j + 1)) continue;  // "hundred and five"
    if (!WordAt(s, j, &info) || !acc.Add(info)) break;
    best.value = acc.value();
    best.unit = acc.unit();
    best.length = j - i + 1;
    best.has_scale = acc.scaled();
  }
  return best;
}

}  // namespace wirecheck
