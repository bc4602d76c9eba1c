#include "compare/classify.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"

namespace wirecheck {
namespace {

struct Bound {
  double v;
  bool open;
};

// True when lower bound `a` admits no value below lower bound `b`.
bool LowAtLeast(Bound a, Bound b) {
  return a.v > b.v || (a.v == b.v && (a.open || !b.open));
}
bool HighAtMost(Bound a, Bound b) {
  return a.v < b.v || (a.v == b.v && (a.open || !b.open));
}

Relation RelateIntervals(Bound alo, Bound ahi, Bound blo, Bound bhi) {
  auto disjoint = [](Bound hi, Bound lo) {
    return hi.v < lo.v || (hi.v == lo.v && (hi.open || lo.open));
  };
  if (disjoint(ahi, blo) || disjoint(bhi, alo)) return Relation::kDisjoint;
  const bool a_in_b = LowAtLeast(alo, blo) && HighAtMost(ahi, bhi);
  const bool b_in_a = LowAtLeast(blo, alo) && HighAtMost(bhi, ahi);
  if (a_in_b && b_in_a) return Relation::kEqual;
  if (a_in_b) return Relation::kAInsideB;
  if (b_in_a) return Relation::kBInsideA;
  return Relation::kOverlap;
}

bool Comparable(const DateParts& a, const DateParts& b) {
  return a.month > 0 && a.day > 0 && b.month > 0 && b.day > 0 &&
         (a.year > 0) == (b.year > 0);
}

Relation RelateDays(const DateParts& af, const DateParts& at,
                    const DateParts& bf, const DateParts& bt) {
  if (!Comparable(af, bf) || !Comparable(at, bt) || !Comparable(af, bt)) {
    return Relation::kIncomparable;
  }
  return RelateIntervals(
      {double(DayNumber(af)), false}, {double(DayNumber(at)), false},
      {double(DayNumber(bf)), false}, {double(DayNumber(bt)), false});
}

// "hàng nghìn" against "hàng vạn": two magnitudes, neither a count.
bool BothVague(const Claim& a, const Claim& b) {
  auto vague = [](const Claim& c) {
    return c.kind != ClaimKind::kDate && c.high_open && !std::isinf(c.high) &&
           c.high >= 9.9 * c.low && c.low > 0;
  };
  return vague(a) && vague(b);
}

bool IsVague(const Claim& c) {
  return c.kind != ClaimKind::kDate &&
         (std::isinf(c.low) || std::isinf(c.high) || c.high > 1.3 * c.low + 1);
}

}  // namespace

bool NearMiss(const Claim& a, const Claim& b, const ClassifyOptions& opt) {
  // Years and scores are exact; a time's rounding is in its interval.
  if (a.anniversary || b.anniversary || a.kind == ClaimKind::kScore ||
      a.kind == ClaimKind::kTime) {
    return false;
  }
  if (a.kind == ClaimKind::kDate) {
    return (a.year_inferred || b.year_inferred) &&
           a.from.month == b.from.month && a.from.day == b.from.day &&
           a.to.month == b.to.month && a.to.day == b.to.day;
  }
  const double va = a.value * a.factor, vb = b.value * b.factor;
  const double scale = std::max({std::fabs(va), std::fabs(vb), 1e-9});
  return std::fabs(va - vb) <= opt.near_miss_share * scale;
}

namespace {

// A series (a price, an index, a session's count) is one value only at one
// time: both readings need the same dated anchor or, undated, articles of
// the same day; and the same session when either names one.
bool SeriesElsewhen(const Claim& a, const Claim& b, const PairContext& pair) {
  if (!a.series && !b.series && a.role_class != RoleClass::kChange)
    return false;
  // The date of a series reading is when it was read: two readings.
  if (a.kind == ClaimKind::kDate) return true;
  if (a.anchor.session != b.anchor.session) return true;
  // Only a day pins a reading ("giá vàng giao tháng 4" names a contract,
  // not when the price was read).
  const auto day = [](const Anchor& x) {
    return x.from.day > 0 && x.from == x.to;
  };
  if (day(a.anchor) || day(b.anchor)) {
    return !(day(a.anchor) && day(b.anchor) && a.anchor.from == b.anchor.from);
  }
  const PublishedTime& pa = pair.a->published;
  const PublishedTime& pb = pair.b->published;
  if (!pa.known() || !pb.known() || pa.grain < PublishedTime::Grain::kDay ||
      pb.grain < PublishedTime::Grain::kDay) {
    return true;
  }
  return absl::CivilDay(pa.start) != absl::CivilDay(pb.start) ||
         a.anchor.session.empty();
}

// A later article raising a toll is news, not a contradiction; so is one
// outlet revising its own figure in a later article. Tolls of articles
// with no publication time may be updates either way.
bool IsUpdate(const Claim& a, const Claim& b, const PairContext& pair) {
  const Article& x = *pair.a;
  const Article& y = *pair.b;
  if (!x.outlet.empty() && x.outlet == y.outlet &&
      (x.published.StrictlyBefore(y.published) ||
       y.published.StrictlyBefore(x.published))) {
    return true;
  }
  // One side may name no predicate ("39 binh lính" in a list after
  // "thiệt mạng"): the other's says what the figure is.
  const RoleClass role_class = a.role.empty() ? b.role_class : a.role_class;
  if (role_class != RoleClass::kToll || a.kind == ClaimKind::kDate) {
    return false;
  }
  if (x.published.StrictlyBefore(y.published)) return b.low >= a.high;
  if (y.published.StrictlyBefore(x.published)) return a.low >= b.high;
  // Published at the same time: no later figure to update the other. With
  // a time missing the higher toll may be the later one.
  return !x.published.known() || !y.published.known();
}

}  // namespace

long DayNumber(const DateParts& d) {
  absl::CivilDay day(d.year > 0 ? d.year : 2000, d.month, d.day);
  return static_cast<long>(day - absl::CivilDay(1970, 1, 1));
}

Relation Relate(const Claim& a, const Claim& b) {
  if (a.kind != b.kind) return Relation::kIncomparable;
  if (a.kind == ClaimKind::kDate) return RelateDays(a.from, a.to, b.from, b.to);
  if (a.born && b.born) {
    return a.value == b.value ? Relation::kEqual : Relation::kDisjoint;
  }
  return RelateIntervals(
      {a.low * a.factor, a.low_open}, {a.high * a.factor, a.high_open},
      {b.low * b.factor, b.low_open}, {b.high * b.factor, b.high_open});
}

const char* DiscrepancyClassName(DiscrepancyClass cls) {
  switch (cls) {
    case DiscrepancyClass::kConflict:
      return "conflict";
    case DiscrepancyClass::kRefinement:
      return "refinement";
    case DiscrepancyClass::kUpdate:
      return "update";
  }
  return "conflict";
}

FigureGroup GroupOf(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kDate:
    case ClaimKind::kTime:
      return FigureGroup::kDate;
    case ClaimKind::kMoney:
    case ClaimKind::kPercent:
      return FigureGroup::kAmount;
    case ClaimKind::kRank:
    case ClaimKind::kScore:
      return FigureGroup::kRank;
    default:
      return FigureGroup::kCount;
  }
}

