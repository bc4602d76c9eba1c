#include "compare/lexicon.h"

#include <cmath>
#include <initializer_list>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace wirecheck {

// data/lexicon/*.tsv, each line prefixed with its table, compiled in by the
// genrule in compare/BUILD.bazel; data/wire_agencies.txt as it is.
extern const char kBuiltinLexicon[];
extern const char kBuiltinWireAgencies[];

namespace {

constexpr const char* kTableNames[kLexTableCount] = {
    "age",           "anniversary",    "attribute_unit",  "background",
    "classifier",    "clause_word",    "clock",           "compound",
    "copula",        "counter",        "currency",        "currency_symbol",
    "date_event",    "day_cue",        "decimal_word",    "duration_unit",
    "future",        "identifier_cue", "language",        "measure",
    "modality",      "month_name",     "number_word",     "ordinal",
    "part_word",     "per_item",       "period",          "predicate",
    "provision",     "qualifier",      "qualifier_after", "quarter_word",
    "range_word",    "rank",           "rank_noun",       "relative_day",
    "relative_word", "request",        "role_class",      "scale",
    "score_cue",     "series",         "session",         "sign",
    "stop_word",     "teller",         "title_word",      "unit",
    "unit_before",   "vague_number",   "weekday",
};

bool TableByName(absl::string_view name, LexTable* out) {
  for (int t = 0; t < kLexTableCount; ++t) {
    if (name == kTableNames[t]) {
      *out = static_cast<LexTable>(t);
      return true;
    }
  }
  return false;
}

// Tables keyed by names the code looks up (unit classes, roles), not by
// phrases found in text.
bool MatchedInText(LexTable table) {
  return table != LexTable::kRoleClass && table != LexTable::kCounter &&
         table != LexTable::kAttributeUnit && table != LexTable::kMeasure;
}

// "VNA/TTXVN" as the text lexes it, lexemes apart: "VNA / TTXVN".
std::string LexemesApart(absl::string_view name) {
  std::vector<absl::string_view> parts;
  for (const Lexeme& l : LexAll(name)) {
    parts.push_back(l.span.Of(name));
  }
  return absl::StrJoin(parts, " ");
}

bool OneOf(absl::string_view v, std::initializer_list<absl::string_view> set) {
  for (absl::string_view s : set) {
    if (v == s) return true;
  }
  return false;
}

// An integer tag within [lo, hi].
bool IntIn(absl::string_view v, int lo, int hi, double* out) {
  int n;
  if (!absl::SimpleAtoi(v, &n) || n < lo || n > hi) return false;
  *out = n;
  return true;
}

// Splits "name=number" / "name:number" into its parts.
bool NamedNumber(absl::string_view v, char sep, LexTag* tag) {
  size_t p = v.find(sep);
  if (p == absl::string_view::npos) return false;
  tag->name = std::string(v.substr(0, p));
  return absl::SimpleAtod(v.substr(p + 1), &tag->number) && !tag->name.empty();
}

// Checks a tag against its table's closed set and fills its parsed parts;
// returns the expectation when the tag does not fit.
std::string CheckTag(LexTable table, LexTag* tag) {
  const absl::string_view v = tag->text;
  tag->name = tag->text;
  switch (table) {
    case LexTable::kQualifier:
    case LexTable::kQualifierAfter:
      return OneOf(v, {"gt", "ge", "near", "about", "le", "lt"})
                 ? ""
                 : "one of gt, ge, near, about, le, lt";
    case LexTable::kModality:
      return OneOf(v,
                   {"planned", "previous", "current", "conditional", "barrier"})
                 ? ""
                 : "one of planned, previous, current, conditional, barrier";
    case LexTable::kRoleClass:
      return OneOf(v, {"toll", "change", "statement", "event", "increment"})
                 ? ""
                 : "one of toll, change, statement, event, increment";
    case LexTable::kRangeWord:
      return OneOf(v, {"open", "join", "to", "boundary"})
                 ? ""
                 : "one of open, join, to, boundary";
    case LexTable::kAge:
      return OneOf(v, {"before", "after", "born"}) ? ""
                                                   : "before, after or born";
    case LexTable::kLanguage:
      return OneOf(v, {"vi", "en"}) ? "" : "vi or en";
    case LexTable::kDayCue:
      return OneOf(v, {"lead", "context"}) ? "" : "lead or context";
    case LexTable::kScoreCue:
      return OneOf(v, {"result", "shootout", "set", "half", "running",
                       "opening", "neutral", "counted"})
                 ? ""
                 : "one of result, shootout, set, half, running, opening, "
                   "neutral, counted";
    case LexTable::kClock:
      return OneOf(v, {"before", "after"}) ? "" : "before or after";
    case LexTable::kVagueNumber: {
      size_t p = v.find(':');
      if (p == absl::string_view::npos ||
          !absl::SimpleAtod(v.substr(0, p), &tag->number) ||
          !absl::SimpleAtod(v.substr(p + 1), &tag->high) ||
          tag->high <= tag->number) {
        return "low:high with low < high";
      }
      return "";
    }
    case LexTable::kScale:
      if (!absl::SimpleAtod(v, &tag->number) || tag->number <= 0) {
        return "a positive factor";
      }
      return OneOf(tag->extra, {"", "suffix", "suffix-upper"})
                 ? ""
                 : "a factor, then optionally suffix or suffix-upper";
    case LexTable::kNumberWord:
      if (!NamedNumber(v, ':', tag) ||
          !OneOf(tag->name, {"digit", "ten", "tens", "teen", "hundred", "scale",
                             "linh", "half"})) {
        return "type:value with type digit, ten, tens, teen, hundred, scale, "
               "linh or half";
      }
      return "";
    case LexTable::kDurationUnit:
      return NamedNumber(v, '=', tag) && tag->number > 0 ? "" : "unit=seconds";
    case LexTable::kMonthName:
      return IntIn(v, 1, 12, &tag->number) ? "" : "a month 1..12";
    case LexTable::kWeekday:
      return IntIn(v, 0, 6, &tag->number) ? "" : "a weekday 0 (Monday)..6";
    case LexTable::kRelativeDay:
      return IntIn(v, -7, 7, &tag->number) ? "" : "a day offset -7..7";
    case LexTable::kRelativeWord:
      return IntIn(v, -1, 1, &tag->number) ? "" : "an offset -1, 0 or 1";
    case LexTable::kPartWord:
      return IntIn(v, 1, 3, &tag->number) ? "" : "1 (early), 2 or 3 (late)";
    case LexTable::kQuarterWord:
      return IntIn(v, 1, 4, &tag->number) ? "" : "a quarter 1..4";
    case LexTable::kRank:
    case LexTable::kOrdinal:
      return IntIn(v, 1, 1000, &tag->number) ? "" : "a position 1..1000";
    default:
      return "";
  }
}

}  // namespace

