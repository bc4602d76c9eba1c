// compare/classify.h: how two claim intervals relate.
//
// Relate() is the arithmetic core of compare/: dates become day numbers,
// numbers keep their open/closed ends. Disjoint intervals are conflicts;
// one strictly inside the other is a refinement ("hơn 10.000" vs
// "12.000"); anything else is agreement. Dates whose year is unknown are
// comparable only with dates whose year is also unknown.
//
//   Relation r = Relate(a, b);  // Relation::kDisjoint -> conflict
#ifndef WIRECHECK_COMPARE_CLASSIFY_H_
#define WIRECHECK_COMPARE_CLASSIFY_H_

#include "compare/claim.h"

namespace wirecheck {

enum class Relation {
  kIncomparable,  // Different kinds, or unknown date parts.
  kDisjoint,      // No value satisfies both.
  kEqual,
  kAInsideB,      // a is strictly narrower: a refines b.
  kBInsideA,
  kOverlap,       // Intersect, neither contains the other.
};

Relation Relate(const Claim& a, const Claim& b);

// Days since 1970-01-01 of a complete date; dates with unknown year use
// year 2000 (so only XXXX dates compare with each other).
long DayNumber(const DateParts& d);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_CLASSIFY_H_
