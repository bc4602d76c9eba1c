// compare/lexicon.h: the word lists extraction and matching rely on.
//
// Every list maps folded phrases (Vietnamese and English) to a canonical
// tag, so the two languages meet on the same tags: "binh lính" and "troops"
// are both unit class "troops"; "thiệt mạng" and "killed" are both role
// "killed"; "ít nhất" and "at least" are both qualifier "ge". Lists are data
// in lexicon.cc, kept short and precise (a false match costs a false alarm).
//
//   const PhraseTable& roles = RoleTable();
//   PhraseMatch m = roles.LongestAt(lexemes, i, end);  // *m.tag == "killed"
#ifndef WIRECHECK_COMPARE_LEXICON_H_
#define WIRECHECK_COMPARE_LEXICON_H_

#include "compare/phrase_table.h"

namespace wirecheck {

// Qualifiers before a number: "gt" (hơn, more than), "ge" (ít nhất, at
// least), "near" (gần, nearly), "about" (khoảng, about), "le" (không quá,
// up to), "lt" (dưới, fewer than).
const PhraseTable& PreQualifierTable();
// Qualifiers after a quantity: "trở lên"/"or more" -> "ge", ...
const PhraseTable& PostQualifierTable();
// Currencies after a number: "USD", "đô la" -> "USD", "đồng" -> "VND", ...
const PhraseTable& CurrencyTable();
// Counted nouns -> unit class: "binh lính" -> "troops", "người" -> "people".
const PhraseTable& UnitTable();
// Predicates -> role: "thiệt mạng" -> "killed", "triển khai" -> "deployed".
const PhraseTable& RoleTable();
// Duration units -> "day", "week", "month", "year", "hour", "minute".
const PhraseTable& DurationUnitTable();
// Words right before a number that make it an identifier or an ordinal
// ("số", "lần thứ", "Điều", "No.") -> "skip".
const PhraseTable& IdentifierCueTable();
// Future markers ("sẽ", "sắp", "tới", "will", "next") -> "future".
const PhraseTable& FutureTable();
// Event predicates for dates ("hội đàm", "talks", "ký", "signed", ...).
const PhraseTable& DateEventTable();

// Reporting periods ("quý 3" -> "Q3", "chín tháng" -> "9M", "first half"
// -> "H1", "cả năm" -> "FY").
const PhraseTable& PeriodTable();

// Words that make an amount per item rather than a total ("mỗi sinh viên
// ... 10 triệu đồng", "$500 each", "per person") -> "each".
const PhraseTable& PerUnitTable();

// Words that make a penalty asked for or possible rather than handed down
// ("đề nghị mức án 20 năm tù", "faces up to 20 years") -> "request".
const PhraseTable& RequestCueTable();

// Roles whose count grows as news comes in (later higher = update).
bool IsTollRole(const std::string& role);

}  // namespace wirecheck

#endif  // WIRECHECK_COMPARE_LEXICON_H_
