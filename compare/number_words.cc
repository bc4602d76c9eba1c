#include "compare/number_words.h"

#include <string>

#include "absl/container/flat_hash_map.h"

namespace wirecheck {
namespace {

enum class W { kDigit, kTen, kTens, kHundred, kScale, kLinh, kHalf, kTeen };

struct WordInfo {
  W type;
  double value;
};

const absl::flat_hash_map<std::string, WordInfo>& Words() {
  static const auto* const kWords = new absl::flat_hash_map<std::string, WordInfo>{
      {"không", {W::kDigit, 0}}, {"một", {W::kDigit, 1}}, {"mốt", {W::kDigit, 1}},
      {"hai", {W::kDigit, 2}}, {"ba", {W::kDigit, 3}}, {"bốn", {W::kDigit, 4}},
      {"tư", {W::kDigit, 4}}, {"năm", {W::kDigit, 5}}, {"lăm", {W::kDigit, 5}},
      {"nhăm", {W::kDigit, 5}}, {"sáu", {W::kDigit, 6}}, {"bảy", {W::kDigit, 7}},
      {"bẩy", {W::kDigit, 7}}, {"tám", {W::kDigit, 8}}, {"chín", {W::kDigit, 9}},
      {"mười", {W::kTen, 10}}, {"mươi", {W::kTens, 10}},
      {"trăm", {W::kHundred, 100}}, {"linh", {W::kLinh, 0}},
      {"lẻ", {W::kLinh, 0}}, {"nghìn", {W::kScale, 1e3}},
      {"ngàn", {W::kScale, 1e3}}, {"vạn", {W::kScale, 1e4}},
      {"triệu", {W::kScale, 1e6}}, {"tỷ", {W::kScale, 1e9}},
      {"tỉ", {W::kScale, 1e9}}, {"rưỡi", {W::kHalf, 0}},
      {"one", {W::kDigit, 1}}, {"two", {W::kDigit, 2}}, {"three", {W::kDigit, 3}},
      {"four", {W::kDigit, 4}}, {"five", {W::kDigit, 5}}, {"six", {W::kDigit, 6}},
      {"seven", {W::kDigit, 7}}, {"eight", {W::kDigit, 8}},
      {"nine", {W::kDigit, 9}}, {"ten", {W::kTeen, 10}},
      {"eleven", {W::kTeen, 11}}, {"twelve", {W::kTeen, 12}},
      {"thirteen", {W::kTeen, 13}}, {"fourteen", {W::kTeen, 14}},
      {"fifteen", {W::kTeen, 15}}, {"sixteen", {W::kTeen, 16}},
      {"seventeen", {W::kTeen, 17}}, {"eighteen", {W::kTeen, 18}},
      {"nineteen", {W::kTeen, 19}}, {"twenty", {W::kTeen, 20}},
      {"thirty", {W::kTeen, 30}}, {"forty", {W::kTeen, 40}},
      {"fifty", {W::kTeen, 50}}, {"sixty", {W::kTeen, 60}},
      {"seventy", {W::kTeen, 70}}, {"eighty", {W::kTeen, 80}},
      {"ninety", {W::kTeen, 90}}, {"hundred", {W::kHundred, 100}},
      {"thousand", {W::kScale, 1e3}}, {"million", {W::kScale, 1e6}},
      {"billion", {W::kScale, 1e9}}, {"trillion", {W::kScale, 1e12}},
      {"dozen", {W::kScale, 12}}};
  return *kWords;
}

// Accumulates a spelled number left to right; each Add returns false when
// the word cannot continue the number, leaving the state unchanged.
class Accumulator {
 public:
  bool Add(const WordInfo& w) {
    switch (w.type) {
      case W::kDigit:
        if (has_small_ && !(after_ten_ || after_tens_ || after_linh_ ||
                            after_hundred_tens_))
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
        if (!has_small_ || last_digit_ < 2 || after_tens_ || after_ten_) return false;
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

SpelledNumber ParseNumberWords(const std::vector<Lexeme>& lx, int i, int end) {
  SpelledNumber best;
  Accumulator acc;
  int j = i;
  // "a dozen", "a hundred", "a million": the article stands for one.
  if (j < end && lx[j].kind == LexKind::kWord && lx[j].key == "a" &&
      j + 1 < end) {
    auto it = Words().find(lx[j + 1].key);
    if (it != Words().end() &&
        (it->second.type == W::kScale || it->second.type == W::kHundred)) {
      acc.Add({W::kDigit, 1});
      ++j;
    }
  }
  for (; j < end; ++j) {
    const Lexeme& l = lx[j];
    if (l.kind == LexKind::kPunct) {
      if (l.key == "-" && !l.space_before && j > i) continue;
      break;
    }
    if (l.kind != LexKind::kWord) break;
    if (l.key == "and" && j > i && j + 1 < end) continue;  // "hundred and five"
    auto it = Words().find(l.key);
    if (it == Words().end() || !acc.Add(it->second)) break;
    best.value = acc.value();
    best.unit = acc.unit();
    best.length = j - i + 1;
    best.has_scale = acc.scaled();
  }
  return best;
}

}  // namespace wirecheck
