// Scores FindDiscrepancies on testdata/compare/labelled_set.txt: conflict
// precision must be >= 0.9 and recall >= 0.8 with default options. Each
// story is one given event, unless marked "+++ form stories" (then the
// event stage alone must find that its articles belong together).
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "compare/compare.h"
#include "gtest/gtest.h"
#include "tests/compare/extract_fixture.h"
#include "tests/testing/test_files.h"

namespace wirecheck {
namespace {

// (article id, span text) x 2, stored with the smaller pair first.
using Pair = std::tuple<std::string, std::string, std::string, std::string>;

Pair MakePair(std::string ida, std::string a, std::string idb, std::string b) {
  if (std::tie(idb, b) < std::tie(ida, a)) {
    std::swap(ida, idb);
    std::swap(a, b);
  }
  return {ida, a, idb, b};
}

struct Story {
  std::string name;
  std::vector<Article> articles;
  std::set<Pair> conflicts;
  // "+++ form stories": no events are given; compare/event.h must pair them.
  bool form_stories = false;
};

PublishedTime ParsePublished(const std::string& s) {
  int y, mo, d, h, mi;
  if (std::sscanf(s.c_str(), "%d-%d-%dT%d:%d", &y, &mo, &d, &h, &mi) == 5)
    return PublishedTime::Minute(y, mo, d, h, mi);
  if (std::sscanf(s.c_str(), "%d-%d-%d", &y, &mo, &d) == 3)
    return PublishedTime::Day(y, mo, d);
  if (std::sscanf(s.c_str(), "%d-%d", &y, &mo) == 2)
    return PublishedTime::Month(y, mo);
  return {};
}

// `>>> conflict ID "span" ID "span"`.
bool ParseConflict(absl::string_view line, Pair* out) {
  std::vector<std::string> q = absl::StrSplit(line, '"');
  if (q.size() < 5) return false;
  std::string ida(absl::StripAsciiWhitespace(
      absl::StripPrefix(absl::StripAsciiWhitespace(q[0]), ">>> conflict")));
  std::string idb(absl::StripAsciiWhitespace(q[2]));
  *out = MakePair(ida, q[1], idb, q[3]);
  return true;
}

std::vector<Story> LoadStories() {
  std::vector<Story> stories;
  for (absl::string_view line :
       absl::StrSplit(ReadFixture("testdata/compare/labelled_set.txt"), '\n')) {
    if (line.empty() || line[0] == '#') continue;
    if (absl::ConsumePrefix(&line, "=== story ")) {
      stories.push_back({std::string(line), {}, {}});
    } else if (absl::StartsWith(line, "+++ form stories")) {
      stories.back().form_stories = true;
    } else if (absl::ConsumePrefix(&line, "--- article ")) {
      std::vector<std::string> f = absl::StrSplit(line, ' ');
      Article a;
      a.id = f[0];
      a.published = ParsePublished(f.size() > 1 ? f[1] : "-");
      stories.back().articles.push_back(a);
    } else if (absl::StartsWith(line, ">>> conflict")) {
      Pair p;
      EXPECT_TRUE(ParseConflict(line, &p)) << line;
      stories.back().conflicts.insert(p);
    } else {
      std::string& text = stories.back().articles.back().text;
      if (!text.empty()) text += "\n";
      absl::StrAppend(&text, line);
    }
  }
  return stories;
}

TEST(LabelledSetTest, ConflictPrecisionAndRecall) {
  std::vector<Story> stories = LoadStories();
  ASSERT_GE(stories.size(), 10u);
  int labelled = 0, predicted = 0, correct = 0;
  for (const Story& s : stories) {
    // Every labelled span must exist in its article, else the label is void.
    for (const Pair& p : s.conflicts) {
      for (auto [id, span] : {std::make_pair(std::get<0>(p), std::get<1>(p)),
                              std::make_pair(std::get<2>(p), std::get<3>(p))}) {
        bool found = false;
        for (const Article& a : s.articles) {
          found |= a.id == id && a.text.find(span) != std::string::npos;
        }
        EXPECT_TRUE(found) << s.name << ": " << id << " \"" << span << "\"";
      }
    }
    std::vector<Document> docs(s.articles.size());
    std::vector<int> all;
    for (size_t i = 0; i < s.articles.size(); ++i) {
      docs[i].body = {
          Span{0, static_cast<uint32_t>(s.articles[i].text.size())}};
      all.push_back(static_cast<int>(i));
    }
    CompareInput in{&s.articles, &docs, {all}, {}, {}, {}, false};
    if (s.form_stories) in.given_events.clear();
    auto r = FindDiscrepancies(in, BuiltinKnowledge(), CompareOptions{});
    ASSERT_TRUE(r.ok()) << r.status();
    // The candidates, to say how far below the default a missed one was.
    CompareOptions with_candidates;
    with_candidates.include_candidates = true;
    auto wide = FindDiscrepancies(in, BuiltinKnowledge(), with_candidates);
    ASSERT_TRUE(wide.ok()) << wide.status();
    std::map<Pair, double> candidates;
    for (const Discrepancy& d : wide->discrepancies) {
      candidates[MakePair(s.articles[d.a.doc].id,
                          std::string(d.a.span.Of(s.articles[d.a.doc].text)),
                          s.articles[d.b.doc].id,
                          std::string(d.b.span.Of(s.articles[d.b.doc].text)))] =
          d.confidence;
    }
    std::set<Pair> got;
    for (const Discrepancy& d : r->discrepancies) {
      if (d.cls != DiscrepancyClass::kConflict) continue;
      got.insert(MakePair(s.articles[d.a.doc].id,
                          std::string(d.a.span.Of(s.articles[d.a.doc].text)),
                          s.articles[d.b.doc].id,
                          std::string(d.b.span.Of(s.articles[d.b.doc].text))));
    }
    for (const Pair& p : got) {
      bool ok = s.conflicts.count(p) > 0;
      correct += ok;
      if (!ok) {
        std::printf("false alarm [%s] %s \"%s\" vs %s \"%s\"\n", s.name.c_str(),
                    std::get<0>(p).c_str(), std::get<1>(p).c_str(),
                    std::get<2>(p).c_str(), std::get<3>(p).c_str());
      }
    }
    for (const Pair& p : s.conflicts) {
      if (!got.count(p)) {
        auto c = candidates.find(p);
        std::printf("missed [%s] %s \"%s\" vs %s \"%s\" (%s)\n", s.name.c_str(),
                    std::get<0>(p).c_str(), std::get<1>(p).c_str(),
                    std::get<2>(p).c_str(), std::get<3>(p).c_str(),
                    c == candidates.end()
                        ? "not a candidate"
                        : absl::StrCat("candidate at ", c->second).c_str());
      }
    }
    labelled += s.conflicts.size();
    predicted += got.size();
  }
  double precision = predicted ? static_cast<double>(correct) / predicted : 0;
  double recall = labelled ? static_cast<double>(correct) / labelled : 0;
  std::printf(
      "labelled %d, predicted %d, correct %d: precision %.3f recall %.3f\n",
      labelled, predicted, correct, precision, recall);
  EXPECT_GE(labelled, 25);
  EXPECT_GE(precision, 0.9);
  EXPECT_GE(recall, 0.8);
}

}  // namespace
}  // namespace wirecheck
