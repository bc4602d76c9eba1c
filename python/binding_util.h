// python/binding_util.h: what the extension's files share: errors as
// wirecheck.Error, options by name, bytes <-> arrays of numbers, and the
// Shard of a distributed run (python/wirecheck_module.cc binds it,
// python/claim_side.cc reads its articles and documents).
#ifndef WIRECHECK_PYTHON_BINDING_UTIL_H_
#define WIRECHECK_PYTHON_BINDING_UTIL_H_

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
#include "dedup/dedup.h"
#include "dedup/sketch.h"
#include "ingest/ingest.h"
#include "ingest/jsonl.h"
#include "normalise/boilerplate.h"
#include "normalise/prepare.h"
#include "pipeline/check.h"
#include "pipeline/run_options.h"
#include "report/report.h"

namespace wirecheck {
namespace binding {

namespace py = pybind11;

// Raised as wirecheck.Error; the message is the Status message.
class StatusError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

inline void ThrowIfError(const absl::Status& s) {
  if (!s.ok()) throw StatusError(std::string(s.message()));
}

template <typename T>
T ValueOrThrow(absl::StatusOr<T> v) {
  ThrowIfError(v.status());
  return *std::move(v);
}

// Options by the names the CLI gives them ('_' for '-'), through the same
// table (pipeline/run_options.h): the same ranges and messages. One thread
// unless told, as a library call should be.
inline CheckOptions ToOptions(const py::dict& d) {
  CheckOptions o;
  o.prepare.threads = o.dedup.threads = o.compare.threads = 1;
  for (const auto& [key, value] : d) {
    const std::string k = py::str(key);
    const RunOption* option = FindRunOption(k);
    if (option == nullptr) {
      throw StatusError(absl::StrCat("unknown option: ", k));
    }
    ThrowIfError(SetRunOption(*option, std::string(py::str(value)), &o));
  }
  return o;
}

inline std::string Bytes(const void* data, size_t n) {
  return std::string(static_cast<const char*>(data), n);
}

template <typename T>
std::vector<T> FromBytes(const std::string& b, const char* what) {
  if (b.size() % sizeof(T) != 0) {
    throw StatusError(absl::StrCat(what, ": ", b.size(),
                                   " bytes is not a whole number of values"));
  }
  std::vector<T> v(b.size() / sizeof(T));
  if (!v.empty()) std::memcpy(v.data(), b.data(), b.size());
  return v;
}

// A publication time as 8 whole numbers (grain, year, month, day, hour,
// minute, second, utc), the way times cross between tasks.
inline std::vector<int64_t> PublishedInts(const PublishedTime& t) {
  const absl::CivilSecond s = t.start;
  const int64_t grain = static_cast<int64_t>(t.grain);
  return {grain,    s.year(),   s.month(),  s.day(),
          s.hour(), s.minute(), s.second(), t.utc};
}

inline PublishedTime PublishedFromInts(const int64_t* v) {
  if (v[0] < 0 || v[0] > static_cast<int>(PublishedTime::Grain::kSecond)) {
    throw StatusError("unknown publication grain");
  }
  PublishedTime t;
  t.grain = static_cast<PublishedTime::Grain>(v[0]);
  t.start = absl::CivilSecond(v[1], v[2], v[3], v[4], v[5], v[6]);
  t.utc = v[7] != 0;
  return t;
}

// One shard of a JSONL file (a byte range starting at a line start), read,
// prepared and sketched on the worker that runs its task.
class Shard {
 public:
  Shard(const std::string& name, const py::bytes& data, int lines_before,
        int64_t offset) {
    JsonlReader reader(name, IngestOptions().max_file_bytes, &ingest_);
    reader.StartAt(lines_before, offset);
    reader.Feed(std::string(data));
    reader.Finish();
  }

  int size() const { return static_cast<int>(ingest_.articles.size()); }

  // (line keys as u64, article counts as i32), for the batch's LineStats.
  std::pair<py::bytes, py::bytes> LineCounts() const {
    LineStats stats;
    for (const Article& a : ingest_.articles) stats.Add(a.outlet, a.text);
    std::vector<uint64_t> keys;
    std::vector<int32_t> counts;
    for (const auto& [k, n] : stats.LineCounts()) {
      keys.push_back(k);
      counts.push_back(n);
    }
    return {py::bytes(Bytes(keys.data(), keys.size() * 8)),
            py::bytes(Bytes(counts.data(), counts.size() * 4))};
  }

