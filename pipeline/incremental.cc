#include "pipeline/incremental.h"

#include <algorithm>
#include <string>
#include <utility>

#include "dedup/cluster.h"

namespace wirecheck {
namespace {

template <typename T, typename Pred>
void EraseUnless(std::vector<T>* v, Pred keep) {
  v->erase(std::remove_if(v->begin(), v->end(),
                          [&](const T& x) { return !keep(x); }),
           v->end());
}

}  // namespace

Batch AllNew(std::vector<Article> articles) {
  Batch batch;
  batch.is_new.assign(articles.size(), true);
  batch.articles = std::move(articles);
  return batch;
}

void KeepFindingsTouchingNew(const std::vector<bool>& is_new,
                             CheckResult* result) {
  if (result->dedup) {
    EraseUnless(&result->dedup->copies, [&](const CopyPair& p) {
      return is_new[p.source] || is_new[p.copy];
    });
    EraseUnless(&result->dedup->clusters, [&](const Cluster& c) {
      return std::any_of(c.members.begin(), c.members.end(),
                         [&](int m) { return is_new[m]; });
    });
  }
  if (result->compare) {
    EraseUnless(&result->compare->claims,
                [&](const Claim& c) { return is_new[c.doc]; });
    EraseUnless(&result->compare->discrepancies, [&](const Discrepancy& d) {
      return is_new[d.a.doc] || is_new[d.b.doc];
    });
  }
}

std::vector<std::string> FindingIds(const CheckResult& result) {
  std::vector<std::string> ids;
  if (result.dedup) {
    for (const CopyPair& p : result.dedup->copies) ids.push_back(p.id);
  }
  if (result.compare) {
    for (const Discrepancy& d : result.compare->discrepancies) {
      ids.push_back(d.id);
    }
  }
  return ids;
}

int DropSeenBefore(DedupResult* dedup, CompareResult* compare) {
  int dropped = 0;
  auto seen = [&](const auto& f) {
    dropped += f.seen_before;
    return !f.seen_before;
  };
  if (dedup != nullptr) EraseUnless(&dedup->copies, seen);
  if (compare != nullptr) EraseUnless(&compare->discrepancies, seen);
  return dropped;
}

void RebuildClusters(const std::vector<Article>& articles,
                     CheckResult* result) {
  if (!result->dedup) return;
  std::vector<std::pair<int, int>> edges;
  for (const CopyPair& p : result->dedup->copies) {
    edges.push_back({p.source, p.copy});
  }
  result->dedup->clusters = BuildClusters(edges, articles);
}

std::vector<bool> ArticlesToList(const std::vector<bool>& is_new,
                                 const CheckResult& result) {
  std::vector<bool> list = is_new;
  if (result.dedup) {
    for (const CopyPair& p : result.dedup->copies) {
      list[p.source] = list[p.copy] = true;
    }
    for (const Cluster& c : result.dedup->clusters) {
      for (int m : c.members) list[m] = true;
    }
  }
  if (result.compare) {
    for (const Discrepancy& d : result.compare->discrepancies) {
      list[d.a.doc] = list[d.b.doc] = true;
    }
  }
  return list;
}

}  // namespace wirecheck
