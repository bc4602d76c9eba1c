// Boilerplate removal figures on the hand-labelled articles:
//
//   bazel run //tests/normalise:boilerplate_eval -- CORPORA [TESTDATA]
//   (CORPORA is /work/shared/corpora here).
//
// Reads testdata/normalise/boilerplate_labels.tsv; repo rows (samples,
// synthetic) come from the testdata folder, corpus rows from the corpus
// folder (the article is found by its id field and checked against the
// stored FNV-1a hash, so an edited corpus is reported, not silently scored).
// Prints body-kept and junk-removed character ratios per row and in total.
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "normalise/boilerplate.h"
#include "tests/normalise/boilerplate_scoring.h"
#include "tests/normalise/jsonl_reader.h"
#include "tests/normalise/test_files.h"

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string ReadCorpus(const std::string& path) {
  if (!absl::EndsWith(path, ".gz") && !absl::EndsWith(path, ".xz")) {
    return ReadFile(path);
  }
  const std::string cmd =
      (absl::EndsWith(path, ".gz") ? "gzip -dc '" : "xz -dc '") + path + "'";
  std::string out;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char buf[1 << 16];
    size_t n;
    while ((n = fread(buf, 1, sizeof(buf), p)) > 0) out.append(buf, n);
    pclose(p);
  }
  return out;
}

int Lines(const std::string& text) {
  int n = 1;
  for (char c : text) n += c == '\n';
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: boilerplate_eval CORPORA_DIR [REPO_ROOT]\n");
    return 2;
  }
  const std::string corpora = argv[1];
  std::string root = argc > 2 ? argv[2] : ".";
  if (const char* ws = std::getenv("BUILD_WORKSPACE_DIRECTORY")) {
    if (argc <= 2) root = ws;
  }
  using wirecheck::CharScore;
  const auto rows = wirecheck::ParseLabels(
      ReadFile(root + "/testdata/normalise/boilerplate_labels.tsv"));
  CharScore repo_total, corpus_total;
  std::map<std::string, std::vector<wirecheck::JsonRecord>> cache;
  for (const auto& row : rows) {
    std::string text;
    const bool in_repo = row.id_field == "-";
    if (in_repo) {
      text = ReadFile(root + "/" + wirecheck::TestFilePath(row.source));
    } else {
      auto& records = cache[row.source];
      if (records.empty()) {
        records =
            wirecheck::ReadJsonl(ReadCorpus(corpora + "/" + row.source), -1);
      }
      for (auto& rec : records) {
        if (rec[row.id_field] == row.id) {
          text = rec["text"];
          break;
        }
      }
      if (wirecheck::Fnv1a64Hex(text) != row.text_hash) {
        std::printf("%-45s %-12s MISSING OR CHANGED (hash)\n",
                    row.source.c_str(), row.id.substr(0, 12).c_str());
        continue;
      }
    }
    const wirecheck::Document doc = wirecheck::RemoveBoilerplate(
        text, "", nullptr, wirecheck::BoilerplateOptions());
    const CharScore s = wirecheck::ScoreDocument(
        text, wirecheck::ParseLineSet(row.body_lines, Lines(text)), doc);
    std::printf("%-45s %-12s body %6lld kept %.3f  junk %6lld removed %.3f\n",
                row.source.c_str(), row.id.substr(0, 12).c_str(),
                static_cast<long long>(s.body), s.BodyKept(),
                static_cast<long long>(s.junk), s.JunkRemoved());
    (in_repo ? repo_total : corpus_total).Add(s);
  }
  for (const auto& [name, t] : {std::make_pair("samples+synthetic", repo_total),
                                std::make_pair("corpus", corpus_total)}) {
    std::printf(
        "TOTAL %-18s body chars %lld kept %.3f | junk chars %lld "
        "removed %.3f\n",
        name, static_cast<long long>(t.body), t.BodyKept(),
        static_cast<long long>(t.junk), t.JunkRemoved());
  }
  return 0;
}
