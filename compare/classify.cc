#include "compare/classify.h"

#include "absl/time/civil_time.h"

namespace wirecheck {
namespace {

struct Bound {
  double v;
  bool open;
};

// True when lower bound `a` admits no value below lower bound `b`.
bool LowAtLeast(Bound a, Bound b) { return a.v > b.v || (a.v == b.v && (a.open || !b.open)); }
bool HighAtMost(Bound a, Bound b) { return a.v < b.v || (a.v == b.v && (a.open || !b.open)); }

Relation RelateIntervals(Bound alo, Bound ahi, Bound blo, Bound bhi) {
  auto disjoint = [](Bound hi, Bound lo) {
    return hi.v < lo.v || (hi.v == lo.v && (hi.open || lo.open));
  };
  if (disjoint(ahi, blo) || disjoint(bhi, alo)) return Relation::kDisjoint;
  bool a_in_b = LowAtLeast(alo, blo) && HighAtMost(ahi, bhi);
  bool b_in_a = LowAtLeast(blo, alo) && HighAtMost(bhi, ahi);
  if (a_in_b && b_in_a) return Relation::kEqual;
  if (a_in_b) return Relation::kAInsideB;
  if (b_in_a) return Relation::kBInsideA;
  return Relation::kOverlap;
}

bool Comparable(const DateParts& a, const DateParts& b) {
  return a.month > 0 && a.day > 0 && b.month > 0 && b.day > 0 &&
         (a.year > 0) == (b.year > 0);
}

}  // namespace

long DayNumber(const DateParts& d) {
  absl::CivilDay day(d.year > 0 ? d.year : 2000, d.month, d.day);
  return static_cast<long>(day - absl::CivilDay(1970, 1, 1));
}

Relation Relate(const Claim& a, const Claim& b) {
  if (a.kind != b.kind) return Relation::kIncomparable;
  if (a.kind == ClaimKind::kDate) {
    if (!Comparable(a.from, b.from) || !Comparable(a.to, b.to) ||
        !Comparable(a.from, b.to)) {
      return Relation::kIncomparable;
    }
    return RelateIntervals({double(DayNumber(a.from)), false},
                           {double(DayNumber(a.to)), false},
                           {double(DayNumber(b.from)), false},
                           {double(DayNumber(b.to)), false});
  }
  return RelateIntervals({a.low, a.low_open}, {a.high, a.high_open},
                         {b.low, b.low_open}, {b.high, b.high_open});
}

}  // namespace wirecheck