namespace {

// The figure's size in its unit class's base unit, whatever its sign.
double Magnitude(const Claim& c) { return std::fabs(c.value * c.factor); }

// Dates, scores and times of day are no magnitudes: a score's value only
// codes its two sides, a time's is a place on the clock.
bool NoMagnitude(const Claim& c) {
  return c.kind == ClaimKind::kDate || c.kind == ClaimKind::kScore ||
         c.kind == ClaimKind::kTime;
}

}  // namespace

double ValuesApart(const Claim& a, const Claim& b) {
  if (NoMagnitude(a)) return 0;
  const double va = Magnitude(a);
  const double vb = Magnitude(b);
  if (va == 0 || vb == 0) return 1;
  return std::min(std::fabs(std::log10(va / vb)), 2.0) / 2;
}

bool ScaleSlip(const Claim& a, const Claim& b) {
  if (NoMagnitude(a)) return false;
  const double va = Magnitude(a);
  const double vb = Magnitude(b);
  if (va == 0 || vb == 0) return false;
  const double power = std::round(std::log10(va / vb));
  return power != 0 && std::fabs(va / vb / std::pow(10.0, power) - 1) < 1e-6;
}

namespace {

// The significant digits of a figure's value as written: 148000 -> "148",
// 0.979 -> "979".
std::string SignificantDigits(double v) {
  std::string digits;
  for (char ch : absl::StrFormat("%.10g", std::fabs(v))) {
    if (ch >= '0' && ch <= '9') digits += ch;
    if (ch == 'e') break;
  }
  const size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) return "";
  digits.erase(0, first);
  digits.erase(digits.find_last_not_of('0') + 1);
  return digits;
}

}  // namespace

