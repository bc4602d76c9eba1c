#include "pipeline/baseline.h"

#include <algorithm>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace wirecheck {
namespace {

constexpr char kVersionLine[] = "# wirecheck baseline 1";
constexpr char kHeader[] = "id\ttype\tstatus\tnote\tsummary";

// A finding id: "c-" or "d-", then 16 lower-case hex digits.
bool IsFindingId(absl::string_view id) {
  if (id.size() != 18 || id[1] != '-' || (id[0] != 'c' && id[0] != 'd')) {
    return false;
  }
  return std::all_of(id.begin() + 2, id.end(), [](char c) {
    return absl::ascii_isdigit(c) || (c >= 'a' && c <= 'f');
  });
}

// Tabs and line breaks would break the line into other fields.
std::string OneLine(absl::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

absl::Status LineError(absl::string_view file, int line,
                       absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(file, ":", line, ": ", what));
}

template <typename E>
bool Lookup(absl::string_view word,
            const std::vector<std::pair<E, const char*>>& names, E* out) {
  for (const auto& [value, name] : names) {
    if (word == name) {
      *out = value;
      return true;
    }
  }
  return false;
}

const std::vector<std::pair<FindingType, const char*>>& TypeNames() {
  static const auto* names =
      new std::vector<std::pair<FindingType, const char*>>{
          {FindingType::kCopy, "copy"},
          {FindingType::kDiscrepancy, "discrepancy"}};
  return *names;
}

const std::vector<std::pair<BaselineStatus, const char*>>& StatusNames() {
  static const auto* names =
      new std::vector<std::pair<BaselineStatus, const char*>>{
          {BaselineStatus::kOpen, "open"},
          {BaselineStatus::kDismissed, "dismissed"},
          {BaselineStatus::kAccepted, "accepted"}};
  return *names;
}

absl::StatusOr<BaselineEntry> ParseEntry(absl::string_view line,
                                         absl::string_view file, int n) {
  std::vector<absl::string_view> f = absl::StrSplit(line, '\t');
  if (f.size() < 3 || f.size() > 5) {
    return LineError(file, n,
                     absl::StrCat("expected 3 to 5 tab-separated fields (id, "
                                  "type, status, note, summary), found ",
                                  f.size()));
  }
  BaselineEntry e;
  e.id = std::string(absl::StripAsciiWhitespace(f[0]));
  if (!IsFindingId(e.id)) {
    return LineError(file, n,
                     absl::StrCat("'", e.id,
                                  "' is not a finding id (c- or d- and 16 "
                                  "hex digits)"));
  }
  if (!Lookup(absl::StripAsciiWhitespace(f[1]), TypeNames(), &e.type) ||
      (e.type == FindingType::kCopy) != (e.id[0] == 'c')) {
    return LineError(file, n,
                     absl::StrCat("type '", f[1], "' does not fit id ", e.id,
                                  " (c-: copy, d-: discrepancy)"));
  }
  if (!Lookup(absl::StripAsciiWhitespace(f[2]), StatusNames(), &e.status)) {
    return LineError(file, n,
                     absl::StrCat("status '", f[2],
                                  "': expected open, dismissed or accepted"));
  }
  if (f.size() > 3) e.note = std::string(absl::StripAsciiWhitespace(f[3]));
  if (f.size() > 4) e.summary = std::string(f[4]);
  return e;
}

std::string Who(const Article& a) {
  return a.outlet.empty() ? a.id : absl::StrCat(a.id, " (", a.outlet, ")");
}

std::string CopySummary(const std::vector<Article>& articles,
                        const CopyPair& p) {
  return absl::StrFormat("%s %s %s; %.0f%% of it, %s", Who(articles[p.copy]),
                         p.by_date ? "copied from" : "shares a passage with",
                         Who(articles[p.source]), 100 * p.containment,
                         p.same_outlet
                             ? "same outlet"
                             : (p.credited ? "credited" : "not credited"));
}

std::string DiscrepancySummary(const std::vector<Article>& articles,
                               const Discrepancy& d) {
  return absl::StrFormat("%s, %s: %s says %s; %s says %s",
                         DiscrepancyClassName(d.cls), ClaimKindName(d.kind),
                         articles[d.a.doc].id, DescribeValue(d.a),
                         articles[d.b.doc].id, DescribeValue(d.b));
}

void KeepTriage(const Baseline* previous, BaselineEntry* e) {
  const BaselineEntry* old = previous ? previous->Find(e->id) : nullptr;
  if (old == nullptr) return;
  e->status = old->status;
  e->note = old->note;
}

void Count(BaselineStatus s, BaselineCounts* c) {
  switch (s) {
    case BaselineStatus::kOpen:
      ++c->open;
      break;
    case BaselineStatus::kDismissed:
      ++c->dismissed;
      break;
    case BaselineStatus::kAccepted:
      ++c->accepted;
      break;
  }
}

// Drops the findings the baseline lists, counting them.
template <typename Finding>
void Suppress(const Baseline& baseline, std::vector<Finding>* findings,
              BaselineCounts* counts) {
  findings->erase(std::remove_if(findings->begin(), findings->end(),
                                 [&](const Finding& f) {
                                   const BaselineEntry* e = baseline.Find(f.id);
                                   if (e != nullptr) Count(e->status, counts);
                                   return e != nullptr;
                                 }),
                  findings->end());
}

}  // namespace

