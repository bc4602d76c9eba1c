// ktlab_eval: runs compare/ over the KTLAB same-event clusters (or the BASIL
// English triplets) and prints
// what it finds, for evaluation by hand (test-only; reads its own JSONL).
//
//   bazel run //tests/compare:ktlab_eval -- \
//     /work/shared/corpora/vi/ktlab_vmds200.jsonl /work/main/data/aliases.tsv
//
// Each record's sapo and text become Article::text (whole text is body);
// `published` ("2013-10-23T11:39") is a minute; cluster_id gives stories.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "compare/compare.h"
#include "unicode/utf8.h"

namespace wirecheck {
namespace {

void AppendUtf8(uint32_t cp, std::string* out) {
  char buf[4];
  int32_t n = 0;
  UBool err = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, cp, err);
  if (!err) out->append(buf, n);
}

// The string value of "key" in one flat JSON object line; "" if absent.
std::string Field(const std::string& line, const std::string& key) {
  std::string pat = "\"" + key + "\":";
  size_t p = line.find(pat);
  if (p == std::string::npos) return "";
  p = line.find('"', p + pat.size());
  if (p == std::string::npos) return "";
  std::string out;
  for (size_t i = p + 1; i < line.size(); ++i) {
    char c = line[i];
    if (c == '"') break;
    if (c != '\\' || i + 1 >= line.size()) {
      out += c;
      continue;
    }
    char e = line[++i];
    switch (e) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'b': case 'f': out += ' '; break;
      case 'u': {
        uint32_t cp = 0;
        if (i + 4 < line.size() &&
            absl::SimpleHexAtoi(line.substr(i + 1, 4), &cp)) {
          i += 4;
          if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < line.size() &&
              line[i + 1] == '\\' && line[i + 2] == 'u') {
            uint32_t lo = 0;
            if (absl::SimpleHexAtoi(line.substr(i + 3, 4), &lo)) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
              i += 6;
            }
          }
          AppendUtf8(cp, &out);
        }
        break;
      }
      default: out += e;
    }
  }
  return out;
}

PublishedTime ParseIsoMinute(const std::string& s) {
  int y, mo, d, h = 0, mi = 0;
  if (std::sscanf(s.c_str(), "%d-%d-%dT%d:%d", &y, &mo, &d, &h, &mi) == 5) {
    return PublishedTime::Minute(y, mo, d, h, mi);
  }
  if (std::sscanf(s.c_str(), "%d-%d-%d", &y, &mo, &d) == 3) {
    return PublishedTime::Day(y, mo, d);
  }
  return {};
}

std::string Excerpt(const std::string& text, Span s) {
  std::string out(s.Of(text));
  if (out.size() > 400) out = out.substr(0, 400) + "…";
  return out;
}

int Main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: ktlab_eval CORPUS.jsonl ALIASES.tsv [--all] [--min-sim=X]\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  std::ifstream al(argv[2]);
  std::stringstream alias_text;
  alias_text << al.rdbuf();
  auto aliases = AliasTable::Parse(alias_text.str());
  if (!aliases.ok()) {
    std::cerr << aliases.status() << "\n";
    return 1;
  }
  std::vector<Article> articles;
  std::vector<Document> docs;
  std::map<std::string, std::vector<int>> clusters;
  std::string line;
  while (std::getline(in, line)) {
    // KTLAB field names first, BASIL triplets' (en/basil_triplets.jsonl) next.
    auto either = [&line](const char* a, const char* b) {
      std::string v = Field(line, a);
      return v.empty() ? Field(line, b) : v;
    };
    Article a;
    a.id = either("doc_id", "uuid");
    a.outlet = either("outlet", "source");
    a.published = ParseIsoMinute(either("published", "date"));
    a.title = Field(line, "title");
    std::string sapo = Field(line, "sapo");
    a.text = sapo.empty() ? Field(line, "text") : sapo + "\n\n" + Field(line, "text");
    Document d;
    d.body = {Span{0, static_cast<uint32_t>(a.text.size())}};
    clusters[either("cluster_id", "triplet_uuid")].push_back(
        static_cast<int>(articles.size()));
    articles.push_back(std::move(a));
    docs.push_back(std::move(d));
  }
  CompareInput input{&articles, &docs, {}, {}};
  for (auto& [id, members] : clusters) input.story_clusters.push_back(members);
  CompareOptions opt;
  for (int i = 3; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--all") opt.include_refinements = opt.include_updates = true;
    if (arg.rfind("--min-sim=", 0) == 0) {
      if (!absl::SimpleAtod(arg.substr(10), &opt.min_sentence_similarity)) return 2;
    }
  }
  auto r = FindDiscrepancies(input, *aliases, opt);
  if (!r.ok()) {
    std::cerr << r.status() << "\n";
    return 1;
  }
  std::map<std::string, int> kinds, classes;
  for (const Claim& c : r->claims) ++kinds[ClaimKindName(c.kind)];
  for (const Discrepancy& d : r->discrepancies) ++classes[DiscrepancyClassName(d.cls)];
  std::cout << "articles " << articles.size() << ", clusters " << clusters.size()
            << ", claims " << r->claims.size();
  for (auto& [k, n] : kinds) std::cout << ", " << k << " " << n;
  std::cout << "\ndiscrepancies " << r->discrepancies.size();
  for (auto& [k, n] : classes) std::cout << ", " << k << " " << n;
  std::cout << "\n";
  int n = 0;
  for (const Discrepancy& d : r->discrepancies) {
    const Article& a = articles[d.a.doc];
    const Article& b = articles[d.b.doc];
    std::cout << "\n#" << ++n << " " << DiscrepancyClassName(d.cls) << " ["
              << d.topic << "] conf " << d.confidence << "\n  A " << a.outlet << " "
              << a.published.ToIso() << ": " << DescribeValue(d.a) << " <- \""
              << d.a.span.Of(a.text) << "\"\n     " << Excerpt(a.text, d.a.sentence)
              << "\n  B " << b.outlet << " " << b.published.ToIso() << ": "
              << DescribeValue(d.b) << " <- \"" << d.b.span.Of(b.text) << "\"\n     "
              << Excerpt(b.text, d.b.sentence) << "\n";
  }
  return 0;
}

}  // namespace
}  // namespace wirecheck

int main(int argc, char** argv) { return wirecheck::Main(argc, argv); }
