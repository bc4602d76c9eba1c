// python/wirecheck_module.cc: the `wirecheck._wirecheck` extension module.
//
// Conversion only: Python values in, library calls, Python values out. No
// algorithm lives here; reports are the library's own JSON (RenderJson),
// which python/wirecheck/__init__.py parses with json.loads, and every
// absl::Status that is not OK becomes wirecheck.Error carrying its message.
//
// Two groups of functions:
//  * the package surface (Batch, report_json, sketch, match_signatures),
//    used by wirecheck/__init__.py;
//  * the distributed run's steps (Shard, bucket_pairs, verify_shards,
//    render_copies, plan), used by wirecheck/dask.py: each is one library
//    call on one shard, so a Dask task runs any of them on any worker;
//    the claim side's steps are in python/claim_side.cc.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "cli/args.h"
#include "dedup/cluster.h"
#include "dedup/dedup.h"
#include "dedup/lsh.h"
#include "dedup/signature.h"
#include "dedup/sketch.h"
#include "ingest/files.h"
#include "ingest/ingest.h"
#include "ingest/jsonl.h"
#include "normalise/boilerplate.h"
#include "normalise/prepare.h"
#include "pipeline/check.h"
#include "pipeline/finding_id.h"
#include "pipeline/run_options.h"
#include "python/binding_util.h"
#include "report/report.h"

namespace py = pybind11;