const char* LexTableName(LexTable table) {
  return kTableNames[static_cast<int>(table)];
}

absl::StatusOr<Lexicon> Lexicon::Builtin() {
  absl::StatusOr<Lexicon> lexicon = Parse(kBuiltinLexicon, "data/lexicon");
  if (!lexicon.ok()) return lexicon;
  absl::Status s =
      lexicon->AddTellers(kBuiltinWireAgencies, "data/wire_agencies.txt");
  if (!s.ok()) return s;
  return lexicon;
}

absl::StatusOr<Lexicon> Lexicon::Parse(absl::string_view tsv,
                                       absl::string_view source) {
  Lexicon lexicon;
  absl::Status s = lexicon.Add(tsv, source);
  if (!s.ok()) return s;
  return lexicon;
}

absl::Status Lexicon::Add(absl::string_view tsv, absl::string_view source) {
  std::string file(source);
  int line_no = 0;
  for (absl::string_view line : absl::StrSplit(tsv, '\n')) {
    ++line_no;
    if (absl::ConsumePrefix(&line, "#file ")) {
      file = std::string(absl::StripAsciiWhitespace(line));
      line_no = 0;
      continue;
    }
    absl::Status s = AddLine(line, file, line_no);
    if (!s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::Status Lexicon::AddTellers(absl::string_view list,
                                 absl::string_view source) {
  int line_no = 0;
  for (absl::string_view line : absl::StrSplit(list, '\n')) {
    ++line_no;
    line = absl::StripAsciiWhitespace(line);
    if (line.empty() || line[0] == '#') continue;
    const std::vector<absl::string_view> names = absl::StrSplit(line, '|');
    // The list is dedup's too, written as agencies sign ("VNA/TTXVN").
    for (absl::string_view name : names) {
      absl::Status s =
          AddLine(absl::StrCat("teller\t", LexemesApart(name), "\t", names[0]),
                  source, line_no);
      if (!s.ok()) return s;
    }
  }
  return absl::OkStatus();
}

absl::Status Lexicon::AddLine(absl::string_view line, absl::string_view source,
                              int line_no) {
  line = absl::StripTrailingAsciiWhitespace(line);
  if (line.empty() || line[0] == '#') return absl::OkStatus();
  const std::vector<absl::string_view> f = absl::StrSplit(line, '\t');
  auto error = [&](const std::string& what) {
    return absl::InvalidArgumentError(
        absl::StrCat(source, ":", line_no, ": ", what));
  };
  if (f.size() < 3 || f[1].empty() || f[2].empty()) {
    return error("expected table<TAB>phrase<TAB>tag");
  }
  LexTable table;
  if (!TableByName(f[0], &table)) {
    return error(absl::StrCat("unknown table \"", f[0], "\" (expected ",
                              absl::StrJoin(kTableNames, ", "), ")"));
  }
  LexTag tag;
  tag.text = std::string(f[2]);
  if (f.size() > 3) tag.extra = std::string(f[3]);
  const std::string expected = CheckTag(table, &tag);
  if (!expected.empty()) {
    return error(absl::StrCat("tag \"", f[2], "\" of table ", f[0], " is not ",
                              expected));
  }
  // Phrases are matched lexeme by lexeme and split into words at spaces
  // only: "a.m" would be one word that no text ever lexes as one ("a", ".",
  // "m"), a silently dead entry.
  for (const std::string& word : PhraseWords(f[1])) {
    if (!MatchedInText(table)) break;
    const size_t lexemes = LexAll(word).size();
    if (lexemes > 1) {
      return error(absl::StrCat("\"", word, "\" in phrase \"", f[1],
                                "\" reads as ", lexemes,
                                " lexemes; write them apart with spaces"));
    }
  }
  const int id = InternTag(table, std::move(tag));
  if (!tables_[static_cast<int>(table)].Add(f[1], id)) {
    return error(absl::StrCat("phrase \"", f[1], "\" has no words"));
  }
  first_word_tables_[LexKeyHash(PhraseWords(f[1])[0])] |=
      uint64_t{1} << static_cast<int>(table);
  return absl::OkStatus();
}

int Lexicon::InternTag(LexTable table, LexTag tag) {
  std::vector<LexTag>& tags = tags_[static_cast<int>(table)];
  for (size_t i = 0; i < tags.size(); ++i) {
    if (tags[i].text == tag.text && tags[i].extra == tag.extra) {
      return static_cast<int>(i);
    }
  }
  tags.push_back(std::move(tag));
  return static_cast<int>(tags.size() - 1);
}

Segmentation Lexicon::Segment(const std::vector<Lexeme>& lx) const {
  const int n = static_cast<int>(lx.size());
  Segmentation seg;
  seg.length.assign(n, 1);
  seg.starts.assign(n, 0);
  for (int i = 0; i < n; ++i) {
    auto it = first_word_tables_.find(lx[i].key_hash);
    if (it != first_word_tables_.end()) seg.starts[i] = it->second;
  }
  const int compound = static_cast<int>(LexTable::kCompound);
  for (int i = 0; i < n;) {
    PhraseMatch m = (seg.starts[i] >> compound & 1)
                        ? tables_[compound].LongestAt(lx, i, n)
                        : PhraseMatch{};
    if (m.length <= 1) {
      ++i;
      continue;
    }
    seg.length[i] = static_cast<uint8_t>(std::min(m.length, 255));
    for (int k = i + 1; k < i + m.length; ++k) seg.length[k] = 0;
    i += m.length;
  }
  return seg;
}

PhraseMatch Lexicon::MatchStartingPhrase(LexTable table,
                                         const std::vector<Lexeme>& lx,
                                         const Segmentation& seg, int i,
                                         int end) const {
  const int n = static_cast<int>(seg.size());
  return tables_[static_cast<int>(table)].LongestAt(
      lx, i, end, [&](int length) {
        const int stop = i + length;
        return stop >= n || seg[stop] != 0;
      });
}

PhraseMatch Lexicon::MatchEndingAt(LexTable table,
                                   const std::vector<Lexeme>& lx,
                                   const Segmentation& seg, int begin,
                                   int end) const {
  PhraseMatch best;
  for (int i = end - 1; i >= begin && end - i <= 8; --i) {
    PhraseMatch m = Match(table, lx, seg, i, end);
    if (m.length == end - i) best = m;
  }
  return best;
}

bool Lexicon::Contains(LexTable table, absl::string_view folded) const {
  return Find(table, folded) >= 0;
}

int Lexicon::Find(LexTable table, absl::string_view folded) const {
  return tables_[static_cast<int>(table)].Find(folded);
}

}  // namespace wirecheck
