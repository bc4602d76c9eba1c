#include "pipeline/store_admin.h"

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "normalise/prepare.h"
#include "normalise/tokenizer.h"
#include "store/claims_codec.h"
#include "store/index_terms.h"
#include "util/count_min.h"
#include "util/parallel.h"
#include "util/status_macros.h"

namespace wirecheck {
namespace {

constexpr int kTermDfCells = 20;
// Articles indexed per step of a rebuild (bounds its memory).
constexpr size_t kRebuildChunk = 1000;

absl::StatusOr<CountMin> LoadTermDf(const ArticleStore& store) {
  ASSIGN_OR_RETURN(std::string blob, store.TermDf());
  if (blob.empty()) return CountMin(kTermDfCells);
  return CountMin::Parse(blob);
}

// A store of schema 2 or later, opened to read it whatever it was built with.
absl::StatusOr<std::unique_ptr<ArticleStore>> OpenOld(const std::string& path) {
  ArticleStore::OpenOptions open;
  open.create = false;
  open.check_params = false;
  open.read_older_schema = true;
  return ArticleStore::Open(path, StoreParams{}, open);
}

// Every version of the old store, oldest first, with its storage time.
absl::StatusOr<std::vector<StoredArticle>> ReadOld(const std::string& path,
                                                   int schema, int64_t now) {
  std::vector<StoredArticle> out;
  if (schema == 1) {
    ASSIGN_OR_RETURN(std::vector<Article> articles,
                     ArticleStore::ReadSchema1(path));
    for (Article& a : articles) {
      StoredArticle s;
      s.article = std::move(a);
      s.stored_at = now;
      out.push_back(std::move(s));
    }
    return out;
  }
  ASSIGN_OR_RETURN(std::unique_ptr<ArticleStore> old, OpenOld(path));
  RETURN_IF_ERROR(old->ForEach(
      [&](const StoredArticle& s) {
        out.push_back(s);
        return absl::OkStatus();
      },
      /*all_versions=*/true));
  return out;
}

// The finding ids the old store recorded (schemas 1 and 2 had none).
absl::StatusOr<std::vector<std::pair<std::string, int64_t>>> ReadOldFindings(
    const std::string& path, int schema) {
  if (schema <= 2) return std::vector<std::pair<std::string, int64_t>>{};
  ASSIGN_OR_RETURN(std::unique_ptr<ArticleStore> old, OpenOld(path));
  return old->Findings();
}

// Extracts the claims of a chunk's rows and stores them under the rows
// `puts` gave them (inside the transaction).
absl::Status StoreChunkClaims(const std::vector<Article>& articles,
                              const std::vector<Document>& docs,
                              const std::vector<ArticleStore::PutOutcome>& puts,
                              const Knowledge& knowledge,
                              const StoreRunOptions& o, ArticleStore& store) {
  std::vector<std::string> blobs(articles.size());
  ParallelFor(articles.size(), o.check.prepare.threads, [&](size_t i) {
    const ArticleExtraction e =
        ExtractArticle(static_cast<int>(i), articles[i], docs[i].body,
                       knowledge, o.check.compare.extract);
    blobs[i] = EncodeExtraction(e, articles[i], docs[i].body);
  });
  for (size_t i = 0; i < articles.size(); ++i) {
    RETURN_IF_ERROR(store.PutClaims(puts[i].seq, blobs[i]));
  }
  return absl::OkStatus();
}

// Indexes and stores one chunk of old rows in `store` (inside a
// transaction), keeping their versions' order and storage times, and their
// claims extracted again under `knowledge`.
absl::Status StoreChunk(std::vector<StoredArticle>& chunk,
                        const StoreRunOptions& o, const Knowledge& knowledge,
                        ArticleStore& store, CountMin& df, int64_t* docs,
                        RebuildCounts* counts) {
  std::vector<Article> articles;
  for (StoredArticle& s : chunk) articles.push_back(std::move(s.article));
  // Rows of schema 1 never had their boilerplate stored: detect it now.
  std::vector<Document> prepared = PrepareDocuments(articles, o.check.prepare);
  for (size_t i = 0; i < chunk.size(); ++i) {
    if (chunk[i].body.empty()) continue;
    prepared[i].body = chunk[i].body;
    prepared[i].tokens =
        Tokenize(articles[i].text, prepared[i].body, o.check.prepare.tokenizer);
  }
  const std::vector<ArticleIndex> index =
      IndexOf(articles, prepared, df, *docs, o, StoreParamsFor(o.check));
  std::vector<ArticleStore::PutInput> inputs;
  for (size_t i = 0; i < articles.size(); ++i) {
    inputs.push_back(
        {&articles[i], &prepared[i].body, &index[i], chunk[i].stored_at});
  }
  ASSIGN_OR_RETURN(const std::vector<ArticleStore::PutOutcome> puts,
                   store.PutAll(inputs, o.check.prepare.threads));
  RETURN_IF_ERROR(
      StoreChunkClaims(articles, prepared, puts, knowledge, o, store));
  for (size_t i = 0; i < articles.size(); ++i) {
    ++counts->versions;
    if (puts[i].kind != ArticleStore::PutKind::kAdded) continue;
    ++counts->articles;
    ++*docs;
    for (uint64_t t : index[i].terms) df.Add(t);
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<int> PruneStore(ArticleStore& store, int64_t before,
                               const StoreRunOptions& o) {
  ASSIGN_OR_RETURN(std::vector<int64_t> seqs, store.StoredBefore(before));
  if (seqs.empty()) return 0;
  ASSIGN_OR_RETURN(std::vector<StoredArticle> doomed, store.Load(seqs));
  // Their terms leave the document frequencies.
  std::vector<std::vector<TermCount>> terms(doomed.size());
  ParallelFor(doomed.size(), o.check.prepare.threads, [&](size_t i) {
    const Article& a = doomed[i].article;
    terms[i] = DocumentTerms(
        a.text, Tokenize(a.text, doomed[i].body, o.check.prepare.tokenizer));
  });
  ASSIGN_OR_RETURN(CountMin df, LoadTermDf(store));
  RETURN_IF_ERROR(store.Begin());
  for (size_t i = 0; i < seqs.size(); ++i) {
    absl::Status s = store.Remove(seqs[i]);
    if (!s.ok()) {
      store.Rollback();
      return s;
    }
    for (const TermCount& t : terms[i]) df.Remove(t.term);
  }
  absl::Status s = store.PutTermDf(df.Serialize());
  if (!s.ok()) {
    store.Rollback();
    return s;
  }
  RETURN_IF_ERROR(store.Commit());
  return static_cast<int>(seqs.size());
}

absl::StatusOr<RebuildCounts> RebuildStore(const std::string& path,
                                           const StoreRunOptions& o,
                                           int64_t now) {
  RebuildCounts counts;
  counts.from_schema = ArticleStore::SchemaOf(path);
  if (counts.from_schema == 0) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": not a wirecheck store, nothing to rebuild"));
  }
  ASSIGN_OR_RETURN(std::vector<StoredArticle> rows,
                   ReadOld(path, counts.from_schema, now));
  ASSIGN_OR_RETURN(const auto findings,
                   ReadOldFindings(path, counts.from_schema));
  const std::string fresh = absl::StrCat(path, ".rebuild");
  std::remove(fresh.c_str());
  std::remove(absl::StrCat(fresh, "-wal").c_str());
  std::remove(absl::StrCat(fresh, "-shm").c_str());
  {
    // Claims are extracted again under this run's lexicons and aliases,
    // never carried over: a rebuild is how a store drops claims of others.
    ASSIGN_OR_RETURN(const Knowledge knowledge,
                     LoadKnowledge(o.check.knowledge));
    StoreParams params = StoreParamsFor(o.check);
    params.claims_key = ClaimsKeyFor(o.check);
    ASSIGN_OR_RETURN(std::unique_ptr<ArticleStore> store,
                     ArticleStore::Open(fresh, params, {}));
    CountMin df(kTermDfCells);
    int64_t docs = 0;
    RETURN_IF_ERROR(store->Begin());
    for (size_t from = 0; from < rows.size(); from += kRebuildChunk) {
      std::vector<StoredArticle> chunk(
          rows.begin() + from,
          rows.begin() + std::min(rows.size(), from + kRebuildChunk));
      absl::Status s =
          StoreChunk(chunk, o, knowledge, *store, df, &docs, &counts);
      if (!s.ok()) {
        store->Rollback();
        return s;
      }
    }
    absl::Status s = store->PutTermDf(df.Serialize());
    for (size_t i = 0; s.ok() && i < findings.size(); ++i) {
      s = store->PutFindings({findings[i].first}, findings[i].second);
    }
    if (!s.ok()) {
      store->Rollback();
      return s;
    }
    RETURN_IF_ERROR(store->Commit());
  }
  if (std::rename(fresh.c_str(), path.c_str()) != 0) {
    return absl::InternalError(
        absl::StrCat("cannot put the rebuilt store in place of ", path));
  }
  // The old file's journal belongs to the old database.
  std::remove(absl::StrCat(path, "-wal").c_str());
  std::remove(absl::StrCat(path, "-shm").c_str());
  return counts;
}

}  // namespace wirecheck