bool DigitSlip(const Claim& a, const Claim& b) {
  if (NoMagnitude(a)) return false;
  const double va = Magnitude(a);
  const double vb = Magnitude(b);
  if (va == 0 || vb == 0 || std::max(va, vb) > 2 * std::min(va, vb)) {
    return false;
  }
  const std::string x = SignificantDigits(a.value);
  const std::string y = SignificantDigits(b.value);
  if (x.size() != y.size() || x.size() < 3 || x == y) return false;
  std::vector<size_t> differ;
  for (size_t k = 0; k < x.size(); ++k) {
    if (x[k] != y[k]) differ.push_back(k);
  }
  if (differ.size() == 1) return true;
  return differ.size() == 2 && differ[1] == differ[0] + 1 &&
         x[differ[0]] == y[differ[1]] && x[differ[1]] == y[differ[0]];
}

double Confidence(const Claim& a, const Claim& b, const PairContext& pair,
                  const ConfidenceWeights& w) {
  double logit = w.intercept + w.group[static_cast<int>(GroupOf(a.kind))] +
                 w.evidence[static_cast<int>(pair.evidence)] +
                 w.event * pair.event_similarity +
                 w.frame * pair.frame_similarity +
                 w.local * pair.local_similarity;
  if (pair.copied) logit += w.copied;
  if (IsVague(a) || IsVague(b)) logit += w.vague;
  if (a.kind == ClaimKind::kDate && (a.inferred || b.inferred)) {
    logit += w.relative_date;
  }
  if (pair.cross_language) logit += w.cross_language;
  logit += w.agreement * std::min(pair.agreements, 3) / 3.0;
  if (pair.dated) logit += w.dated;
  logit += w.apart * ValuesApart(a, b);
  if (ScaleSlip(a, b)) logit += w.scale_slip;
  if (DigitSlip(a, b)) logit += w.digit_slip;
  return 1 / (1 + std::exp(-logit));
}

const char* EvidenceName(Evidence e) {
  switch (e) {
    case Evidence::kSole:
      return "sole";
    case Evidence::kFramed:
      return "framed";
    case Evidence::kHalfFramed:
      return "half-framed";
    case Evidence::kUnframed:
      return "unframed";
  }
  return "unframed";
}

bool DifferentAnchors(const Claim& a, const Claim& b,
                      const ClassifyOptions& opt) {
  if (a.kind == ClaimKind::kDate || a.anniversary || b.anniversary)
    return false;
  if (a.anchor.background != b.anchor.background) return true;
  // Anchors a few days apart are more often the two articles disagreeing
  // on the event's date (itself a finding) than two events.
  if (a.anchor.dated() && b.anchor.dated() && a.anchor.from.complete() &&
      b.anchor.to.complete() && a.anchor.to.complete() &&
      b.anchor.from.complete()) {
    const long gap =
        std::max(DayNumber(a.anchor.from) - DayNumber(b.anchor.to),
                 DayNumber(b.anchor.from) - DayNumber(a.anchor.to));
    return gap > opt.same_event_days;
  }
  if (a.anchor.dated() && b.anchor.dated()) {
    return RelateDays(a.anchor.from, a.anchor.to, b.anchor.from, b.anchor.to) ==
           Relation::kDisjoint;
  }
  return false;
}

std::optional<Finding> Classify(const Claim& a, const Claim& b,
                                const PairContext& pair,
                                const ClassifyOptions& opt,
                                const ConfidenceWeights& w) {
  const Relation r = Relate(a, b);
  if (r == Relation::kAInsideB || r == Relation::kBInsideA) {
    return Finding{DiscrepancyClass::kRefinement, Confidence(a, b, pair, w)};
  }
  if (r != Relation::kDisjoint || NearMiss(a, b, opt) || BothVague(a, b)) {
    return std::nullopt;
  }
  if (SeriesElsewhen(a, b, pair) || DifferentAnchors(a, b, opt)) {
    return std::nullopt;
  }
  if (IsUpdate(a, b, pair)) {
    return Finding{DiscrepancyClass::kUpdate, Confidence(a, b, pair, w)};
  }
  return Finding{DiscrepancyClass::kConflict, Confidence(a, b, pair, w)};
}

}  // namespace wirecheck
