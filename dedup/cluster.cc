#include "dedup/cluster.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

namespace wirecheck {
namespace {

int Find(std::vector<int>& parent, int x) {
  while (parent[x] != x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

// True when article x is a better cluster origin than article y.
bool EarlierOrigin(const Article& x, const Article& y) {
  const PublishedTime& tx = x.published;
  const PublishedTime& ty = y.published;
  if (tx.known() != ty.known()) return tx.known();
  if (tx.known()) {
    if (tx.start != ty.start) return tx.start < ty.start;
    if (tx.end() != ty.end()) return tx.end() < ty.end();
  }
  return x.id < y.id;
}

}  // namespace

Direction ChooseDirection(int a, int b, const std::vector<Article>& articles,
                          double containment_a_in_b,
                          double containment_b_in_a) {
  const PublishedTime& ta = articles[a].published;
  const PublishedTime& tb = articles[b].published;
  if (ta.StrictlyBefore(tb)) return {a, b, true};
  if (tb.StrictlyBefore(ta)) return {b, a, true};
  // "lo" has the smaller id (index only between equal ids), so the choice
  // never depends on input order.
  const bool a_first =
      std::tie(articles[a].id, a) < std::tie(articles[b].id, b);
  const int lo = a_first ? a : b;
  const int hi = a_first ? b : a;
  const double lo_in_hi = lo == a ? containment_a_in_b : containment_b_in_a;
  const double hi_in_lo = lo == a ? containment_b_in_a : containment_a_in_b;
  if (lo_in_hi > hi_in_lo) return {hi, lo, false};
  return {lo, hi, false};
}

std::vector<Cluster> BuildClusters(
    const std::vector<std::pair<int, int>>& edges,
    const std::vector<Article>& articles) {
  std::vector<int> parent(articles.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (const auto& [x, y] : edges) {
    const int rx = Find(parent, x);
    const int ry = Find(parent, y);
    if (rx != ry) parent[std::max(rx, ry)] = std::min(rx, ry);
  }
  std::map<int, std::vector<int>> by_root;
  for (const auto& [x, y] : edges) {
    by_root[Find(parent, x)];  // Only articles in some pair form clusters.
  }
  for (int i = 0; i < static_cast<int>(articles.size()); ++i) {
    auto it = by_root.find(Find(parent, i));
    if (it != by_root.end()) it->second.push_back(i);
  }
  std::vector<Cluster> clusters;
  for (auto& [root, members] : by_root) {
    Cluster c;
    c.members = std::move(members);
    c.origin = c.members.front();
    for (int m : c.members) {
      if (EarlierOrigin(articles[m], articles[c.origin])) c.origin = m;
    }
    clusters.push_back(std::move(c));
  }
  return clusters;
}

}  // namespace wirecheck
