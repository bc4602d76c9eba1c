// event_eval: how well compare's event pairs (compare/event.h) match the
// labelled same-story clusters of a corpus (KTLAB, ViMs, BASIL): for each
// similarity threshold, the pairs found, the share inside one labelled
// cluster (precision) and the share of labelled same-cluster pairs found
// (recall). Copies are not used: this measures the content similarity alone.
//
//   bazel run -c opt //bench:event_eval -- CORPUS.jsonl
#include <cstdio>
#include <map>
#include <string>

#include "bench/corpus.h"
#include "compare/compare.h"

namespace wirecheck {
namespace {

int Main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: event_eval CORPUS.jsonl\n");
    return 2;
  }
  MappedFile file(argv[1]);
  if (!file.ok()) return 2;
  Corpus corpus = LoadCorpus(file.bytes(), -1, 0, Pipeline::kReal);
  const std::vector<std::string> labels = ClusterLabels(file.bytes(), -1);
  if (labels.size() != corpus.articles.size()) {
    std::fprintf(stderr, "labels and articles differ in number\n");
    return 2;
  }
  absl::StatusOr<Knowledge> k = LoadKnowledge({});
  if (!k.ok()) return 2;
  std::vector<ArticleProfile> profiles;
  for (size_t i = 0; i < corpus.articles.size(); ++i) {
    const Article& a = corpus.articles[i];
    LexedArticle lexed = LexArticle(a.text, corpus.docs[i].body, k->lexicon,
                                    ExtractOptions::Language::kAuto);
    profiles.push_back(
        ProfileOf(lexed, a.title, a.published, k->lexicon, k->aliases));
  }
  std::map<std::string, int> sizes;
  for (const std::string& l : labels) ++sizes[l];
  long positives = 0;
  for (const auto& [l, n] : sizes)
    positives += static_cast<long>(n) * (n - 1) / 2;
  std::printf("articles %zu, labelled same-cluster pairs %ld\n", labels.size(),
              positives);
  for (double t : {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5}) {
    EventOptions opt;
    opt.min_similarity = t;
    Events e = FindEvents(profiles, {}, {}, opt);
    long same = 0;
    for (const EventPair& p : e.pairs) same += labels[p.a] == labels[p.b];
    std::printf(
        "threshold %.2f: pairs %zu, same cluster %ld (precision %.3f, "
        "recall %.3f)\n",
        t, e.pairs.size(), same,
        e.pairs.empty() ? 0.0 : double(same) / e.pairs.size(),
        double(same) / positives);
  }
  return 0;
}

}  // namespace
}  // namespace wirecheck

int main(int argc, char** argv) { return wirecheck::Main(argc, argv); }
