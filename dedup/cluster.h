// dedup/cluster.h: who copied whom, and groups of copies.
//
// ChooseDirection orders one verified pair. The article published strictly
// earlier (PublishedTime::StrictlyBefore: its interval ends before the
// other's starts) is the source and `by_date` is true. When the times are
// equal, overlap (a day vs a minute in that day) or either is unknown, the
// direction is not known from dates: `by_date` is false and, to stay
// deterministic, the article more fully contained in the other (higher
// containment) is called the copy — a short text that lives inside a long
// one was more likely cut from it than padded into it; ties go to the
// smaller id as source (never to input order).
//
// BuildClusters takes connected components of the copy pairs (union-find).
// A cluster's origin is its earliest member: smallest start among members
// with a known time (ties: earlier end, then smaller id); when no member has
// a known time, the member with the smallest id. Members are sorted by
// index; clusters by their smallest member.
//
//   Direction d = ChooseDirection(a, b, articles, cont_a_in_b, cont_b_in_a);
//   std::vector<Cluster> c = BuildClusters(edges, articles);
#ifndef WIRECHECK_DEDUP_CLUSTER_H_
#define WIRECHECK_DEDUP_CLUSTER_H_

#include <utility>
#include <vector>

#include "ingest/article.h"

namespace wirecheck {

struct Direction {
  int source = 0;
  int copy = 0;
  bool by_date = false;
};

struct Cluster {
  int origin = 0;
  std::vector<int> members;
};

Direction ChooseDirection(int a, int b, const std::vector<Article>& articles,
                          double containment_a_in_b, double containment_b_in_a);

// `edges` are (source, copy) article indices.
std::vector<Cluster> BuildClusters(
    const std::vector<std::pair<int, int>>& edges,
    const std::vector<Article>& articles);

}  // namespace wirecheck

#endif  // WIRECHECK_DEDUP_CLUSTER_H_
