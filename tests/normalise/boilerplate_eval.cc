// Boilerplate removal figures on the hand-labelled articles:
//
//   bazel run //tests/normalise:boilerplate_eval -- CORPORA [--split=S]
//   (CORPORA is /work/shared/corpora here; S is dev, heldout or all).
//
// Two label sets (tests/normalise/boilerplate_scoring.h):
//  * boilerplate_labels.tsv, whole lines: the five samples, the synthetic
//    scrapes and 19 corpus articles, read from each corpus's `text` field
//    and checked against the stored FNV-1a hash;
//  * boilerplate_spans.tsv, byte spans: articles with lists, one-sentence
//    paragraphs and leads, read as the tool reads them (corpus lines through
//    ingest's JSONL parser, pages through its HTML extractor), hash-checked.
//    Pages are scored twice: on their text alone (what the tool does with
//    the same text given as plain text) and with the spans that were link
//    text in the page (HtmlPage::links, which the tool passes to
//    boilerplate removal when it reads HTML).
// An article whose text is missing or changed is reported, never scored.
// Prints body-kept and junk-removed character ratios per row and in total.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "ingest/html.h"
#include "ingest/ingest.h"
#include "normalise/boilerplate.h"
#include "tests/normalise/boilerplate_scoring.h"
#include "tests/normalise/jsonl_reader.h"
#include "tests/normalise/test_files.h"

namespace wirecheck {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int Lines(const std::string& text) {
  int n = 1;
  for (char c : text) n += c == '\n';
  return n;
}

void PrintRow(const std::string& source, const std::string& id,
              const CharScore& s, const char* note) {
  std::printf("%-45s %-12s body %6lld kept %.3f  junk %6lld removed %.3f%s\n",
              source.c_str(), id.substr(0, 12).c_str(),
              static_cast<long long>(s.body), s.BodyKept(),
              static_cast<long long>(s.junk), s.JunkRemoved(), note);
}

void PrintTotal(const std::string& name, const CharScore& t) {
  std::printf(
      "TOTAL %-26s body chars %6lld kept %.3f | junk chars %6lld removed "
      "%.3f\n",
      name.c_str(), static_cast<long long>(t.body), t.BodyKept(),
      static_cast<long long>(t.junk), t.JunkRemoved());
}

// The line-labelled set: repo rows from testdata, corpus rows by their id
// field's raw `text`.
void EvalLineLabels(const std::string& corpora, const std::string& root) {
  const auto rows = ParseLabels(
      ReadFile(root + "/testdata/normalise/boilerplate_labels.tsv"));
  CharScore repo_total, corpus_total;
  std::map<std::string, std::vector<JsonRecord>> cache;
  for (const auto& row : rows) {
    std::string text;
    const bool in_repo = row.id_field == "-";
    if (in_repo) {
      text = ReadFile(root + "/" + TestFilePath(row.source));
    } else {
      auto& records = cache[row.source];
      if (records.empty()) {
        records = ReadJsonl(ReadCorpusFile(corpora + "/" + row.source), -1);
      }
      for (auto& rec : records) {
        if (rec[row.id_field] == row.id) {
          text = rec["text"];
          break;
        }
      }
      if (Fnv1a64Hex(text) != row.text_hash) {
        std::printf("%-45s %-12s MISSING OR CHANGED (hash)\n",
                    row.source.c_str(), row.id.substr(0, 12).c_str());
        continue;
      }
    }
    const Document doc =
        RemoveBoilerplate(text, "", nullptr, BoilerplateOptions());
    const CharScore s =
        ScoreDocument(text, ParseLineSet(row.body_lines, Lines(text)), doc);
    PrintRow(row.source, row.id, s, "");
    (in_repo ? repo_total : corpus_total).Add(s);
  }
  PrintTotal("lines: samples+synthetic", repo_total);
  PrintTotal("lines: corpus", corpus_total);
}

// Article::text by id for one corpus file, read as the tool reads it.
std::map<std::string, std::string> CorpusTexts(const std::string& path) {
  IngestResult ingested;
  ParseJsonl(path, ReadCorpusFile(path), &ingested);
  std::map<std::string, std::string> texts;
  for (Article& a : ingested.articles) texts[a.id] = std::move(a.text);
  return texts;
}

// The span-labelled set, rows of `split` ("all" for both).
int EvalSpanLabels(const std::string& corpora, const std::string& root,
                   const std::string& split) {
  auto rows = ParseSpanLabels(
      ReadFile(root + "/testdata/normalise/boilerplate_spans.tsv"));
  if (!rows.ok()) {
    std::fprintf(stderr, "%s\n", rows.status().ToString().c_str());
    return 1;
  }
  std::map<std::string, std::map<std::string, std::string>> corpus;
  std::map<std::string, CharScore> totals;
  for (const SpanLabelRow& row : *rows) {
    if (split != "all" && row.split != split) continue;
    const bool page = absl::StartsWith(row.source, "html/");
    std::string text;
    std::vector<Span> links;
    if (page) {
      HtmlPage extracted =
          ExtractHtml(ReadFile(root + "/" + TestFilePath(row.source)));
      text = std::move(extracted.text);
      links = std::move(extracted.links);
    } else {
      if (!corpus.count(row.source)) {
        corpus[row.source] = CorpusTexts(corpora + "/" + row.source);
      }
      text = corpus[row.source][row.id];
    }
    if (Fnv1a64Hex(text) != row.text_hash) {
      std::printf("%-45s %-12s MISSING OR CHANGED (hash)\n", row.source.c_str(),
                  row.id.substr(0, 12).c_str());
      continue;
    }
    const Document doc =
        RemoveBoilerplate(text, "", nullptr, BoilerplateOptions());
    const CharScore s = ScoreSpans(text, row.body, doc);
    const char* held = row.split == "heldout" ? "  (held out)" : "";
    PrintRow(row.source, row.id, s, held);
    for (const std::string& set :
         {"spans " + row.split, std::string("spans")}) {
      totals[set + (page ? ": pages" : ": corpus")].Add(s);
      totals[set + ": all"].Add(s);
    }
    if (!page) continue;
    TextLayout layout;
    layout.links = links;
    const CharScore linked = ScoreSpans(
        text, row.body,
        RemoveBoilerplate(text, "", nullptr, BoilerplateOptions(), layout));
    PrintRow(row.source, "+links", linked, held);
    totals["spans " + row.split + ": pages +links"].Add(linked);
    totals["spans: pages +links"].Add(linked);
  }
  for (const auto& [name, total] : totals) PrintTotal(name, total);
  return 0;
}

}  // namespace
}  // namespace wirecheck

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: boilerplate_eval CORPORA_DIR [--split=dev|heldout|all]"
                 " [REPO_ROOT]\n");
    return 2;
  }
  const std::string corpora = argv[1];
  std::string split = "all";
  std::string root = ".";
  if (const char* ws = std::getenv("BUILD_WORKSPACE_DIRECTORY")) root = ws;
  for (int a = 2; a < argc; ++a) {
    if (std::strncmp(argv[a], "--split=", 8) == 0) {
      split = argv[a] + 8;
    } else {
      root = argv[a];
    }
  }
  wirecheck::EvalLineLabels(corpora, root);
  return wirecheck::EvalSpanLabels(corpora, root, split);
}
