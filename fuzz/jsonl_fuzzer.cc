// Fuzzes the JSONL reader (ingest/jsonl.h, ingest/json_line.h) and the JSON
// report of what it read. Properties:
//  * every article has an id, unique in the batch, and valid UTF-8 in every
//    text field;
//  * feeding the bytes in two chunks, split anywhere, reads the same
//    articles and diagnostics as one buffer (lines may straddle chunks);
//  * the JSON report of the batch (wirecheck read --format=json) parses
//    with the strict parser, and each field the writer quotes reads back
//    as the same string.
#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "fuzz/fuzz_check.h"
#include "ingest/ingest.h"
#include "ingest/json_line.h"
#include "ingest/jsonl.h"
#include "normalise/prepare.h"
#include "report/json_writer.h"
#include "report/report.h"

namespace wirecheck {
namespace {

IngestResult ReadInChunks(absl::string_view bytes, size_t split) {
  IngestResult r;
  JsonlReader reader("fuzz.jsonl", int64_t{1} << 20, &r);
  reader.Feed(bytes.substr(0, split));
  reader.Feed(bytes.substr(split));
  reader.Finish();
  return r;
}

void CheckArticles(const IngestResult& r) {
  absl::flat_hash_set<std::string> ids;
  for (const Article& a : r.articles) {
    Require(!a.id.empty(), "every article has an id");
    Require(ids.insert(a.id).second, "ids are unique in a batch");
    Require(!a.text.empty(), "every article has text");
    for (const std::string* s : {&a.id, &a.text, &a.title, &a.outlet, &a.url}) {
      RequireUtf8(*s, "article fields are valid UTF-8");
    }
  }
}

void CheckSameAs(const IngestResult& a, const IngestResult& b) {
  Require(a.articles.size() == b.articles.size(),
          "chunked reading finds the same articles");
  for (size_t i = 0; i < a.articles.size(); ++i) {
    Require(a.articles[i].id == b.articles[i].id &&
                a.articles[i].text == b.articles[i].text,
            "chunked reading reads the same article");
  }
  Require(a.diagnostics.size() == b.diagnostics.size(),
          "chunked reading reports the same diagnostics");
  for (size_t i = 0; i < a.diagnostics.size(); ++i) {
    Require(a.diagnostics[i].ToString() == b.diagnostics[i].ToString(),
            "chunked reading reports the same diagnostic");
  }
}

void CheckJsonReport(const IngestResult& r) {
  PrepareOptions prepare;
  prepare.threads = 1;
  const std::vector<Document> docs = PrepareDocuments(r.articles, prepare);
  ReportInput in;
  in.articles = &r.articles;
  in.docs = &docs;
  in.diagnostics = &r.diagnostics;
  in.ingest_summary = r.Summary();
  in.show_documents = true;
  const std::string json = RenderJson(in);
  RequireUtf8(json, "the JSON report is valid UTF-8");
  JsonObject parsed;
  Require(ParseJsonObject(json, &parsed).ok(), "the JSON report parses");
  for (const Article& a : r.articles) {
    for (const std::string* s : {&a.id, &a.title, &a.outlet, &a.origin}) {
      const std::string one = "{\"v\":" + JsonWriter::Quote(*s) + "}";
      Require(ParseJsonObject(one, &parsed).ok() && parsed.Find("v") &&
                  parsed.Find("v")->value == *s,
              "a quoted string reads back as itself");
    }
  }
}

}  // namespace
}  // namespace wirecheck

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace wirecheck;
  const absl::string_view bytes = AsText(data, size);
  IngestResult whole;
  JsonlReader reader("fuzz.jsonl", int64_t{1} << 20, &whole);
  reader.Feed(bytes);
  reader.Finish();
  CheckArticles(whole);
  const size_t split = size == 0 ? 0 : data[0] % (size + 1);
  CheckSameAs(whole, ReadInChunks(bytes, split));
  CheckJsonReport(whole);
  return 0;
}
