// Prints what ingest makes of some paths, one article per line, for
// checking inference on real data by eye (not a test; run by hand):
//   bazel run //tests/ingest:ingest_inspect -- DIR_OR_FILE... [| head]
// Columns: id, outlet, published, title, text bytes, origin; a '*' marks
// an inferred value. Diagnostics and the summary go to stderr.
#include <iostream>
#include <string>
#include <vector>

#include "ingest/files.h"

namespace {

std::string Mark(const std::string& value, bool inferred) {
  return inferred ? value + "*" : value;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> paths(argv + 1, argv + argc);
  const wirecheck::IngestResult r =
      wirecheck::IngestPaths(paths, wirecheck::IngestOptions(), &std::cin);
  for (const wirecheck::Article& a : r.articles) {
    std::cout << Mark(a.id, a.id_inferred) << '\t'
              << Mark(a.outlet, a.outlet_inferred) << '\t'
              << Mark(a.published.ToIso(), a.published_inferred) << '\t'
              << Mark(a.title, a.title_inferred) << '\t' << a.text.size()
              << '\t' << a.origin << '\n';
  }
  for (const wirecheck::Diagnostic& d : r.diagnostics) {
    std::cerr << d.ToString() << '\n';
  }
  std::cerr << r.Summary() << '\n';
  return r.nothing_usable() ? 1 : 0;
}
