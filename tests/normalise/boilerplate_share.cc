// Share of text kept as body over whole corpora, read as the tool reads
// them (ingest's JSONL parser, line statistics per outlet over the file):
//
//   bazel run //tests/normalise:boilerplate_share -- [--top=N]
//       [--labels=testdata/normalise/boilerplate_spans.tsv] FILE.jsonl...
//
// Prints, per file, the articles, the share of text bytes kept as body and
// the removed bytes by reason; --top=N also lists the N articles that lost
// the most, with what was removed, for reading. With --labels, articles of
// that file's held-out split are counted but never listed, so reading the
// corpus while tuning does not reveal them.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "ingest/ingest.h"
#include "normalise/boilerplate.h"
#include "tests/normalise/jsonl_reader.h"

namespace wirecheck {
namespace {

struct Loss {
  size_t article;
  int64_t bytes;
};

void PrintRemoved(const Article& a, const Document& doc) {
  std::printf("--- %s (%zu bytes)\n", a.id.c_str(), a.text.size());
  for (const RemovedSpan& r : doc.removed) {
    if (r.reason == "whitespace") continue;
    std::string snippet(r.span.Of(a.text).substr(0, 160));
    std::replace(snippet.begin(), snippet.end(), '\n', '|');
    std::printf("    %-26s %s\n", r.reason.c_str(), snippet.c_str());
  }
}

// Ids of held-out rows in a boilerplate_spans.tsv.
std::set<std::string> HeldOutIds(const std::string& labels_path) {
  std::set<std::string> ids;
  if (labels_path.empty()) return ids;
  std::ifstream in(labels_path);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    if (f.size() >= 3 && f[0] == "heldout") ids.insert(f[2]);
  }
  return ids;
}

void Share(const std::string& path, int top,
           const std::set<std::string>& hidden) {
  IngestResult ingested;
  ParseJsonl(path, ReadCorpusFile(path), &ingested);
  const std::vector<Article>& articles = ingested.articles;
  LineStats stats;
  for (const Article& a : articles) stats.Add(a.outlet, a.text);
  int64_t text_bytes = 0, body_bytes = 0;
  std::map<std::string, int64_t> by_reason;
  std::vector<Loss> losses;
  std::vector<Document> docs;
  for (size_t i = 0; i < articles.size(); ++i) {
    const Article& a = articles[i];
    docs.push_back(
        RemoveBoilerplate(a.text, a.outlet, &stats, BoilerplateOptions()));
    int64_t lost = 0;
    for (const RemovedSpan& r : docs.back().removed) {
      if (r.reason == "whitespace") continue;
      by_reason[r.reason] += r.span.size();
      lost += r.span.size();
    }
    text_bytes += a.text.size();
    for (const Span& s : docs.back().body) body_bytes += s.size();
    if (lost > 0 && !hidden.count(a.id)) losses.push_back({i, lost});
  }
  std::printf(
      "%s: %zu articles, %lld bytes, body share %.4f, %zu articles "
      "lost text\n",
      path.c_str(), articles.size(), static_cast<long long>(text_bytes),
      text_bytes ? static_cast<double>(body_bytes) / text_bytes : 1.0,
      losses.size());
  for (const auto& [reason, bytes] : by_reason) {
    std::printf("  %-34s %lld bytes\n", reason.c_str(),
                static_cast<long long>(bytes));
  }
  std::sort(losses.begin(), losses.end(),
            [](const Loss& a, const Loss& b) { return a.bytes > b.bytes; });
  for (int k = 0; k < top && k < static_cast<int>(losses.size()); ++k) {
    PrintRemoved(articles[losses[k].article], docs[losses[k].article]);
  }
}

}  // namespace
}  // namespace wirecheck

int main(int argc, char** argv) {
  int top = 0;
  std::set<std::string> hidden;
  for (int a = 1; a < argc; ++a) {
    if (std::strncmp(argv[a], "--top=", 6) == 0) {
      top = std::atoi(argv[a] + 6);
    } else if (std::strncmp(argv[a], "--labels=", 9) == 0) {
      hidden = wirecheck::HeldOutIds(argv[a] + 9);
    } else {
      wirecheck::Share(argv[a], top, hidden);
    }
  }
  return 0;
}
