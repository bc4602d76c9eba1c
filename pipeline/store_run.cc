#include "pipeline/store_run.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "absl/cleanup/cleanup.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "dedup/shingle.h"
#include "dedup/winnow.h"
#include "normalise/prepare.h"
#include "normalise/tokenizer.h"
#include "store/claims_codec.h"
#include "store/index_terms.h"
#include "util/count_min.h"
#include "util/parallel.h"
#include "util/status_macros.h"
#include "xxhash.h"

namespace wirecheck {
namespace {

// 2^20 cells per row: a few units of over-count at a million distinct
// terms, 4 MB in the store.
constexpr int kTermDfCells = 20;

absl::StatusOr<CountMin> TermDfOf(const std::string& blob) {
  if (blob.empty()) return CountMin(kTermDfCells);
  return CountMin::Parse(blob);
}

absl::StatusOr<CountMin> StoredDf(const ArticleStore& store) {
  ASSIGN_OR_RETURN(const std::string blob, store.TermDf());
  return TermDfOf(blob);
}

// Adds every article's terms to `df`. One thread: the sketch is shared;
// each Add misses the cache, so the counters of a few terms ahead are
// fetched meanwhile.
void AddTerms(const std::vector<std::vector<TermCount>>& counts, CountMin* df) {
  constexpr size_t kAhead = 8;
  for (const std::vector<TermCount>& terms : counts) {
    for (size_t i = 0; i < terms.size(); ++i) {
      if (i + kAhead < terms.size()) df->Prefetch(terms[i + kAhead].term);
      df->Add(terms[i].term);
    }
  }
}

}  // namespace

std::vector<ArticleIndex> IndexOf(const std::vector<Article>& articles,
                                  const std::vector<Document>& docs,
                                  CountMin stored_df, int64_t stored_docs,
                                  const StoreRunOptions& o,
                                  const StoreParams& params, CountMin* df_out,
                                  bool with_terms) {
  const size_t n = articles.size();
  std::vector<ArticleIndex> out(n);
  std::vector<std::vector<TermCount>> counts(n);
  ParallelFor(n, o.check.prepare.threads, [&](size_t i) {
    out[i].fingerprints = Winnow(ShingleHashes(docs[i].tokens, params.shingle),
                                 params.fingerprint_window);
    counts[i] = DocumentTerms(articles[i].text, docs[i].tokens);
  });
  // The batch counts in the frequencies its terms are weighed by.
  CountMin df = std::move(stored_df);
  AddTerms(counts, &df);
  const TermWeigher weigher(df, stored_docs + static_cast<int64_t>(n));
  // Each article's counts give way to its terms as they are weighed: both
  // at once were most of the memory of a large first run.
  ParallelFor(n, o.check.prepare.threads, [&](size_t i) {
    out[i].event_terms = HeaviestTerms(counts[i], weigher, o.event_terms);
    if (with_terms) {
      out[i].terms.reserve(counts[i].size());
      for (const TermCount& t : counts[i]) out[i].terms.push_back(t.term);
    }
    std::vector<TermCount>().swap(counts[i]);
  });
  if (df_out != nullptr) *df_out = std::move(df);
  return out;
}

namespace {

// Stored rows sharing a fingerprint with the batch.
// Stored rows that share at least `min_shared_fingerprints` fingerprints
// with one new article (one alone is mostly a stock phrase that survived
// boilerplate removal).
absl::StatusOr<absl::flat_hash_set<int64_t>> PassageCandidates(
    const ArticleStore& store, const std::vector<ArticleIndex>& index,
    const StoreRunOptions& o) {
  std::vector<uint64_t> keys;
  for (const ArticleIndex& i : index) {
    keys.insert(keys.end(), i.fingerprints.begin(), i.fingerprints.end());
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  ASSIGN_OR_RETURN(
      std::vector<Posting> hits,
      store.Lookup(StoreIndex::kPassages, keys, o.max_passage_postings));
  absl::flat_hash_map<uint64_t, std::vector<int64_t>> postings;
  for (const Posting& p : hits) postings[p.key].push_back(p.seq);
  absl::flat_hash_set<int64_t> out;
  absl::flat_hash_map<int64_t, int> shared;
  for (const ArticleIndex& i : index) {
    shared.clear();
    for (uint64_t f : i.fingerprints) {
      auto it = postings.find(f);
      if (it == postings.end()) continue;
      for (int64_t seq : it->second) {
        if (++shared[seq] >= o.min_shared_fingerprints) out.insert(seq);
      }
    }
  }
  return out;
}

// For each new article, the stored rows sharing most of its heaviest terms
// (at least `min_shared`), up to `per_article`.
absl::StatusOr<absl::flat_hash_set<int64_t>> EventCandidates(
    const ArticleStore& store, const std::vector<ArticleIndex>& index,
    int per_article, int min_shared, int64_t stored) {
  // A term in more than 5% of the archive names no event.
  const int max_postings = static_cast<int>(std::max<int64_t>(20, stored / 20));
  // One lookup for the whole batch: each index bucket is read once.
  std::vector<uint64_t> keys;
  for (const ArticleIndex& t : index) {
    keys.insert(keys.end(), t.event_terms.begin(), t.event_terms.end());
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  ASSIGN_OR_RETURN(const std::vector<Posting> hits,
                   store.Lookup(StoreIndex::kEventTerms, keys, max_postings));
  absl::flat_hash_map<uint64_t, std::vector<int64_t>> postings;
  for (const Posting& p : hits) postings[p.key].push_back(p.seq);
  absl::flat_hash_set<int64_t> out;
  for (const ArticleIndex& t : index) {
    absl::flat_hash_map<int64_t, int> shared;
    for (uint64_t term : t.event_terms) {
      auto it = postings.find(term);
      if (it == postings.end()) continue;
      for (int64_t seq : it->second) ++shared[seq];
    }
    std::vector<std::pair<int, int64_t>> ranked;
    for (const auto& [seq, n] : shared) {
      if (n >= min_shared) ranked.push_back({-n, seq});
    }
    std::sort(ranked.begin(), ranked.end());
    if (static_cast<int>(ranked.size()) > per_article)
      ranked.resize(per_article);
    for (const auto& r : ranked) out.insert(r.second);
  }
  return out;
}

// A stored article as a batch member: its stored body, tokenised again.
Document DocumentOf(const StoredArticle& s, const PrepareOptions& prepare) {
  Document d;
  d.body = s.body;
  d.tokens = Tokenize(s.article.text, d.body, prepare.tokenizer);
  return d;
}

// True when the bytes hold a letter or a digit (not only spaces and
// punctuation left between aligned passages).
bool HasWords(absl::string_view text) {
  for (unsigned char c : text) {
    if (absl::ascii_isalnum(c) || c >= 0x80) return true;
  }
  return false;
}

// The spans of `body` not covered by `covered` that hold words.
std::vector<Span> Uncovered(absl::string_view text,
                            const std::vector<Span>& body,
                            std::vector<Span> covered) {
  std::sort(covered.begin(), covered.end(),
            [](const Span& x, const Span& y) { return x.begin < y.begin; });
  std::vector<Span> out;
  auto add = [&](uint32_t from, uint32_t to) {
    const Span s{from, to};
    if (HasWords(s.Of(text))) out.push_back(s);
  };
  for (const Span& b : body) {
    uint32_t at = b.begin;
    for (const Span& c : covered) {
      if (c.end <= at || c.begin >= b.end) continue;
      if (c.begin > at) add(at, c.begin);
      at = std::max(at, c.end);
    }
    if (at < b.end) add(at, b.end);
  }
  return out;
}

// Figures rewritten in place between two versions of an article, whatever
// their class: an edit that raises a toll is exactly what a reader of the
// edit wants to see, update or not.
std::vector<Discrepancy> FiguresChanged(
    const StoreRun& run, const Edit& e,
    const std::vector<CopiedPassage>& passages, const ClassifyOptions& opt) {
  const std::vector<Claim>& claims = run.result.compare->claims;
  std::vector<std::vector<int>> by_doc(run.batch.articles.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    if (claims[i].doc == e.previous || claims[i].doc == e.doc) {
      by_doc[claims[i].doc].push_back(static_cast<int>(i));
    }
  }
  std::vector<Discrepancy> out;
  for (const ChangedValue& v :
       ChangedInCopies(run.batch.articles, claims, by_doc, passages, opt)) {
    Discrepancy d;
    d.a = claims[v.source_claim];
    d.b = claims[v.copy_claim];
    d.kind = d.a.kind;
    d.changed_in_copy = true;
    out.push_back(std::move(d));
  }
  return out;
}

// Turns what dedup and compare found between an article's two versions
// into edits, and drops every other finding of an old version (it is not
// news: its current version is in the run).
void ExtractEdits(const std::vector<std::pair<int, int>>& versions,
                  const std::vector<int>& version_numbers,
                  const ClassifyOptions& opt, StoreRun* run) {
  absl::flat_hash_map<int, size_t> edit_of_previous;
  for (size_t e = 0; e < versions.size(); ++e) {
    Edit edit;
    edit.previous = versions[e].first;
    edit.doc = versions[e].second;
    edit.version = version_numbers[e];
    edit.removed = run->result.docs[edit.previous].body;
    edit.added = run->result.docs[edit.doc].body;
    edit_of_previous[edit.previous] = run->edits.size();
    run->edits.push_back(std::move(edit));
  }
  auto edit_between = [&](int x, int y) -> Edit* {
    for (int prev : {x, y}) {
      auto it = edit_of_previous.find(prev);
      if (it == edit_of_previous.end()) continue;
      Edit& e = run->edits[it->second];
      if (e.doc == (prev == x ? y : x)) return &e;
    }
    return nullptr;
  };
  auto is_previous = [&](int d) { return edit_of_previous.contains(d); };
  CheckResult& r = run->result;
  if (r.dedup) {
    std::vector<CopyPair> kept;
    for (CopyPair& p : r.dedup->copies) {
      if (Edit* e = edit_between(p.source, p.copy)) {
        std::vector<Span> old_spans, new_spans;
        std::vector<CopiedPassage> passages;
        for (const AlignedSpan& s : p.spans) {
          const bool source_is_old = p.source == e->previous;
          old_spans.push_back(source_is_old ? s.source : s.copy);
          new_spans.push_back(source_is_old ? s.copy : s.source);
          passages.push_back(
              {e->previous, e->doc, old_spans.back(), new_spans.back()});
        }
        if (r.compare) e->figures = FiguresChanged(*run, *e, passages, opt);
        e->similarity = p.similarity;
        e->removed = Uncovered(run->batch.articles[e->previous].text,
                               r.docs[e->previous].body, old_spans);
        e->added = Uncovered(run->batch.articles[e->doc].text,
                             r.docs[e->doc].body, new_spans);
        continue;
      }
      if (is_previous(p.source) || is_previous(p.copy)) continue;
      kept.push_back(std::move(p));
    }
    r.dedup->copies = std::move(kept);
    std::vector<Cluster> clusters;
    for (Cluster& c : r.dedup->clusters) {
      c.members.erase(
          std::remove_if(c.members.begin(), c.members.end(), is_previous),
          c.members.end());
      if (c.members.size() >= 2) clusters.push_back(std::move(c));
    }
    r.dedup->clusters = std::move(clusters);
  }
  if (r.compare) {
    std::vector<Discrepancy> kept;
    for (Discrepancy& d : r.compare->discrepancies) {
      if (edit_between(d.a.doc, d.b.doc)) continue;  // An edit's figures.
      if (is_previous(d.a.doc) || is_previous(d.b.doc)) continue;
      kept.push_back(std::move(d));
    }
    r.compare->discrepancies = std::move(kept);
  }
}

// Marks the findings an earlier run recorded, and keeps every id for
// CommitToStore.
absl::Status MarkSeenBefore(const ArticleStore& store, StoreRun* run) {
  run->finding_ids = FindingIds(run->result);
  ASSIGN_OR_RETURN(const std::vector<bool> seen,
                   store.SeenFindings(run->finding_ids));
  size_t i = 0;
  CheckResult& r = run->result;
  if (r.dedup) {
    for (CopyPair& p : r.dedup->copies) p.seen_before = seen[i++];
  }
  if (r.compare) {
    for (Discrepancy& d : r.compare->discrepancies) d.seen_before = seen[i++];
  }
  run->seen_before =
      static_cast<int>(std::count(seen.begin(), seen.end(), true));
  return absl::OkStatus();
}

// "store: stored claims of article ID (row N): why; rebuild ...".
absl::Status ClaimsError(const ArticleStore& store, const Article& a,
                         int64_t seq, absl::string_view why) {
  return absl::DataLossError(absl::StrCat(
      store.path(), ": stored claims of article ", a.id, " (row ", seq,
      "): ", why, "; rebuild the store with: wirecheck store rebuild --store=",
      store.path()));
}

// Why a decoded extraction cannot be the one of `a` ("" when it can): a
// span outside its text, or profile terms out of order (compare looks
// them up by binary search).
std::string Mismatch(const ArticleExtraction& e, const Article& a) {
  for (const Claim& c : e.claims) {
    for (const Span& s : {c.span, c.sentence, c.clause}) {
      if (s.begin > s.end || s.end > a.text.size()) {
        return "a claim's span lies outside the article's text";
      }
    }
  }
  for (size_t i = 1; i < e.profile.terms.size(); ++i) {
    if (e.profile.terms[i - 1].first >= e.profile.terms[i].first) {
      return "the profile's terms are out of order";
    }
  }
  return "";
}

absl::StatusOr<ArticleExtraction> DecodeStored(const ArticleStore& store,
                                               const std::string& blob,
                                               const Article& a, int64_t seq) {
  absl::StatusOr<ArticleExtraction> e = DecodeExtraction(blob);
  if (!e.ok()) return ClaimsError(store, a, seq, e.status().message());
  const std::string mismatch = Mismatch(*e, a);
  if (!mismatch.empty()) return ClaimsError(store, a, seq, mismatch);
  return e;
}

// The stored extraction of each loaded article of the run (null for new
// articles and for stored ones without claims), decoded into `decoded`,
// which must outlive the pointers.
absl::StatusOr<std::vector<const ArticleExtraction*>> StoredExtractions(
    const ArticleStore& store, StoreRun* run,
    std::vector<ArticleExtraction>* decoded) {
  std::vector<size_t> loaded;
  std::vector<int64_t> seqs;
  for (size_t i = 0; i < run->stored_seq.size(); ++i) {
    if (run->stored_seq[i] == 0) continue;
    loaded.push_back(i);
    seqs.push_back(run->stored_seq[i]);
  }
  ASSIGN_OR_RETURN(const std::vector<std::string> blobs,
                   store.LoadClaims(seqs));
  decoded->assign(loaded.size(), {});
  std::vector<absl::Status> status(loaded.size());
  ParallelFor(loaded.size(), run->threads, [&](size_t k) {
    if (blobs[k].empty()) return;
    absl::StatusOr<ArticleExtraction> e =
        DecodeStored(store, blobs[k], run->batch.articles[loaded[k]], seqs[k]);
    if (e.ok()) {
      (*decoded)[k] = *std::move(e);
    } else {
      status[k] = e.status();
    }
  });
  std::vector<const ArticleExtraction*> out(run->batch.articles.size());
  for (size_t k = 0; k < loaded.size(); ++k) {
    RETURN_IF_ERROR(status[k]);
    if (blobs[k].empty()) continue;
    out[loaded[k]] = &(*decoded)[k];
    ++run->claims_from_store;
  }
  return out;
}

// Stores the claims compare extracted in the run (inside the transaction):
// the new articles' under the rows `puts` gave them, loaded articles'
// under their own.
absl::Status StoreExtractions(ArticleStore& store, const StoreRun& run,
                              const std::vector<ArticleStore::PutOutcome>& puts,
                              const std::vector<size_t>& doc_of_put) {
  if (!run.result.compare || run.result.compare->extractions.empty()) {
    return absl::OkStatus();
  }
  std::vector<int64_t> seq_of = run.stored_seq;
  for (size_t p = 0; p < puts.size(); ++p) seq_of[doc_of_put[p]] = puts[p].seq;
  const auto& made = run.result.compare->extractions;
  std::vector<size_t> docs;
  for (size_t i = 0; i < made.size(); ++i) {
    if (made[i].has_value() && seq_of[i] != 0) docs.push_back(i);
  }
  if (docs.empty()) return absl::OkStatus();
  std::vector<std::string> blobs(docs.size());
  ParallelFor(docs.size(), run.threads, [&](size_t k) {
    const size_t i = docs[k];
    blobs[k] = EncodeExtraction(*made[i], run.batch.articles[i],
                                run.result.docs[i].body);
  });
  RETURN_IF_ERROR(store.AdoptClaimsKey(run.claims_key));
  for (size_t k = 0; k < docs.size(); ++k) {
    RETURN_IF_ERROR(store.PutClaims(seq_of[docs[k]], blobs[k]));
  }
  return absl::OkStatus();
}

// The terms batch article `i` adds to the frequencies: those of its
// index, or, when MatchAgainstStore counted them and dropped them, its
// terms taken again from its tokens.
std::vector<uint64_t> TermsToAdd(const StoreRun& run, size_t i) {
  if (!run.term_df_with_batch) return run.index[i].terms;
  std::vector<uint64_t> out;
  for (const TermCount& t :
       DocumentTerms(run.batch.articles[i].text, run.result.docs[i].tokens)) {
    out.push_back(t.term);
  }
  return out;
}

}  // namespace

std::string ClaimsKeyFor(const CheckOptions& options) {
  const ExtractOptions& e = options.compare.extract;
  const std::string extraction =
      absl::StrCat(KnowledgeFingerprint(options.knowledge), "|",
                   static_cast<int>(e.language), e.dates, e.numbers, "|",
                   e.role_window, ",", e.context_window, ",", e.frame_terms,
                   ",", e.local_reach, ",", e.max_claims_per_sentence, ",",
                   e.max_claims_per_article, ",", e.about_clock_minutes);
  return absl::StrFormat("e%d.c%d.%016x", kExtractorVersion,
                         kClaimsCodecVersion,
                         XXH3_64bits(extraction.data(), extraction.size()));
}

StoreParams StoreParamsFor(const CheckOptions& options) {
  StoreParams p;
  p.shingle = options.dedup.shingle;
  // Two thirds of a reportable passage: one that long shares two
  // fingerprints, not one, so a single shared fingerprint (mostly a stock
  // phrase) need not make a candidate.
  p.fingerprint_window = std::max(
      1, (options.dedup.min_passage - options.dedup.shingle + 1) * 2 / 3);
  p.fold_diacritics = options.prepare.tokenizer.fold_diacritics;
  if (options.run_compare) p.claims_key = ClaimsKeyFor(options);
  return p;
}

absl::StatusOr<StoreRun> MatchAgainstStore(const ArticleStore& store,
                                           std::vector<Article> fresh,
                                           const StoreRunOptions& o) {
  const StoreParams params = StoreParamsFor(o.check);
  StoreRun run;
  run.threads = o.check.prepare.threads;
  run.claims_key = params.claims_key;
  RETURN_IF_ERROR(store.BeginRead());
  const absl::Cleanup end_read = [&store] { store.EndRead(); };
  ASSIGN_OR_RETURN(run.stored_before, store.CountCurrent());
  ASSIGN_OR_RETURN(run.term_df_hash, store.TermDfHash());
  ASSIGN_OR_RETURN(const std::string term_df, store.TermDf());
  ASSIGN_OR_RETURN(CountMin df, TermDfOf(term_df));
  std::vector<Document> fresh_docs = PrepareDocuments(fresh, o.check.prepare);

  // Which new articles are stored already, unchanged or edited.
  absl::flat_hash_set<std::string> fresh_keys;
  std::vector<std::optional<StoredArticle>> previous(fresh.size());
  for (size_t i = 0; i < fresh.size(); ++i) {
    const std::string key = StoreKey(fresh[i]);
    fresh_keys.insert(key);
    // Most keys are new: only a known one has its text read.
    ASSIGN_OR_RETURN(std::optional<StoredHead> head, store.Head(key));
    if (!head) {
      ++run.to_add;
      continue;
    }
    ASSIGN_OR_RETURN(std::optional<StoredArticle> current, store.Current(key));
    if (!current) {
      ++run.to_add;
    } else if (current->article.text == fresh[i].text) {
      ++run.unchanged;
    } else {
      ++run.to_edit;
      previous[i] = std::move(current);
    }
  }

  // The batch's own index: fingerprints, and terms weighed by the store's
  // frequencies and the batch's.
  // When every article is new, CommitToStore writes the frequencies
  // counted here and needs the terms again only if another run wrote
  // meanwhile (TermsToAdd).
  const bool all_new = run.to_add == static_cast<int>(fresh.size());
  CountMin with_batch;
  std::vector<ArticleIndex> fresh_index =
      IndexOf(fresh, fresh_docs, std::move(df), run.stored_before, o, params,
              &with_batch,
              /*with_terms=*/!all_new);
  if (all_new) run.term_df_with_batch = std::move(with_batch);

  // Candidates: stored articles sharing a passage or an event (none in a
  // new store, where a first run of the whole archive looks nothing up).
  absl::flat_hash_set<int64_t> seqs;
  if (run.stored_before > 0) {
    ASSIGN_OR_RETURN(seqs, PassageCandidates(store, fresh_index, o));
  }
  if (o.check.run_compare && run.stored_before > 0) {
    ASSIGN_OR_RETURN(absl::flat_hash_set<int64_t> by_event,
                     EventCandidates(store, fresh_index, o.event_candidates,
                                     o.min_shared_terms, run.stored_before));
    seqs.insert(by_event.begin(), by_event.end());
  }
  std::vector<int64_t> sorted(seqs.begin(), seqs.end());
  std::sort(sorted.begin(), sorted.end());
  ASSIGN_OR_RETURN(std::vector<StoredArticle> loaded, store.Load(sorted));

  // The run: candidates, then the old versions of edited articles, then the
  // batch. A stored article whose key is in the batch is the batch's.
  absl::flat_hash_set<std::string> fresh_ids;
  for (const Article& a : fresh) fresh_ids.insert(a.id);
  std::vector<StoredArticle*> kept;
  for (StoredArticle& s : loaded) {
    if (!fresh_keys.contains(StoreKey(s.article))) kept.push_back(&s);
  }
  std::vector<Document> docs(kept.size());
  ParallelFor(kept.size(), o.check.prepare.threads, [&](size_t i) {
    docs[i] = DocumentOf(*kept[i], o.check.prepare);
  });
  for (StoredArticle* s : kept) {
    // Ids are unique in a report: a made-up id may meet another's.
    if (fresh_ids.contains(s->article.id)) {
      s->article.id = absl::StrCat(s->article.id, " (stored #", s->seq, ")");
    }
    run.batch.articles.push_back(std::move(s->article));
    run.batch.is_new.push_back(false);
    run.stored_seq.push_back(s->seq);
    ++run.candidates;
  }
  std::vector<std::pair<int, int>> versions;  // (old version, new version)
  std::vector<int> version_numbers;
  for (size_t i = 0; i < fresh.size(); ++i) {
    if (!previous[i]) continue;
    StoredArticle& p = *previous[i];
    p.article.id = absl::StrCat(p.article.id, " (version ", p.version, ")");
    versions.push_back({static_cast<int>(run.batch.articles.size()),
                        static_cast<int>(i)});  // Fixed up below.
    version_numbers.push_back(p.version + 1);
    docs.push_back(DocumentOf(p, o.check.prepare));
    run.batch.articles.push_back(std::move(p.article));
    run.batch.is_new.push_back(false);
    run.stored_seq.push_back(p.seq);
  }
  const int first_fresh = static_cast<int>(run.batch.articles.size());
  for (auto& v : versions) v.second += first_fresh;
  for (size_t i = 0; i < fresh.size(); ++i) {
    docs.push_back(std::move(fresh_docs[i]));
    run.batch.articles.push_back(std::move(fresh[i]));
    run.batch.is_new.push_back(true);
    run.stored_seq.push_back(0);
  }

  // Candidates' claims as earlier runs extracted them, under this run's
  // lexicons (whatever the store was opened with).
  std::vector<ArticleExtraction> stored_claims;
  std::vector<const ArticleExtraction*> extracted;
  if (o.check.run_compare) {
    RETURN_IF_ERROR(store.CheckClaimsKey(params.claims_key));
    ASSIGN_OR_RETURN(extracted, StoredExtractions(store, &run, &stored_claims));
  }
  ASSIGN_OR_RETURN(run.result,
                   RunCheckOnDocuments(run.batch.articles, std::move(docs),
                                       o.check, run.batch.is_new, extracted));
  ExtractEdits(versions, version_numbers, o.check.compare.classify, &run);
  KeepFindingsTouchingNew(run.batch.is_new, &run.result);
  RETURN_IF_ERROR(MarkSeenBefore(store, &run));

  // What CommitToStore writes.
  run.index.resize(run.batch.articles.size());
  run.previous_terms.resize(run.batch.articles.size());
  for (size_t i = 0; i < fresh_index.size(); ++i) {
    run.index[first_fresh + i] = std::move(fresh_index[i]);
  }
  for (size_t e = 0; e < versions.size(); ++e) {
    const int old_doc = versions[e].first;
    for (const TermCount& t : DocumentTerms(run.batch.articles[old_doc].text,
                                            run.result.docs[old_doc].tokens)) {
      run.previous_terms[versions[e].second].push_back(t.term);
    }
  }
  return run;
}

absl::StatusOr<StoreCounts> CommitToStore(ArticleStore& store,
                                          const StoreRun& run, int64_t now) {
  RETURN_IF_ERROR(store.Begin());
  // Looked at again inside the transaction: another run may have added
  // terms since this one loaded them (then they are read again).
  absl::StatusOr<uint64_t> hash = store.TermDfHash();
  if (!hash.ok()) {
    store.Rollback();
    return hash.status();
  }
  const bool batch_counted =
      run.term_df_with_batch.has_value() && *hash == run.term_df_hash;
  absl::StatusOr<CountMin> df =
      batch_counted ? absl::StatusOr<CountMin>(*run.term_df_with_batch)
                    : StoredDf(store);
  if (!df.ok()) {
    store.Rollback();
    return df.status();
  }
  std::vector<ArticleStore::PutInput> inputs;
  std::vector<size_t> doc_of_input;
  for (size_t i = 0; i < run.batch.articles.size(); ++i) {
    if (!run.batch.is_new[i]) continue;
    inputs.push_back(
        {&run.batch.articles[i], &run.result.docs[i].body, &run.index[i], now});
    doc_of_input.push_back(i);
  }
  absl::StatusOr<std::vector<ArticleStore::PutOutcome>> puts =
      store.PutAll(inputs, run.threads);
  if (!puts.ok()) {
    store.Rollback();
    return puts.status();
  }
  if (absl::Status s = StoreExtractions(store, run, *puts, doc_of_input);
      !s.ok()) {
    store.Rollback();
    return s;
  }
  StoreCounts counts;
  for (size_t p = 0; p < puts->size(); ++p) {
    const size_t i = doc_of_input[p];
    switch ((*puts)[p].kind) {
      case ArticleStore::PutKind::kUnchanged:
        ++counts.unchanged;
        continue;
      case ArticleStore::PutKind::kAdded:
        ++counts.added;
        break;
      case ArticleStore::PutKind::kEdited:
        ++counts.edited;
        for (uint64_t t : run.previous_terms[i]) df->Remove(t);
        break;
    }
    if (!batch_counted) {
      for (uint64_t t : TermsToAdd(run, i)) df->Add(t);
    }
  }
  absl::Status s = store.PutTermDf(df->Serialize());
  if (s.ok()) s = store.PutFindings(run.finding_ids, now);
  if (!s.ok()) {
    store.Rollback();
    return s;
  }
  RETURN_IF_ERROR(store.Commit());
  return counts;
}

}  // namespace wirecheck
