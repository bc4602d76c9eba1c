// compare/claim.h: one dated or numeric statement found in an article, with
// the frame that says what it is a figure of.
//
// compare/extract.h produces Claims; compare/compare.h pairs them across
// articles of one event. A Claim's value is always an interval, never a
// point: a date is an inclusive day range at its grain ("tháng 10/2023" is
// 2023-10-01..31), a number is [low, high] with open or closed ends after
// qualifiers and rounding ("hơn 10.000 binh lính" is (10000, inf)). Two
// claims about the same attribute conflict when their intervals do not meet.
//
// The attribute is the claim's frame: its kind, the counted noun's class
// (unit_class), the predicate (role), the reporting period, the modality
// (planned, previous, current), whether it is per item, whether it reads a
// series (a price, an index) and at which time anchor, and the subject it is
// about (a person's age, a team's rank). Open sets (units, roles, periods)
// are tags of the data files in data/lexicon/; closed sets are enums.
//
//   Claim c = ...;
//   ClaimValueJson(c);  // {"low": 10000, "high": null, "low_open": true, ...}
//   DescribeValue(c);   // "(10000, ∞) binh lính"
#ifndef WIRECHECK_COMPARE_CLAIM_H_
#define WIRECHECK_COMPARE_CLAIM_H_

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "util/span.h"

namespace wirecheck {

enum class ClaimKind : uint8_t {
  kDate,
  kNumber,  // A count or measure ("10.000 binh lính", "3 triệu tấn").
  kMoney,
  kPercent,
  kDuration,  // Normalised to seconds; anniversaries to a base year.
  kAge,       // Of a person: "Trần Ngọc Hiếu (16 tuổi)".
  kRank,      // A position: "đứng thứ 6", "phiên thứ 7 liên tiếp".
  kScore,     // A match score: "thắng 4-1" (compare/score.h).
  kTime,      // A time of day, in minutes after midnight: "khoảng 12h30".
};

// "date", "number", "money", "percent", "duration", "age", "rank", "score",
// "time".
const char* ClaimKindName(ClaimKind kind);

// What a qualifier does to the number after it.
enum class Qualifier : uint8_t {
  kNone,
  kMoreThan,  // hơn, more than: (v, inf)
  kAtLeast,   // ít nhất, at least: [v, inf)
  kNearly,    // gần, nearly: [0.85v, v]
  kAbout,     // khoảng, about: rounded either way
  kAtMost,    // không quá, up to: (-inf, v]
  kLessThan,  // dưới, fewer than: (-inf, v)
};

// Whether a figure is what is, what was, or what is planned or asked for.
enum class Modality : uint8_t {
  kStated,    // No marker: what the sentence states.
  kCurrent,   // "hiện", "currently": the present state.
  kPlanned,   // A plan, target or forecast ("dự kiến", "nâng ... lên").
  kPrevious,  // What it was before ("trước đó", "so với cùng kỳ").
  kRequested,  // Asked for or possible ("đề nghị mức án", "faces up to").
  kConditional,  // A hypothesis ("nếu xuất khẩu 32 nghìn tấn", "if"): not
                 // a fact of the event, never compared.
};
const char* ModalityName(Modality m);

// How a predicate's figures behave when two articles differ
// (data/lexicon/role_class.tsv).
enum class RoleClass : uint8_t {
  kEvent,      // A fact of the event.
  kToll,       // Grows as news comes in: a later, higher figure updates.
  kChange,     // A move of a series (rose, fell).
  kStatement,  // The date of a remark or a celebration: never compared.
};

// A calendar day whose parts may be unknown (0): {0, 9, 14} is XXXX-09-14.
struct DateParts {
  int year = 0;
  int month = 0;
  int day = 0;
  bool complete() const { return year > 0 && month > 0 && day > 0; }
  bool known() const { return month > 0 || year > 0; }
  // "2024-06-19", "XXXX-09-14", "XXXX-XX-XX".
  std::string ToString() const;
  friend bool operator==(const DateParts& a, const DateParts& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
};

// The time a figure is about when its clause says so: a date or relative
// date next to it ("cuối ngày 3/2, giá vàng ..."), a background cue ("Hồi
// tháng 2 vừa qua"), and for series the session it was read at.
struct Anchor {
  DateParts from, to;       // A date in the clause; unknown when none.
  bool background = false;  // A cue that moves the figure to an earlier event.
  std::string session;      // "open", "close", "morning" (series only).
  bool dated() const { return from.known(); }
};

struct Claim {
  int doc = -1;   // Index of the article in the batch.
  Span span;      // The claim's words, qualifier included.
  Span sentence;  // The sentence it appears in.
  // Dates: the clause around the date stretched to its event predicate
  // ("thăm chùa Trấn Quốc ... (ngày 24-3-1959)"). Numbers: the clause.
  Span clause;
  ClaimKind kind = ClaimKind::kNumber;

  // kDate: inclusive day interval.
  DateParts from, to;

  // Other kinds: the interval. Infinite bounds mean unbounded.
  double low = -std::numeric_limits<double>::infinity();
  double high = std::numeric_limits<double>::infinity();
  bool low_open = false;
  bool high_open = false;
  double value = 0;  // The number as written, scaled (before qualifier).
  // The interval times `factor` is in the unit class's base unit: seconds
  // for durations ("20 phút" has factor 60), 1 otherwise.
  double factor = 1;
  Qualifier qualifier = Qualifier::kNone;