namespace wirecheck {
namespace {

using namespace binding;  // NOLINT: the helpers every binding file shares.

// Articles read by ingest, with what ingest reported.
struct Batch {
  IngestResult ingest;
};

std::unique_ptr<Batch> ReadPaths(const std::vector<std::string>& paths) {
  auto b = std::make_unique<Batch>();
  b->ingest = IngestPaths(paths, IngestOptions(), nullptr);
  return b;
}

std::unique_ptr<Batch> ReadJsonl(const py::bytes& data,
                                 const std::string& name) {
  auto b = std::make_unique<Batch>();
  ParseJsonl(name, std::string(data), &b->ingest);
  return b;
}

// The whole report of one command ("read", "dedup", "check") as the CLI's
// --format=json writes it.
std::string ReportJson(const Batch& batch, const std::string& command,
                       const py::dict& options) {
  CheckOptions o = ToOptions(options);
  if (command != "read" && command != "dedup" && command != "check") {
    throw StatusError(absl::StrCat("unknown command: ", command));
  }
  o.run_dedup = command != "read";
  o.run_compare = command == "check";
  const std::vector<Article>& articles = batch.ingest.articles;
  CheckResult r;
  {
    py::gil_scoped_release unlocked;
    r = ValueOrThrow(RunCheck(articles, o));
  }
  ReportInput in;
  in.articles = &articles;
  in.docs = &r.docs;
  if (r.dedup) in.dedup = &*r.dedup;
  if (r.compare) in.compare = &*r.compare;
  in.diagnostics = &batch.ingest.diagnostics;
  in.ingest_summary = batch.ingest.Summary();
  in.show_claims = command == "check";
  in.tool_version = ToolVersion();
  if (command != "read") in.options = &o;
  return RenderJson(in);
}

std::vector<py::bytes> Sketch(const Batch& batch, const py::dict& options) {
  const CheckOptions o = ToOptions(options);
  const std::vector<Article>& articles = batch.ingest.articles;
  std::vector<std::string> sigs;
  {
    py::gil_scoped_release unlocked;
    const std::vector<Document> docs = PrepareDocuments(articles, o.prepare);
    const SketchOptions s =
        ValueOrThrow(SketchOptionsFor(o.dedup, articles.size()));
    sigs = EncodeSignatures(
        SketchWithDf(docs, ShingleSets(docs, s.shingle, s.threads), nullptr, s),
        s);
  }
  return std::vector<py::bytes>(sigs.begin(), sigs.end());
}

std::vector<std::tuple<int, int, int>> MatchSignatureBytes(
    const std::vector<py::bytes>& a, const std::vector<py::bytes>& b) {
  std::vector<Signature> sa, sb;
  for (const py::bytes& x : a)
    sa.push_back(ValueOrThrow(DecodeSignature(std::string(x))));
  for (const py::bytes& x : b)
    sb.push_back(ValueOrThrow(DecodeSignature(std::string(x))));
  std::vector<std::tuple<int, int, int>> out;
  for (const SignatureMatch& m : ValueOrThrow(MatchSignatures(sa, sb))) {
    out.emplace_back(m.a, m.b, m.windows);
  }
  return out;
}

py::bytes BucketPairsBytes(const py::bytes& buckets, const py::bytes& docs,
                           int max_bucket_docs) {
  const auto b = FromBytes<uint64_t>(buckets, "buckets");
  const auto d = FromBytes<uint32_t>(docs, "documents");
  if (b.size() != d.size()) throw StatusError("buckets and documents differ");
  std::vector<BucketEntry> entries(b.size());
  for (size_t i = 0; i < b.size(); ++i) entries[i] = {b[i], d[i]};
  std::vector<uint64_t> pairs;
  {
    py::gil_scoped_release unlocked;
    pairs = BucketPairs(std::move(entries), max_bucket_docs);
  }
  return py::bytes(Bytes(pairs.data(), pairs.size() * 8));
}

// A verified copy on batch indices, as a tuple render_copies reads back:
// (source, copy, by_date, similarity, containment, same_outlet, credited,
//  credit, (credit begin, end), [(source b, e, copy b, e), ...]).
using CopyTuple =
    std::tuple<int64_t, int64_t, bool, double, double, bool, bool, std::string,
               std::pair<uint32_t, uint32_t>,
               std::vector<std::tuple<uint32_t, uint32_t, uint32_t, uint32_t>>>;

// Verifies candidate pairs (batch indices as a << 32 | b) between shard `a`
// (its first article at batch index first_a) and shard `b` (the same shard
// when it is `a`).
std::vector<CopyTuple> VerifyShards(const Shard& a, int64_t first_a,
                                    const Shard& b, int64_t first_b,
                                    const py::bytes& pairs_bytes,
                                    const py::dict& options) {
  const CheckOptions o = ToOptions(options);
  const bool same = &a == &b;
  // One index space, in batch order: a's articles, then b's.
  if (!same && first_b < first_a) {
    throw StatusError("verify_shards: give the earlier shard first");
  }
  std::vector<Article> articles = a.articles();
  std::vector<Document> docs = a.docs();
  std::vector<std::vector<uint64_t>> sets = a.sets();
  if (!same) {
    articles.insert(articles.end(), b.articles().begin(), b.articles().end());
    docs.insert(docs.end(), b.docs().begin(), b.docs().end());
    sets.insert(sets.end(), b.sets().begin(), b.sets().end());
  }
  auto local = [&](int64_t global) -> int {
    if (global >= first_a && global < first_a + a.size()) {
      return static_cast<int>(global - first_a);
    }
    if (!same && global >= first_b && global < first_b + b.size()) {
      return static_cast<int>(global - first_b + a.size());
    }
    throw StatusError(absl::StrCat("article ", global, " is in neither shard"));
  };
  auto to_global = [&](int i) -> int64_t {
    return i < a.size() ? first_a + i : first_b + (i - a.size());
  };
  std::vector<std::pair<int, int>> pairs;
  for (uint64_t p : FromBytes<uint64_t>(pairs_bytes, "pairs")) {
    pairs.push_back({local(static_cast<int64_t>(p >> 32)),
                     local(static_cast<int64_t>(p & 0xFFFFFFFF))});
  }
  std::vector<CopyPair> copies;
  {
    py::gil_scoped_release unlocked;
    copies = ValueOrThrow(
        VerifyCandidates(articles, docs, sets, std::move(pairs), o.dedup));
  }
  std::vector<CopyTuple> out;
  for (const CopyPair& c : copies) {
    std::vector<std::tuple<uint32_t, uint32_t, uint32_t, uint32_t>> spans;
    for (const AlignedSpan& s : c.spans) {
      spans.emplace_back(s.source.begin, s.source.end, s.copy.begin,
                         s.copy.end);
    }
    out.emplace_back(to_global(c.source), to_global(c.copy), c.by_date,
                     c.similarity, c.containment, c.same_outlet, c.credited,
                     c.credit,
                     std::make_pair(c.credit_span.begin, c.credit_span.end),
                     std::move(spans));
  }
  return out;
}

// The report's "copies" and "clusters" for copies found over shards.
// `articles` are the ArticleKeys of the articles the copies involve, in
// batch order; `copies` name them by position in that list.
std::string RenderCopies(const std::vector<Shard::ArticleKey>& keys,
                         const std::vector<CopyTuple>& copies) {
  std::vector<Article> articles(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    const auto& [id, grain, start, utc] = keys[i];
    if (start.size() != 6) throw StatusError("a start time has 6 fields");
    if (grain < 0 || grain > static_cast<int>(PublishedTime::Grain::kSecond)) {
      throw StatusError("unknown publication grain");
    }
    articles[i].id = id;
    articles[i].published.grain = static_cast<PublishedTime::Grain>(grain);
    articles[i].published.start = absl::CivilSecond(
        start[0], start[1], start[2], start[3], start[4], start[5]);
    articles[i].published.utc = utc;
  }
  DedupResult dedup;
  std::vector<std::pair<int, int>> edges;
  for (const CopyTuple& t : copies) {
    CopyPair c;
    c.source = static_cast<int>(std::get<0>(t));
    c.copy = static_cast<int>(std::get<1>(t));
    if (c.source < 0 || c.copy < 0 || c.source >= int(keys.size()) ||
        c.copy >= int(keys.size())) {
      throw StatusError("a copy names an article not given");
    }
    c.by_date = std::get<2>(t);
    c.similarity = std::get<3>(t);
    c.containment = std::get<4>(t);
    c.same_outlet = std::get<5>(t);
    c.credited = std::get<6>(t);
    c.credit = std::get<7>(t);
    c.credit_span = {std::get<8>(t).first, std::get<8>(t).second};
    for (const auto& [sb, se, cb, ce] : std::get<9>(t)) {
      c.spans.push_back({Span{sb, se}, Span{cb, ce}});
    }
    edges.push_back({c.source, c.copy});
    dedup.copies.push_back(std::move(c));
  }
  dedup.clusters = BuildClusters(edges, articles);
  AssignFindingIds(articles, &dedup, nullptr);
  const std::vector<Document> none(articles.size());
  ReportInput in;
  in.articles = &articles;
  in.docs = &none;
  in.dedup = &dedup;
  in.tool_version = ToolVersion();
  return RenderJson(in);
}

// What the distributed run needs to know before it starts: the candidate
// step's parameters for a batch of `batch_docs`, and the JSON report's
// "schema", "tool" and "parameters" (of `compare` with `claims`, else of
// `dedup`), from the library's writer.
py::dict Plan(const py::dict& options, int64_t batch_docs, bool claims) {
  CheckOptions o = ToOptions(options);
  o.run_compare = claims;
  const SketchOptions s =
      ValueOrThrow(SketchOptionsFor(o.dedup, static_cast<size_t>(batch_docs)));
  const std::vector<Article> none;
  const std::vector<Document> no_docs;
  ReportInput in;
  in.articles = &none;
  in.docs = &no_docs;
  in.tool_version = ToolVersion();
  in.options = &o;
  py::dict d;
  d["max_df"] = s.max_df;
  d["use_df"] = FiltersByFrequency(s, static_cast<size_t>(batch_docs));
  d["max_bucket_docs"] = MaxBucketDocs(s);
  d["bands"] = s.lsh.bands;
  d["rows"] = s.lsh.rows;
  d["min_repeats"] = o.prepare.boilerplate.min_repeats;
  d["header_json"] = RenderJson(in);
  return d;
}

int64_t DfCells(int64_t total_shingles) {
  return static_cast<int64_t>(DfCounts::CellsFor(total_shingles));
}

py::bytes MergeDfRows(const py::bytes& x, const py::bytes& y) {
  const auto a = FromBytes<uint16_t>(x, "frequency rows");
  const auto b = FromBytes<uint16_t>(y, "frequency rows");
  auto split = [](const std::vector<uint16_t>& v) {
    const size_t half = v.size() / 2;
    return DfCounts::FromRows(
        std::vector<uint16_t>(v.begin(), v.begin() + half),
        std::vector<uint16_t>(v.begin() + half, v.end()));
  };
  DfCounts da = ValueOrThrow(split(a));
  ThrowIfError(da.Merge(ValueOrThrow(split(b))));
  return py::bytes(Bytes(da.row(0).data(), da.cells() * 2) +
                   Bytes(da.row(1).data(), da.cells() * 2));
}

}  // namespace
}  // namespace wirecheck

