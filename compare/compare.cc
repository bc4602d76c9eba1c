#include "compare/compare.h"

#include <algorithm>
#include <map>
#include <cmath>
#include <set>
#include <tuple>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "compare/classify.h"
#include "compare/lexicon.h"
#include "compare/sentences.h"
#include "compare/stories.h"
#include "compare/topic.h"

namespace wirecheck {
namespace {

// Every entity an article mentions anywhere in its body.
struct ArticleEntities {
  absl::flat_hash_set<int> alias_ids;
  absl::flat_hash_set<std::string> names;
};

// What the matcher needs to know about each claim besides its value.
struct Context {
  SentenceInfo entities;
  SentenceInfo clause_entities;  // Of Claim::clause.
  std::vector<const Claim*> sentence_counts;  // Numeric claims alongside.
  bool vietnamese = true;  // Language of the claim's article.
  const Claim* sentence_date = nullptr;  // An explicit full date nearby.
  int siblings = 0;  // Claims in the same article with the same key.
  int in_sentence = 0;  // Claims of the same kind and unit in the sentence.
  const ArticleEntities* article = nullptr;  // The claim's whole article.
};

std::string Key(const Claim& c) {
  return absl::StrCat(static_cast<int>(c.kind), "|", c.unit_class, "|", c.role);
}

bool IsVague(const Claim& c) {
  return c.kind != ClaimKind::kDate &&
         (std::isinf(c.low) || std::isinf(c.high) || c.high > 1.3 * c.low + 1);
}

ArticleEntities EntitiesOf(const Article& a, const Document& d,
                           const AliasTable& aliases) {
  ArticleEntities out;
  for (const Span& b : d.body) {
    std::vector<Lexeme> lx = Lex(a.text, b);
    for (const Sentence& s : SplitSentences(lx)) {
      SentenceInfo info = SentenceEntities(lx, s, aliases);
      out.alias_ids.insert(info.alias_ids.begin(), info.alias_ids.end());
      out.names.insert(info.names.begin(), info.names.end());
    }
  }
  return out;
}

std::vector<Context> BuildContexts(const std::vector<Claim>& claims,
                                   const std::vector<Article>& articles,
                                   const std::vector<Document>& docs,
                                   const AliasTable& aliases,
                                   std::vector<ArticleEntities>* article_entities) {
  std::vector<Context> ctx(claims.size());
  article_entities->assign(articles.size(), {});
  std::vector<bool> have_entities(articles.size(), false);
  std::vector<int> language(articles.size(), -1);
  absl::flat_hash_map<std::string, int> key_counts;
  for (const Claim& c : claims) ++key_counts[absl::StrCat(c.doc, "#", Key(c))];
  absl::flat_hash_map<std::pair<int, uint32_t>, SentenceInfo> cache;
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    auto it = cache.find({c.doc, c.sentence.begin});
    if (it == cache.end()) {
      std::vector<Lexeme> lx = Lex(articles[c.doc].text, c.sentence);
      Sentence s{0, static_cast<int>(lx.size()), c.sentence};
      it = cache.emplace(std::make_pair(c.doc, c.sentence.begin),
                         SentenceEntities(lx, s, aliases)).first;
    }
    ctx[i].entities = it->second;
    if (c.clause == c.sentence) {
      ctx[i].clause_entities = it->second;
    } else {
      std::vector<Lexeme> lx = Lex(articles[c.doc].text, c.clause);
      Sentence s{0, static_cast<int>(lx.size()), c.clause};
      ctx[i].clause_entities = SentenceEntities(lx, s, aliases);
    }
    if (!have_entities[c.doc]) {
      (*article_entities)[c.doc] = EntitiesOf(articles[c.doc], docs[c.doc], aliases);
      have_entities[c.doc] = true;
    }
    ctx[i].article = &(*article_entities)[c.doc];
    if (language[c.doc] < 0) {
      std::vector<Lexeme> all;
      for (const Span& b : docs[c.doc].body) {
        std::vector<Lexeme> lx = Lex(articles[c.doc].text, b);
        all.insert(all.end(), lx.begin(), lx.end());
      }
      language[c.doc] = LooksVietnamese(all) ? 1 : 0;
    }
    ctx[i].vietnamese = language[c.doc] == 1;
    ctx[i].siblings = key_counts[absl::StrCat(c.doc, "#", Key(c))];
    // Claims are stored article by article, so the sentence's neighbours
    // are found by scanning outwards while the article stays the same.
    size_t lo = i, hi = i + 1;
    while (lo > 0 && claims[lo - 1].doc == c.doc) --lo;
    while (hi < claims.size() && claims[hi].doc == c.doc) ++hi;
    for (size_t j = lo; j < hi; ++j) {
      const Claim& d = claims[j];
      if (j != i && d.doc == c.doc && d.sentence == c.sentence &&
          d.kind == ClaimKind::kDate && !d.inferred && d.from.complete() &&
          d.to.complete()) {
        ctx[i].sentence_date = &d;
      }
      if (d.doc == c.doc && d.sentence == c.sentence && d.kind == c.kind &&
          d.unit_class == c.unit_class) {
        ++ctx[i].in_sentence;
      }
      if (j != i && d.doc == c.doc && d.sentence == c.sentence &&
          d.kind == ClaimKind::kNumber && !d.role.empty()) {
        ctx[i].sentence_counts.push_back(&d);
      }
    }
  }
  return ctx;
}

bool CountsDisagree(const Context& ca, const Context& cb) {
  for (const Claim* x : ca.sentence_counts) {
    for (const Claim* y : cb.sentence_counts) {
      if (x->role == y->role && x->unit_class == y->unit_class &&
          Relate(*x, *y) == Relation::kDisjoint) {
        return true;
      }
    }
  }
  return false;
}

// True when the sentence names an entity the other article never mentions
// at all (another venue, another counterpart). Across languages only alias
// entities can be compared; a name spelled in one language is always absent
// from the other.
bool NamesUnknownEntity(const SentenceInfo& s, const ArticleEntities& other,
                        bool same_language) {
  for (int id : s.alias_ids) {
    if (!other.alias_ids.contains(id)) return true;
  }
  if (!same_language) return false;
  for (const std::string& n : s.name_order) {
    if (!other.names.contains(n)) return true;
  }
  return false;
}

// Two claims from different articles of one story that speak of the same
// quantity of the same event; returns the shared entity in *entity.
bool SameSubject(const Claim& a, const Context& ca, const Claim& b,
                 const Context& cb, const AliasTable& aliases,
                 const CompareOptions& opt, std::string* entity) {
  if (a.kind != b.kind || a.role != b.role) return false;
  // No predicate we know ("bị sập", "fined"): only a near-verbatim rewrite
  // with a single such claim per sentence says they are the same fact.
  if (a.role.empty() &&
      (ca.in_sentence != 1 || cb.in_sentence != 1 || ca.vietnamese != cb.vietnamese ||
       SentenceSimilarity(ca.entities, cb.entities) < opt.min_rewrite_similarity)) {
    return false;
  }
  // A date's own clause must be rewritten too: "..., kể từ năm 2002" after a
  // shared opening is a different fact from "... violon solo kể từ năm 2003".
  if (a.role.empty() && a.kind == ClaimKind::kDate &&
      SentenceSimilarity(ca.clause_entities, cb.clause_entities) <
          opt.min_sentence_similarity) {
    return false;
  }
  // Tonnes of oil are not tonnes of gas: measured goods named by one claim
  // must appear in the other's sentence (same language only).
  if (ca.vietnamese == cb.vietnamese &&
      ((!a.goods.empty() && !cb.entities.words.contains(a.goods)) ||
       (!b.goods.empty() && !ca.entities.words.contains(b.goods)))) {
    return false;
  }
  // A nine-month profit is not a third-quarter one.
  if (!a.period.empty() && !b.period.empty() && a.period != b.period) return false;
  // Statement dates and price moves ("tăng 1,1 USD") are not event facts.
  // Nor is the date an anniversary is celebrated (its base year is).
  if (a.role == "statement" || a.role == "rose" || a.role == "fell" ||
      a.role == "celebration") {
    return false;
  }
  // Plain durations ("3 ngày") rarely name one fact; anniversaries, prison
  // terms handed down and the length of a visit do.
  if (a.kind == ClaimKind::kDuration && a.role != "anniversary" && a.role != "prison" &&
      a.role != "visit") {
    return false;
  }
  if (a.kind != ClaimKind::kDate &&
      (a.unit_class.empty() || a.unit_class != b.unit_class)) {
    return false;
  }
  // Dates of sentences whose counts disagree belong to different events
  // ("8/3: 12 chết" vs "2/3: 40 chết"): never call that a date conflict.
  if (a.kind == ClaimKind::kDate && CountsDisagree(ca, cb)) return false;
  // Sentences dated on different days speak of different events.
  // Not so for anniversaries: the date is the celebration's, and two
  // celebrations still share one base year (2018: 70 years, 2023: 75).
  if (ca.sentence_date && cb.sentence_date && a.kind != ClaimKind::kDate &&
      a.role != "anniversary" &&
      Relate(*ca.sentence_date, *cb.sentence_date) == Relation::kDisjoint) {
    return false;
  }
  if (DifferentActors(ca.entities, cb.entities)) return false;
  // A visit's length has a direction: Lavrov in Pyongyang is not Choe in
  // Moscow, though both sentences name both. The visitor is named first.
  // (Dates of a visit keep the looser test: the date clause names the place.)
  if (a.role == "visit" && a.kind != ClaimKind::kDate &&
      !ca.entities.first_entity.empty() &&
      !cb.entities.first_entity.empty() &&
      ca.entities.first_entity != cb.entities.first_entity) {
    return false;
  }
  *entity = SharedEntity(ca.entities, cb.entities, aliases);
  // Same-language rewrites of one fact keep much of the wording; across
  // languages only the alias table can vouch for the subject.
  if (ca.vietnamese == cb.vietnamese) {
    if (SentenceSimilarity(ca.entities, cb.entities) < opt.min_sentence_similarity) {
      return false;
    }
  } else {
    bool shared_alias = false;
    for (int id : ca.entities.alias_ids) {
      shared_alias |= std::binary_search(cb.entities.alias_ids.begin(),
                                         cb.entities.alias_ids.end(), id);
    }
    if (!shared_alias) return false;
  }
  // A date names its event only through the sentence: demand two shared
  // entities ("hội đàm" of Kim and Putin in Pyongyang), not just a place.
  // Two clauses that each name someone or somewhere the other article never
  // mentions are two events (Kumsusan vs Vostochny, Moon vs Trump, a fine on
  // Apple vs one on Google), however alike their wording.
  const bool same_language = ca.vietnamese == cb.vietnamese;
  if (NamesUnknownEntity(ca.clause_entities, *cb.article, same_language) &&
      NamesUnknownEntity(cb.clause_entities, *ca.article, same_language)) {
    return false;
  }
  if (a.kind == ClaimKind::kDate) {
    return SharedEntityCount(ca.entities, cb.entities) >= 2;
  }
  if (!entity->empty()) return true;
  // Without a shared name, accept only the one such claim in each article.
  return a.kind != ClaimKind::kDate && ca.siblings == 1 && cb.siblings == 1;
}

double Confidence(const Claim& a, const Claim& b, bool shared_entity,
                  double similarity) {
  double conf = 0.6 + 0.2 * std::min(similarity, 0.5);
  if (shared_entity) conf += 0.15;
  if (a.kind == ClaimKind::kDate && (a.inferred || b.inferred)) conf -= 0.25;
  if (IsVague(a) || IsVague(b)) conf -= 0.1;
  if (!a.unit.empty() && a.unit == b.unit) conf += 0.05;
  return std::min(conf, 0.95);
}

// Intervals that miss each other by a hair ("782 tỉ" vs "782,6 tỷ": the
// first truncated) are not worth a finding.
bool NearMiss(const Claim& a, const Claim& b) {
  if (a.kind == ClaimKind::kDate) {
    // "ngày 2/10" given a year by the lean rule vs "02/10/2013": same day.
    return (a.year_inferred || b.year_inferred) && a.from.month == b.from.month &&
           a.from.day == b.from.day && a.to.month == b.to.month && a.to.day == b.to.day;
  }
  double gap = a.high < b.low ? b.low - a.high : a.low - b.high;
  double scale = std::max({std::fabs(a.value), std::fabs(b.value), 1e-9});
  return gap <= 0.005 * scale;
}

// A later article raising a toll is news, not a contradiction; so is one
// outlet revising its own figure in a later article.
bool IsUpdate(const Claim& a, const Claim& b, const std::vector<Article>& arts) {
  const Article& x = arts[a.doc];
  const Article& y = arts[b.doc];
  if (!x.outlet.empty() && x.outlet == y.outlet &&
      (x.published.StrictlyBefore(y.published) || y.published.StrictlyBefore(x.published))) {
    return true;
  }
  if (a.kind != ClaimKind::kNumber || !IsTollRole(a.role)) return false;
  const PublishedTime& ta = arts[a.doc].published;
  const PublishedTime& tb = arts[b.doc].published;
  if (ta.StrictlyBefore(tb)) return b.low >= a.high;
  if (tb.StrictlyBefore(ta)) return a.low >= b.high;
  return false;
}

// True when `doc` also states a value compatible with `c` for the same
// key: the article mentions both figures, so it does not contradict `c`.
bool DocAlsoAgrees(const Claim& c, int doc, const std::vector<Claim>& claims) {
  for (const Claim& d : claims) {
    // Role is ignored: "trước đó là 3.000 binh lính" has no predicate.
    if (d.doc != doc || d.kind != c.kind || d.unit_class != c.unit_class) continue;
    Relation r = Relate(c, d);
    if (r != Relation::kDisjoint && r != Relation::kIncomparable) return true;
  }
  return false;
}

// Up to `n` words of `sentence` just before (or after) `span`, lower-cased,
// punctuation dropped: the words a copy kept around a value it changed.
std::vector<std::string> ContextWords(absl::string_view text, Span sentence,
                                      Span span, bool before, int n) {
  const absl::string_view side =
      before ? text.substr(sentence.begin, span.begin - sentence.begin)
             : text.substr(span.end, sentence.end - span.end);
  std::vector<std::string> words;
  for (absl::string_view w :
       absl::StrSplit(side, absl::ByAnyChar(" \t\n,.;:()\"'“”"),
                      absl::SkipEmpty())) {
    words.push_back(absl::AsciiStrToLower(w));
  }
  if (static_cast<int>(words.size()) > n) {
    words = before ? std::vector<std::string>(words.end() - n, words.end())
                   : std::vector<std::string>(words.begin(), words.begin() + n);
  }
  return words;
}

// The copy changed this value and nothing around it: same words on both
// sides, different words for the value itself.
bool ChangedInPlace(const std::vector<Article>& arts, const Claim& a,
                    const Claim& b) {
  const absl::string_view ta = arts[a.doc].text, tb = arts[b.doc].text;
  if (absl::AsciiStrToLower(a.span.Of(ta)) == absl::AsciiStrToLower(b.span.Of(tb))) {
    return false;  // Same words, read differently (e.g. "2/11" resolved
                   // against two publication dates): not a change.
  }
  constexpr int kContext = 3;
  return ContextWords(ta, a.sentence, a.span, true, kContext) ==
             ContextWords(tb, b.sentence, b.span, true, kContext) &&
         ContextWords(ta, a.sentence, a.span, false, kContext) ==
             ContextWords(tb, b.sentence, b.span, false, kContext);
}

// A "copy" that differs from its source in this many values is a template
// filled with other data (daily market reports, weather), not a copy that
// altered a fact.
constexpr int kTemplateChanges = 3;

// Claims of `doc` inside `span`, in text order. `by_doc` lists each
// document's claim indices, so a passage costs its own document's claims,
// not the batch's.
std::vector<const Claim*> ClaimsIn(const std::vector<Claim>& claims,
                                   const std::vector<std::vector<int>>& by_doc,
                                   int doc, Span span) {
  std::vector<const Claim*> out;
  for (int i : by_doc[doc]) {
    const Claim& c = claims[i];
    if (c.span.begin >= span.begin && c.span.end <= span.end) out.push_back(&c);
  }
  return out;
}

// Compares the claims of one aligned passage pair, in order within each
// kind. Appends the values changed in place to `changed`; counts in
// `differing` every paired value that differs at all.
void ComparePassage(const std::vector<Article>& arts,
                    const std::vector<Claim>& claims,
                    const std::vector<std::vector<int>>& by_doc,
                    const CopiedPassage& p,
                    std::vector<Discrepancy>* changed, int* differing) {
  const std::vector<const Claim*> src = ClaimsIn(claims, by_doc, p.source_doc, p.source);
  const std::vector<const Claim*> cpy = ClaimsIn(claims, by_doc, p.copy_doc, p.copy);
  for (ClaimKind kind : {ClaimKind::kDate, ClaimKind::kNumber, ClaimKind::kMoney,
                         ClaimKind::kPercent, ClaimKind::kDuration}) {
    std::vector<const Claim*> s, c;
    for (const Claim* x : src) if (x->kind == kind) s.push_back(x);
    for (const Claim* x : cpy) if (x->kind == kind) c.push_back(x);
    if (s.size() != c.size()) continue;
    for (size_t k = 0; k < s.size(); ++k) {
      const Relation r = Relate(*s[k], *c[k]);
      if (r != Relation::kEqual && r != Relation::kIncomparable) ++*differing;
      if (r != Relation::kDisjoint) continue;
      if (s[k]->kind != ClaimKind::kDate && s[k]->unit_class != c[k]->unit_class) continue;
      if (!ChangedInPlace(arts, *s[k], *c[k])) continue;
      Discrepancy d;
      d.cls = DiscrepancyClass::kConflict, d.kind = kind;
      d.topic = absl::StrCat(DescribeTopic(*s[k]), " · changed in copy");
      d.confidence = 0.97;
      d.a = *s[k], d.b = *c[k];
      changed->push_back(std::move(d));
    }
  }
}

// A value that a copy changed in place, to one that cannot be true together
// with the original, is a conflict of very high confidence, unless the pair
// of articles differs in so many values that it is a template filled with
// other data rather than a copy that altered a fact.
void CompareCopies(const CompareInput& in, const std::vector<Claim>& claims,
                   const std::vector<std::vector<int>>& by_doc,
                   std::vector<Discrepancy>* out) {
  std::map<std::pair<int, int>, std::vector<const CopiedPassage*>> by_pair;
  for (const CopiedPassage& p : in.copied) {
    by_pair[{p.source_doc, p.copy_doc}].push_back(&p);
  }
  for (const auto& [docs, passages] : by_pair) {
    std::vector<Discrepancy> changed;
    int differing = 0;
    for (const CopiedPassage* p : passages) {
      ComparePassage(*in.articles, claims, by_doc, *p, &changed, &differing);
    }
    if (differing >= kTemplateChanges) continue;
    for (Discrepancy& d : changed) out->push_back(std::move(d));
  }
}

}  // namespace