  // Counted noun or measure as written ("binh lính"), currency code
  // ("USD"), "%", or the duration unit as written ("giờ đồng hồ").
  std::string unit;
  // Class of the unit that both languages meet on: "troops", "people",
  // "USD", "%", "time" (every duration), "base_year:thiết lập"; rank
  // class for ranks ("session", "position"); "" when none.
  std::string unit_class;
  // The predicate ("killed", "deployed"); for dates the event ("meeting").
  std::string role;
  RoleClass role_class = RoleClass::kEvent;
  Modality modality = Modality::kStated;
  // Reporting period ("Q3", "9M", "H1"); "" when none.
  std::string period;
  // Measured goods: the word after a measure ("tấn dầu" -> "dầu").
  std::string goods;
  // The words right after the figure and its unit, up to three ("dự án
  // [trong nước]", "[nước ngoài]"), which tell apart the figures of one
  // sentence; and those of the other figures of its kind and unit in the
  // sentence ("19 dự án nước ngoài và 22 dự án trong nước").
  std::string tail;
  std::vector<std::string> sibling_tails;
  // An amount per item ("mỗi sinh viên", "$500 each", "/tháng").
  bool per_item = false;
  // The clause names a series (a price, an index, a session).
  bool series = false;
  Anchor anchor;
  // Who the figure is about: the nearest name before it in its clause (the
  // person an age belongs to, a defendant, "TNT"), folded with its
  // diacritics ("hoa phat" meets "Hoa Phat Group"); "" when none.
  std::string subject;
  // The term other sentences name the subject by: its alias entity, else
  // its last word ("hiếu"); 0 when no subject.
  uint64_t subject_term = 0;
  // What the figure is of: hashes of the noun phrase before its predicate
  // or copula ("Tổng chi ngân sách nhà nước" ... "ước đạt 986.300 tỷ").
  std::vector<uint64_t> head;

  // An anniversary ("kỷ niệm 75 năm"): the value is the base year it
  // implies, the same whenever it is celebrated.
  bool anniversary = false;
  // An age read from a birth year ("SN 1999"): `value` is the age the year
  // gives in the year of publication, `low` one less (the birthday may be
  // still to come). Two birth years meet by that value, not by the
  // overlap of their intervals: 1952 and 1953 disagree.
  bool born = false;
  // A moment of a sequence of actions ("phút 44": the minute of a match),
  // whose role is the action of its sentence ("ghi bàn").
  bool moment = false;
  // The running score of a moment's sentence ("mở tỷ số 1-0 ở phút 44":
  // "1-0", larger side first), which names the goal the minute is of; ""
  // when the sentence gives none.
  std::string moment_score;
  bool future = false;  // A future marker governed a relative/partial date.
  // A relative date ("hôm qua", "thứ Ba") computed from the publication
  // time: comparisons involving it get lower confidence.
  bool inferred = false;
  // The year of a day/month date came from the publication time ("19/6").
  bool year_inferred = false;
  // A weekday written with the date is not that date's weekday ("thứ 2
  // ngày 6/2/2016", a Saturday).
  bool weekday_mismatch = false;
  // The year a legal document was issued, read from its number ("Nghị
  // định 51/2010/NĐ-CP"): the role names the document ("51/nđ-cp"), so only
  // its own year elsewhere meets it.
  bool document = false;

  // What compare/attribute.h aligns claims by, as sorted unique term
  // hashes: `frame` holds the content words and entities of the sentence
  // nearest the figure (what the statement is about), `local` those right
  // around it in its clause (which figure of the sentence it is).
  std::vector<uint64_t> frame;
  std::vector<uint64_t> local;
  // The alias entities of the sentence and its names with diacritics
  // folded (sorted hashes): what a sentence in another language shares
  // with it.
  std::vector<uint64_t> entities;
  // The names of the figure's sentence (capitalised words and alias
  // entities, sorted hashes): a sentence that names someone or somewhere
  // the other article never mentions tells another event (Quảng Bình is not
  // Quảng Trị, Moon is not Trump).
  std::vector<uint64_t> names;
  // The clause's words without its figures: a clause whose words recur in
  // many articles with other figures each time is a template (a daily
  // price report, "kỳ tiếp theo vào ngày ..."), whose figures are readings,
  // not claims about one event.
  uint64_t template_key = 0;
  // Set by compare/compare.h when the template recurs with other figures.
  bool templated = false;
};

// {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"} for dates, {"score": "4-1",
// "high": 4, "low": 1} for scores, {"from": "12:10", "to": "12:50"} for
// times of day, else
// {"low": num|null, "high": num|null, "low_open": b, "high_open": b,
//  "unit": str|null}.
std::string ClaimValueJson(const Claim& claim);

// For humans: "2024-06-19", "2023-10-01..2023-10-31", "(10000, ∞) binh lính",
// "4-1" (a score), "12:10..12:50" (a time of day),
// "2200000000 USD" (point).
std::string DescribeValue(const Claim& claim);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_CLAIM_H_