PYBIND11_MODULE(_wirecheck, m) {
  using namespace wirecheck;
  m.doc() = "wirecheck's C++ library; use the `wirecheck` package.";
  py::register_exception<StatusError>(m, "Error");
  m.attr("SIGNATURE_VERSION") = kSignatureVersion;
  m.attr("VERSION") = ToolVersion();

  py::class_<Batch>(m, "Batch")
      .def("__len__", [](const Batch& b) { return b.ingest.articles.size(); })
      .def("text", [](const Batch& b, size_t i) {
        if (i >= b.ingest.articles.size()) throw py::index_error();
        return b.ingest.articles[i].text;
      });
  m.def("read_paths", &ReadPaths, py::arg("paths"));
  m.def("read_jsonl", &ReadJsonl, py::arg("data"), py::arg("name"));
  m.def("report_json", &ReportJson, py::arg("batch"), py::arg("command"),
        py::arg("options"));
  m.def("sketch", &Sketch, py::arg("batch"), py::arg("options"));
  m.def("match_signatures", &MatchSignatureBytes, py::arg("a"), py::arg("b"));

  py::class_<Shard>(m, "Shard")
      .def(py::init<const std::string&, const py::bytes&, int, int64_t>(),
           py::arg("name"), py::arg("data"), py::arg("lines_before"),
           py::arg("offset"))
      .def("__len__", &Shard::size)
      .def("line_counts", &Shard::LineCounts)
      .def("prepare", &Shard::Prepare)
      .def("shingle_total", &Shard::ShingleTotal)
      .def("df_rows", &Shard::DfRows)
      .def("bucket_entries", &Shard::BucketEntries)
      .def("documents_json", &Shard::DocumentsJson)
      .def("article_keys", &Shard::ArticleKeys);
  m.def("plan", &Plan, py::arg("options"), py::arg("batch_docs"),
        py::arg("claims") = false);
  m.def("df_cells", &DfCells);
  m.def("merge_df_rows", &MergeDfRows);
  m.def("bucket_pairs", &BucketPairsBytes);
  m.def("verify_shards", &VerifyShards);
  m.def("render_copies", &RenderCopies);
  AddClaimSide(m);
}
