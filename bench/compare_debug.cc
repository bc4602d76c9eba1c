// compare_debug: why compare did or did not report a conflict between two
// articles. Prints both articles' claims with their frames (kind, unit
// class, role, modality, period, anchor, subject), whether the two articles
// form an event pair and how alike they are, the claims aligned between
// them and what each aligned pair was classified as.
//
//   bazel run -c opt //bench:compare_debug -- CORPUS.jsonl DOC_A DOC_B
//   [--one-event]
//
// --one-event gives every article of the corpus as one event (as the
// labelled-set test does).
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "bench/corpus.h"
#include "compare/compare.h"
#include "dedup/dedup.h"

namespace wirecheck {
namespace {

// The words the printed term hashes stand for (lexeme keys of the two
// articles), so a claim's head reads as words.
absl::flat_hash_map<uint64_t, std::string>& Words() {
  static auto* words = new absl::flat_hash_map<uint64_t, std::string>;
  return *words;
}

std::string HeadWords(const Claim& c) {
  std::string out;
  for (uint64_t h : c.head) {
    auto it = Words().find(h);
    absl::StrAppend(&out, out.empty() ? "" : " ",
                    it == Words().end() ? "?" : it->second);
  }
  return out;
}

void PrintClaim(const Article& a, const Claim& c, int index) {
  std::cout << "  #" << index << " @" << c.span.begin << "-" << c.span.end
            << " [" << ClaimKindName(c.kind) << "] \"" << c.span.Of(a.text)
            << "\" = " << DescribeValue(c) << " | unit " << c.unit_class
            << " | role " << c.role << " | mod " << ModalityName(c.modality)
            << " | period " << c.period << (c.per_item ? " | each" : "")
            << (c.series ? " | series" : "") << " | anchor "
            << (c.anchor.dated() ? c.anchor.from.ToString() : "-")
            << (c.anchor.background ? " bg" : "") << " " << c.anchor.session
            << (c.moment_score.empty() ? "" : " | goal ") << c.moment_score
            << " | subject " << c.subject << " | head [" << HeadWords(c)
            << "] | key " << AttributeKey(c) << " | terms " << c.frame.size()
            << "\n";
}

int Main(int argc, char** argv) {
  const bool one_event = argc == 5 && std::string(argv[4]) == "--one-event";
  if (argc != 4 && !one_event) {
    std::cerr
        << "usage: compare_debug CORPUS.jsonl DOC_A DOC_B [--one-event]\n";
    return 2;
  }
  MappedFile file(argv[1]);
  if (!file.ok()) {
    std::cerr << "cannot read " << argv[1] << "\n";
    return 2;
  }
  Corpus corpus = LoadCorpus(file.bytes(), -1, 0, Pipeline::kReal);
  int da = -1, db = -1;
  for (size_t i = 0; i < corpus.articles.size(); ++i) {
    if (corpus.articles[i].id == argv[2]) da = static_cast<int>(i);
    if (corpus.articles[i].id == argv[3]) db = static_cast<int>(i);
  }
  if (da < 0 || db < 0) {
    std::cerr << "doc not found\n";
    return 2;
  }
  absl::StatusOr<Knowledge> k = LoadKnowledge({});
  if (!k.ok()) {
    std::cerr << k.status() << "\n";
    return 2;
  }
  absl::StatusOr<DedupResult> dedup =
      FindCopies(corpus.articles, corpus.docs, DedupOptions{});
  std::vector<std::pair<int, int>> copies;
  if (dedup.ok()) {
    for (const CopyPair& p : dedup->copies)
      copies.push_back({p.source, p.copy});
  }
  CompareOptions opt;
  std::vector<ArticleProfile> profiles;
  std::vector<Claim> claims;
  std::vector<std::vector<int>> by_doc(corpus.articles.size());
  for (size_t i = 0; i < corpus.articles.size(); ++i) {
    const Article& a = corpus.articles[i];
    LexedArticle lexed = LexArticle(a.text, corpus.docs[i].body, k->lexicon,
                                    opt.extract.language);
    if (static_cast<int>(i) == da || static_cast<int>(i) == db) {
      for (const Lexeme& l : lexed.lexemes) Words()[l.key_hash] = l.key;
    }
    for (Claim& c :
         ExtractClaims(static_cast<int>(i), a.text, lexed, a.published,
                       k->lexicon, opt.extract, &k->aliases)) {
      by_doc[i].push_back(static_cast<int>(claims.size()));
      claims.push_back(std::move(c));
    }
    profiles.push_back(
        ProfileOf(lexed, a.title, a.published, k->lexicon, k->aliases));
  }
  std::vector<std::vector<int>> groups;
  if (one_event) {
    groups.emplace_back();
    for (size_t i = 0; i < corpus.articles.size(); ++i) groups[0].push_back(i);
  }
  Events events = FindEvents(profiles, copies, groups, opt.events);
  for (int d : {da, db}) {
    std::cout << "== " << corpus.articles[d].id << " ("
              << corpus.articles[d].outlet << ", "
              << corpus.articles[d].published.ToIso() << ") event "
              << events.event_of[d] << "\n";
    for (int i : by_doc[d]) PrintClaim(corpus.articles[d], claims[i], i);
  }
  const int lo = std::min(da, db), hi = std::max(da, db);
  const EventPair* pair = nullptr;
  for (const EventPair& p : events.pairs) {
    if (p.a == lo && p.b == hi) pair = &p;
  }
  std::cout << "event pair: "
            << (pair ? absl::StrCat("yes, similarity ", pair->similarity,
                                    pair->copy ? " (copy)" : "")
                     : "no")
            << " (profile cosine "
            << ProfileSimilarity(profiles[lo], profiles[hi], events, opt.events)
            << ")\n";
  const ClaimBuckets ba = BucketClaims(claims, by_doc[lo]);
  const ClaimBuckets bb = BucketClaims(claims, by_doc[hi]);
  for (int i : by_doc[lo]) {
    for (int j : by_doc[hi]) {
      if (AttributeKey(claims[i]) != 0 &&
          AttributeKey(claims[i]) == AttributeKey(claims[j])) {
        const bool cross = profiles[lo].vietnamese != profiles[hi].vietnamese;
        std::cout << "same key #" << i << " #" << j << " frame similarity "
                  << FrameSimilarity(claims[i], claims[j], events, opt.align)
                  << " local " << LocalSimilarity(claims[i], claims[j], events)
                  << " entities "
                  << EntitySimilarity(claims[i].entities, claims[j].entities)
                  << " mismatch "
                  << MismatchName(WhyDifferent(claims[i], claims[j],
                                               profiles[lo], profiles[hi],
                                               events, cross, opt.align))
                  << " subjects '" << claims[i].subject << "' '"
                  << claims[j].subject << "' named-in-other "
                  << std::binary_search(claims[j].frame.begin(),
                                        claims[j].frame.end(),
                                        claims[i].subject_term)
                  << std::binary_search(claims[i].frame.begin(),
                                        claims[i].frame.end(),
                                        claims[j].subject_term)
                  << "\n";
      }
    }
  }
  for (const AlignedClaims& al : AlignClaims(
           claims, ba, bb, profiles[lo], profiles[hi], events,
           profiles[lo].vietnamese != profiles[hi].vietnamese, opt.align)) {
    PairContext ctx;
    ctx.a = &corpus.articles[claims[al.a].doc];
    ctx.b = &corpus.articles[claims[al.b].doc];
    ctx.event_similarity = pair ? pair->similarity : 0;
    ctx.frame_similarity = al.similarity;
    ctx.local_similarity = al.local;
    ctx.evidence = al.evidence;
    std::optional<Finding> f =
        Classify(claims[al.a], claims[al.b], ctx, opt.classify, opt.weights);
    std::cout << "aligned #" << al.a << " #" << al.b << " sim " << al.similarity
              << " -> "
              << (f ? absl::StrCat(DiscrepancyClassName(f->cls), " ",
                                   f->confidence)
                    : std::string("agree/none"))
              << "\n";
  }
  return 0;
}

}  // namespace
}  // namespace wirecheck

int main(int argc, char** argv) { return wirecheck::Main(argc, argv); }