  // Documents under the batch's line counts (all lines counted at least
  // BoilerplateOptions::min_repeats times), and their shingle sets.
  void Prepare(const py::bytes& keys, const py::bytes& counts,
               const py::dict& options) {
    const CheckOptions o = ToOptions(options);
    const auto k = FromBytes<uint64_t>(keys, "line keys");
    const auto n = FromBytes<int32_t>(counts, "line counts");
    if (k.size() != n.size()) throw StatusError("line keys and counts differ");
    py::gil_scoped_release unlocked;
    LineStats stats;
    for (size_t i = 0; i < k.size(); ++i) stats.AddLineCount(k[i], n[i]);
    docs_.assign(ingest_.articles.size(), Document());
    for (size_t i = 0; i < docs_.size(); ++i) {
      docs_[i] = PrepareDocument(ingest_.articles[i], &stats, o.prepare);
    }
    sets_ = ShingleSets(docs_, o.dedup.shingle, o.dedup.threads);
  }

  int64_t ShingleTotal() const {
    int64_t total = 0;
    for (const auto& s : sets_) total += static_cast<int64_t>(s.size());
    return total;
  }

  py::bytes DfRows(int64_t cells) const {
    if (cells <= 0 || (cells & (cells - 1)) != 0) {
      throw StatusError("frequency cells must be a power of two");
    }
    DfCounts df(static_cast<size_t>(cells));
    df.Add(sets_, 1);
    return py::bytes(Bytes(df.row(0).data(), cells * 2) +
                     Bytes(df.row(1).data(), cells * 2));
  }

  // (buckets as u64 band << 32 | key, documents as u32 batch indices) of
  // every signed window; `df_rows` empty: no frequency filter.
  std::pair<py::bytes, py::bytes> BucketEntries(const py::bytes& df_rows,
                                                int64_t batch_docs,
                                                int64_t first_index,
                                                const py::dict& options) const {
    const CheckOptions o = ToOptions(options);
    const SketchOptions s = ValueOrThrow(
        SketchOptionsFor(o.dedup, static_cast<size_t>(batch_docs)));
    std::unique_ptr<DfCounts> df;
    const std::string rows = df_rows;
    if (!rows.empty()) {
      const auto both = FromBytes<uint16_t>(rows, "frequency rows");
      const size_t half = both.size() / 2;
      df = std::make_unique<DfCounts>(ValueOrThrow(DfCounts::FromRows(
          std::vector<uint16_t>(both.begin(), both.begin() + half),
          std::vector<uint16_t>(both.begin() + half, both.end()))));
    }
    std::vector<uint64_t> buckets;
    std::vector<uint32_t> docs;
    {
      py::gil_scoped_release unlocked;
      const BatchSketch b = SketchWithDf(docs_, sets_, df.get(), s);
      const size_t items = b.item_doc.size();
      for (int band = 0; band < s.lsh.bands; ++band) {
        for (size_t i = 0; i < items; ++i) {
          if (b.item_doc[i] == kNoDocument) continue;
          buckets.push_back(uint64_t(band) << 32 |
                            b.band_keys[band * items + i]);
          docs.push_back(static_cast<uint32_t>(b.item_doc[i] + first_index));
        }
      }
    }
    return {py::bytes(Bytes(buckets.data(), buckets.size() * 8)),
            py::bytes(Bytes(docs.data(), docs.size() * 4))};
  }

  // The report's "documents" and "diagnostics" for this shard's articles.
  std::string DocumentsJson() const {
    const std::vector<Document> none(ingest_.articles.size());
    ReportInput in;
    in.articles = &ingest_.articles;
    in.docs = &none;
    in.diagnostics = &ingest_.diagnostics;
    in.tool_version = ToolVersion();
    return RenderJson(in);
  }

  // What clusters need of articles: id, publication grain, start and zone.
  using ArticleKey = std::tuple<std::string, int, std::vector<int64_t>, bool>;
  std::vector<ArticleKey> ArticleKeys(const std::vector<int>& local) const {
    std::vector<ArticleKey> out;
    for (int i : local) {
      if (i < 0 || i >= size()) throw StatusError("article index out of range");
      const Article& a = ingest_.articles[i];
      const absl::CivilSecond t = a.published.start;
      out.emplace_back(a.id, static_cast<int>(a.published.grain),
                       std::vector<int64_t>{t.year(), t.month(), t.day(),
                                            t.hour(), t.minute(), t.second()},
                       a.published.utc);
    }
    return out;
  }

  const std::vector<Article>& articles() const { return ingest_.articles; }
  const std::vector<Document>& docs() const { return docs_; }
  const std::vector<std::vector<uint64_t>>& sets() const { return sets_; }

 private:
  IngestResult ingest_;
  std::vector<Document> docs_;
  std::vector<std::vector<uint64_t>> sets_;
};

// Adds the claim side's classes and functions (python/claim_side.cc).
void AddClaimSide(py::module_& m);

}  // namespace binding
}  // namespace wirecheck

#endif  // WIRECHECK_PYTHON_BINDING_UTIL_H_
