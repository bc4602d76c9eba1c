#include "normalise/sentences.h"

#include "absl/container/flat_hash_set.h"

namespace wirecheck {
namespace {

bool IsAbbreviation(const Lexeme& word) {
  static const auto* const kAbbrev = new absl::flat_hash_set<std::string>{
      "mr",  "mrs", "ms",  "dr",  "st",  "jr",   "sr",  "prof", "gen",
      "col", "lt",  "sgt", "rep", "sen", "gov",  "jan", "feb",  "mar",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",  "dec",
      "no",  "vs",  "etc", "inc", "co",  "corp", "ltd", "tp",   "gs",
      "ts",  "pgs", "ths", "bs",  "mt",  "ft"};
  if (word.kind != LexKind::kWord) return false;
  if (word.key.size() == 1) return true;  // Initials: "U.S.", "J. Smith".
  return kAbbrev->contains(word.key);
}

bool IsTerminal(const std::string& p) {
  return p == "." || p == "!" || p == "?" || p == "…" || p == ";";
}

bool StartsSentence(const Lexeme& lx) {
  if (lx.kind == LexKind::kWord) return lx.capitalized;
  if (lx.kind == LexKind::kNumber) return true;
  return lx.key == "\"" || lx.key == "“" || lx.key == "‘" || lx.key == "'" ||
         lx.key == "(" || lx.key == "[" || lx.key == "-" || lx.key == "–" ||
         lx.key == "—" || lx.key == "*" || lx.key == "•";
}

}  // namespace

std::vector<Sentence> SplitSentences(const std::vector<Lexeme>& lx) {
  std::vector<Sentence> out;
  const int n = static_cast<int>(lx.size());
  int start = 0;
  auto close = [&](int stop) {
    if (stop <= start) return;
    out.push_back(
        {start, stop, Span{lx[start].span.begin, lx[stop - 1].span.end}});
    start = stop;
  };
  for (int i = 0; i < n; ++i) {
    if (i > start && lx[i].newline_before) close(i);
    const Lexeme& cur = lx[i];
    if (cur.kind != LexKind::kPunct || !IsTerminal(cur.key)) continue;
    // Swallow closing quotes and repeated terminals into this sentence.
    int j = i + 1;
    while (j < n && lx[j].kind == LexKind::kPunct && !lx[j].newline_before &&
           (IsTerminal(lx[j].key) || lx[j].key == "\"" || lx[j].key == "”" ||
            lx[j].key == "’" || lx[j].key == ")")) {
      ++j;
    }
    if (j >= n) break;
    if (cur.key == "." && i > 0 && !cur.space_before &&
        IsAbbreviation(lx[i - 1]) && !lx[j].newline_before) {
      continue;
    }
    // "QL.1A", "TX.Sơn Tây", "TT.Huế": an initialism glued to what follows
    // by a full stop names a road, town or district (scraped text glues
    // sentences too, "chết.Theo", but after a lower-case word).
    if (cur.key == "." && j == i + 1 && !cur.space_before && i > 0 &&
        lx[i - 1].kind == LexKind::kWord && lx[i - 1].upper &&
        !lx[j].space_before && !lx[j].newline_before) {
      continue;
    }
    // "hơn 11. 700 người": a thousands separator with a stray space, not a
    // sentence end (two sentences rarely meet as "11. 700").
    if (cur.key == "." && j == i + 1 && !cur.space_before && i > 0 &&
        lx[i - 1].kind == LexKind::kNumber && lx[i - 1].key.size() <= 3 &&
        lx[j].kind == LexKind::kNumber && lx[j].key.size() == 3 &&
        !lx[j].newline_before) {
      continue;
    }
    if (StartsSentence(lx[j]) || lx[j].newline_before) {
      close(j);
      i = j - 1;
    }
  }
  close(n);
  return out;
}

}  // namespace wirecheck