const char* FindingTypeName(FindingType t) {
  for (const auto& [value, name] : TypeNames()) {
    if (value == t) return name;
  }
  return "?";
}

const char* BaselineStatusName(BaselineStatus s) {
  for (const auto& [value, name] : StatusNames()) {
    if (value == s) return name;
  }
  return "?";
}

const BaselineEntry* Baseline::Find(const std::string& id) const {
  auto it = by_id.find(id);
  return it == by_id.end() ? nullptr : &entries[it->second];
}

absl::StatusOr<Baseline> ParseBaseline(absl::string_view text,
                                       absl::string_view file_name) {
  Baseline b;
  std::vector<int> line_of;  // File line of each entry.
  int n = 0;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (n == 1) {
      if (absl::StripTrailingAsciiWhitespace(line) != kVersionLine) {
        return LineError(file_name, 1,
                         absl::StrCat("not a wirecheck baseline (the first "
                                      "line must be '",
                                      kVersionLine, "')"));
      }
      continue;
    }
    if (absl::StripAsciiWhitespace(line).empty() || line[0] == '#' ||
        line == kHeader) {
      continue;
    }
    absl::StatusOr<BaselineEntry> e = ParseEntry(line, file_name, n);
    if (!e.ok()) return e.status();
    if (!b.by_id.insert({e->id, b.entries.size()}).second) {
      return LineError(file_name, n,
                       absl::StrCat(e->id, " is listed twice (first on line ",
                                    line_of[b.by_id[e->id]], ")"));
    }
    line_of.push_back(n);
    b.entries.push_back(*std::move(e));
  }
  return b;
}

std::vector<BaselineEntry> BaselineEntriesFor(
    const std::vector<Article>& articles, const DedupResult* dedup,
    const CompareResult* compare, const Baseline* previous) {
  std::vector<BaselineEntry> out;
  auto add = [&](const std::string& id, FindingType type, std::string summary) {
    BaselineEntry e;
    e.id = id;
    e.type = type;
    e.summary = std::move(summary);
    KeepTriage(previous, &e);
    out.push_back(std::move(e));
  };
  if (dedup != nullptr) {
    for (const CopyPair& p : dedup->copies) {
      add(p.id, FindingType::kCopy, CopySummary(articles, p));
    }
  }
  if (compare != nullptr) {
    for (const Discrepancy& d : compare->discrepancies) {
      add(d.id, FindingType::kDiscrepancy, DiscrepancySummary(articles, d));
    }
  }
  return out;
}

std::string FormatBaseline(const std::vector<BaselineEntry>& entries) {
  std::string out = absl::StrCat(
      kVersionLine,
      "\n# Findings the team has seen: runs with --baseline=THIS_FILE leave "
      "them out.\n# Set status to open, dismissed (false positive) or "
      "accepted (real, and fine)\n# and say why in the note. Fields are "
      "separated by one tab; the summary is\n# for people and is not read "
      "back. Format: doc/baseline.md.\n",
      kHeader, "\n");
  for (const BaselineEntry& e : entries) {
    absl::StrAppend(&out, e.id, "\t", FindingTypeName(e.type), "\t",
                    BaselineStatusName(e.status), "\t", OneLine(e.note), "\t",
                    OneLine(e.summary), "\n");
  }
  return out;
}

BaselineCounts ApplyBaseline(const Baseline& baseline, DedupResult* dedup,
                             CompareResult* compare) {
  BaselineCounts counts;
  if (dedup != nullptr) Suppress(baseline, &dedup->copies, &counts);
  if (compare != nullptr) {
    Suppress(baseline, &compare->discrepancies, &counts);
  }
  return counts;
}

}  // namespace wirecheck
