#include "bench/corpus.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>

#include "ingest/ingest.h"
#include "normalise/prepare.h"
#include "tests/dedup/test_docs.h"
#include "tests/normalise/jsonl_reader.h"
#include "util/parallel.h"

namespace wirecheck {
namespace {

double Since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0)
      .count();
}

absl::string_view FirstLines(absl::string_view bytes, int limit) {
  if (limit < 0) return bytes;
  size_t end = 0;
  for (int i = 0; i < limit && end < bytes.size(); ++i) {
    const size_t nl = bytes.find('\n', end);
    end = nl == absl::string_view::npos ? bytes.size() : nl + 1;
  }
  return bytes.substr(0, end);
}

// Reads the corpus with cluster ids kept (ingest ignores unknown fields).
void LoadLite(absl::string_view jsonl, Corpus* c) {
  for (JsonRecord& r : ReadJsonl(jsonl, -1)) {
    const std::string id = r.count("id") ? r["id"] : r["doc_id"];
    const std::string cluster = r["cluster_id"];
    Article a;
    a.id = cluster.empty() ? id : cluster + "/" + id;
    a.title = std::move(r["title"]);
    a.text = std::move(r["text"]);
    a.outlet = std::move(r["outlet"]);
    c->clusters.push_back(cluster);
    c->articles.push_back(std::move(a));
  }
}

}  // namespace

MappedFile::MappedFile(const char* path) {
  const int fd = open(path, O_RDONLY);
  if (fd < 0) return;
  struct stat st;
  if (fstat(fd, &st) == 0 && st.st_size > 0) {
    void* p = mmap(nullptr, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p != MAP_FAILED) {
      data_ = p;
      size_ = static_cast<size_t>(st.st_size);
    }
  }
  close(fd);
}

MappedFile::~MappedFile() { Release(); }

void MappedFile::Release() {
  if (data_ != nullptr) munmap(data_, size_);
  data_ = nullptr;
  size_ = 0;
}

std::vector<std::string> ClusterLabels(absl::string_view jsonl, int limit) {
  std::vector<std::string> out;
  for (JsonRecord& r : ReadJsonl(FirstLines(jsonl, limit), -1)) {
    out.push_back(r.count("cluster_id") ? r["cluster_id"] : r["triplet_uuid"]);
  }
  return out;
}

Corpus LoadCorpus(absl::string_view jsonl, int limit, int threads,
                  Pipeline pipeline) {
  Corpus c = ParseCorpus(jsonl, limit, pipeline);
  PrepareCorpus(threads, pipeline, &c);
  return c;
}

Corpus ParseCorpus(absl::string_view jsonl, int limit, Pipeline pipeline) {
  Corpus c;
  jsonl = FirstLines(jsonl, limit);
  auto t0 = std::chrono::steady_clock::now();
  if (pipeline == Pipeline::kLite) {
    c.pipeline = "tests/normalise/jsonl_reader + test whitespace tokenizer";
    LoadLite(jsonl, &c);
  } else {
    c.pipeline = "ingest ParseJsonl + normalise PrepareDocuments";
    IngestResult ingested;
    ParseJsonl("bench.jsonl", jsonl, &ingested);
    c.articles = std::move(ingested.articles);
    c.clusters.assign(c.articles.size(), "");
  }
  for (const Article& a : c.articles) c.text_bytes += a.text.size();
  c.parse_seconds = Since(t0);
  return c;
}

void PrepareCorpus(int threads, Pipeline pipeline, Corpus* corpus) {
  Corpus& c = *corpus;
  const auto t0 = std::chrono::steady_clock::now();
  if (pipeline == Pipeline::kLite) {
    c.docs.resize(c.articles.size());
    ParallelFor(c.articles.size(), threads, [&](size_t i) {
      c.docs[i] = testing_dedup::WhitespaceDocument(c.articles[i].text);
    });
  } else {
    PrepareOptions prepare;
    prepare.threads = threads;
    c.docs = PrepareDocuments(c.articles, prepare);
  }
  c.prepare_seconds = Since(t0);
}

}  // namespace wirecheck
