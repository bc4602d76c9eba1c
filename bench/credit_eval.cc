// bench/credit_eval: how well dedup/credit.h tells credit lines in real
// articles (testdata/dedup/credit_lines.tsv, labelled by hand).
//
// A labelled line counts as found when FindAttributions, run on its whole
// article, returns an article-level attribution overlapping the line.
// Precision and recall of that decision are printed per stratum and
// overall, then every disagreement.
//
//   bench/credit_pick.py --extract ../shared/corpora
//       testdata/dedup/credit_lines.tsv > /tmp/credit_articles.jsonl
//   bazel run -c opt //bench:credit_eval --
//       $PWD/testdata/dedup/credit_lines.tsv /tmp/credit_articles.jsonl
// (each command on one line)
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "dedup/credit.h"
#include "tests/normalise/jsonl_reader.h"

namespace wirecheck {
namespace {

struct Label {
  std::string corpus, id, stratum, named;
  Span span;
  bool credit = false;
};

struct Counts {
  int tp = 0, fp = 0, fn = 0, tn = 0;
  void Add(bool truth, bool found) {
    (truth ? (found ? tp : fn) : (found ? fp : tn)) += 1;
  }
};

std::string ReadAll(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<Label> ReadLabels(const std::string& tsv) {
  std::vector<Label> out;
  for (absl::string_view line : absl::StrSplit(tsv, '\n')) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    std::vector<std::string> span = absl::StrSplit(f[2], '-');
    Label l;
    l.corpus = f[0];
    l.id = f[1];
    if (!absl::SimpleAtoi(span[0], &l.span.begin) ||
        !absl::SimpleAtoi(span[1], &l.span.end)) {
      std::fprintf(stderr, "bad span %s\n", f[2].c_str());
      continue;
    }
    l.stratum = f[4];
    l.credit = f[5] == "credit";
    l.named = f.size() > 6 ? f[6] : "";
    out.push_back(l);
  }
  return out;
}

bool Overlaps(const Span& a, const Span& b) {
  return a.begin < b.end && b.begin < a.end;
}

void Print(const std::string& name, const Counts& c) {
  const double p = c.tp + c.fp ? static_cast<double>(c.tp) / (c.tp + c.fp) : 1;
  const double r = c.tp + c.fn ? static_cast<double>(c.tp) / (c.tp + c.fn) : 1;
  std::printf(
      "%-8s credits %3d  found %3d  wrong %3d  missed %3d  "
      "precision %.3f  recall %.3f  lines %d\n",
      name.c_str(), c.tp + c.fn, c.tp, c.fp, c.fn, p, r,
      c.tp + c.fp + c.fn + c.tn);
}

int Main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: credit_eval LABELS.tsv ARTICLES.jsonl\n");
    return 2;
  }
  std::map<std::pair<std::string, std::string>, std::string> texts;
  for (JsonRecord& r : ReadJsonl(ReadAll(argv[2]), -1)) {
    texts[{r["corpus"], r["id"]}] = std::move(r["text"]);
  }
  const CreditFinder& finder = CreditFinder::Default();
  std::map<std::string, Counts> by_stratum;
  Counts all;
  std::vector<std::string> wrong;
  for (const Label& l : ReadLabels(ReadAll(argv[1]))) {
    auto it = texts.find({l.corpus, l.id});
    if (it == texts.end() || l.span.end > it->second.size()) {
      std::fprintf(stderr, "missing article %s %s\n", l.corpus.c_str(),
                   l.id.c_str());
      return 1;
    }
    bool found = false;
    for (const Attribution& a : finder.FindAttributions(it->second)) {
      found |= a.article_level() && Overlaps(a.span, l.span);
    }
    by_stratum[l.stratum].Add(l.credit, found);
    all.Add(l.credit, found);
    if (found != l.credit) {
      wrong.push_back(
          l.corpus + " " + l.id + " " + std::to_string(l.span.begin) + "-" +
          std::to_string(l.span.end) +
          (l.credit ? " missed credit " + l.named : " taken as a credit") +
          ": " + std::string(l.span.Of(it->second)));
    }
  }
  for (const auto& [name, c] : by_stratum) Print(name, c);
  Print("all", all);
  for (const std::string& w : wrong) std::printf("  %s\n", w.c_str());
  return 0;
}

}  // namespace
}  // namespace wirecheck

int main(int argc, char** argv) { return wirecheck::Main(argc, argv); }