const char* DiscrepancyClassName(DiscrepancyClass cls) {
  switch (cls) {
    case DiscrepancyClass::kConflict: return "conflict";
    case DiscrepancyClass::kRefinement: return "refinement";
    case DiscrepancyClass::kUpdate: return "update";
  }
  return "conflict";
}

absl::StatusOr<CompareResult> FindDiscrepancies(const CompareInput& in,
                                                const AliasTable& aliases,
                                                const CompareOptions& opt) {
  if (in.articles == nullptr || in.docs == nullptr) {
    return absl::InvalidArgumentError("compare: articles and docs are required");
  }
  const auto& arts = *in.articles;
  const auto& docs = *in.docs;
  if (arts.size() != docs.size()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "compare: ", arts.size(), " articles but ", docs.size(), " documents"));
  }
  for (const auto& cluster : in.story_clusters) {
    for (int d : cluster) {
      if (d < 0 || d >= static_cast<int>(arts.size())) {
        return absl::InvalidArgumentError(absl::StrCat("compare: story member ", d, " out of range"));
      }
    }
  }
  for (const CopiedPassage& p : in.copied) {
    if (p.source_doc < 0 || p.copy_doc < 0 || p.source_doc >= (int)arts.size() ||
        p.copy_doc >= (int)arts.size()) {
      return absl::InvalidArgumentError("compare: copied passage doc out of range");
    }
  }
  CompareResult result;
  for (size_t i = 0; i < arts.size(); ++i) {
    std::vector<Claim> c = ExtractClaims(static_cast<int>(i), arts[i].text,
                                         docs[i].body, arts[i].published, opt.extract);
    result.claims.insert(result.claims.end(), c.begin(), c.end());
  }
  std::vector<ArticleEntities> article_entities;
  std::vector<Context> ctx =
      BuildContexts(result.claims, arts, docs, aliases, &article_entities);
  // Copy clusters are stories, but most coverage of one event is written
  // independently and never forms a copy cluster: entity-formed stories
  // cover those. A pair in both is compared once (`seen` below).
  std::vector<std::vector<int>> stories = in.story_clusters;
  for (std::vector<int>& s :
       FormStories(arts, docs, aliases, opt.story_window_days,
                   opt.story_min_shared_entities)) {
    stories.push_back(std::move(s));
  }
  std::vector<std::vector<int>> by_doc(arts.size());
  for (size_t i = 0; i < result.claims.size(); ++i) {
    by_doc[result.claims[i].doc].push_back(static_cast<int>(i));
  }
  std::vector<Discrepancy>& out = result.discrepancies;
  CompareCopies(in, result.claims, by_doc, &out);
  std::set<std::tuple<int, uint32_t, int, uint32_t>> seen;
  for (const Discrepancy& d : out) seen.insert({d.a.doc, d.a.span.begin, d.b.doc, d.b.span.begin});
  for (const auto& story : stories) {
    for (size_t x = 0; x < story.size(); ++x) {
      for (size_t y = x + 1; y < story.size(); ++y) {
        int da = story[x], db = story[y];
        if (da == db) continue;
        if (da > db) std::swap(da, db);
        for (int ia : by_doc[da]) {
          for (int ib : by_doc[db]) {
            const Claim& a = result.claims[ia];
            const Claim& b = result.claims[ib];
            std::string entity;
            if (!SameSubject(a, ctx[ia], b, ctx[ib], aliases, opt, &entity)) continue;
            Relation r = Relate(a, b);
            Discrepancy d;
            if (r == Relation::kDisjoint) {
              if (NearMiss(a, b) || DocAlsoAgrees(a, db, result.claims) ||
                  DocAlsoAgrees(b, da, result.claims)) {
                continue;
              }
              d.cls = IsUpdate(a, b, arts) ? DiscrepancyClass::kUpdate
                                           : DiscrepancyClass::kConflict;
            } else if (r == Relation::kAInsideB || r == Relation::kBInsideA) {
              d.cls = DiscrepancyClass::kRefinement;
            } else {
              continue;
            }
            if (d.cls == DiscrepancyClass::kRefinement && !opt.include_refinements) continue;
            if (d.cls == DiscrepancyClass::kUpdate && !opt.include_updates) continue;
            if (!seen.insert({a.doc, a.span.begin, b.doc, b.span.begin}).second) continue;
            d.kind = a.kind;
            d.confidence = Confidence(a, b, !entity.empty(),
                                      SentenceSimilarity(ctx[ia].entities, ctx[ib].entities));
            if (d.confidence < opt.min_confidence) continue;
            d.topic = DescribeTopic(a);
            if (!entity.empty()) absl::StrAppend(&d.topic, " · ", entity);
            d.a = a, d.b = b;
            out.push_back(std::move(d));
          }
        }
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Discrepancy& p, const Discrepancy& q) {
    return p.confidence > q.confidence;
  });
  return result;
}

}  // namespace wirecheck
