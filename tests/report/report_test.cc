#include "report/report.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "ingest/json_line.h"
#include "ingest/utf8.h"
#include "tests/report/report_fixture.h"

namespace wirecheck {
namespace {

using ::absl::StrContains;

class ReportTest : public ReportFixture {
 protected:
  void SetUp() override {
    Article src;
    src.id = "src";
    src.outlet = "ttxvn.vn";
    src.published = PublishedTime::Minute(2024, 6, 19, 8, 0);
    src.title = "Hội đàm";
    src.text = "Ngày 19/6, hai bên hội đàm tại Bình Nhưỡng.";
    src.origin = "a.jsonl:1";
    Article cp;
    cp.id = "copy, \"quoted\"";
    cp.outlet = "";
    cp.published = PublishedTime::Day(2024, 6, 20);
    cp.published_inferred = true;
    cp.title = "Hội đàm";
    cp.title_inferred = true;
    cp.text = "Theo TTXVN, ngày 20/6, hai bên hội đàm tại Bình Nhưỡng.";
    cp.origin = "b.txt";
    articles_ = {src, cp};
    docs_.resize(2);
    docs_[0].body = {Span{0, static_cast<uint32_t>(src.text.size())}};
    docs_[1].body = {Span{0, static_cast<uint32_t>(cp.text.size())}};
    docs_[1].removed = {RemovedSpan{Span{0, 11}, "credit line"}};

    CopyPair p;
    p.source = 0;
    p.copy = 1;
    p.by_date = true;
    p.similarity = 0.5;
    p.containment = 0.75;
    p.credited = true;
    p.credit = "Theo TTXVN";
    p.credit_span = Span{0, 10};
    const uint32_t at = cp.text.find("hai bên");
    p.spans = {AlignedSpan{Span{12, static_cast<uint32_t>(src.text.size())},
                           Span{at, static_cast<uint32_t>(cp.text.size())}}};
    dedup_.copies = {p};
    dedup_.clusters = {Cluster{0, {0, 1}}};

    Claim a;
    a.doc = 0;
    a.kind = ClaimKind::kDate;
    a.span = Span{0, 10};  // "Ngày 19/6"
    a.sentence = Span{0, static_cast<uint32_t>(src.text.size())};
    a.from = a.to = DateParts{2024, 6, 19};
    Claim b = a;
    b.doc = 1;
    b.span = Span{static_cast<uint32_t>(cp.text.find("ngày")),
                  static_cast<uint32_t>(cp.text.find(", hai"))};
    b.sentence = Span{0, static_cast<uint32_t>(cp.text.size())};
    b.from = b.to = DateParts{2024, 6, 20};
    Discrepancy d;
    d.cls = DiscrepancyClass::kConflict;
    d.kind = ClaimKind::kDate;
    d.topic = "talks · North Korea";
    d.confidence = 0.9;
    d.a = a;
    d.b = b;
    compare_.claims = {a, b};
    compare_.discrepancies = {d};

    in_.ingest_summary = "read 2 articles from 2 files";
    diagnostics_ = {Diagnostic{Diagnostic::Severity::kError, "c.jsonl", 3, -1,
                               "malformed JSON"}};
  }
};

TEST_F(ReportTest, JsonHasTheDocumentedMembers) {
  const std::string json = RenderJson(in_);
  for (const char* want :
       {"\"schema\": 1", "\"documents\"",
        "\"inferred\": [\n        \"published\",", "\"copies\"",
        "\"direction\": \"by-date\"", "\"containment\": 0.75",
        "\"credit\": \"Theo TTXVN\"", "\"clusters\"", "\"origin\": \"src\"",
        "\"discrepancies\"", "\"class\": \"conflict\"", "\"kind\": \"date\"",
        "\"text\": \"ngày 20/6\"", "\"from\": \"2024-06-20\"",
        "\"diagnostics\"", "\"line\": 3", "\"summary\"",
        "\"copy, \\\"quoted\\\"\""}) {
    EXPECT_TRUE(StrContains(json, want)) << want << "\n" << json;
  }
  EXPECT_FALSE(StrContains(json, "\"claims\""));
  EXPECT_FALSE(StrContains(json, "\"boilerplate\""));
}

TEST_F(ReportTest, JsonShowsClaimsAndBoilerplateOnRequest) {
  in_.show_claims = true;
  in_.show_boilerplate = true;
  const std::string json = RenderJson(in_);
  EXPECT_TRUE(StrContains(json, "\"claims\""));
  EXPECT_TRUE(StrContains(json, "\"reason\": \"credit line\""));
}

TEST_F(ReportTest, JsonLeavesOutStagesThatDidNotRun) {
  in_.dedup = nullptr;
  in_.compare = nullptr;
  const std::string json = RenderJson(in_);
  EXPECT_FALSE(StrContains(json, "\"copies\""));
  EXPECT_FALSE(StrContains(json, "\"discrepancies\""));
  EXPECT_TRUE(StrContains(json, "\"documents\""));
}

TEST_F(ReportTest, TextQuotesBothSidesWithTheValueMarked) {
  const std::string text = RenderText(in_);
  EXPECT_TRUE(StrContains(text, "75% of the copy is in the source")) << text;
  EXPECT_TRUE(StrContains(text, "credited: \"Theo TTXVN\""));
  EXPECT_TRUE(StrContains(text, "(date inferred)"));
  EXPECT_TRUE(StrContains(text, "\"[Ngày 19/6], hai bên hội đàm"));
  EXPECT_TRUE(StrContains(text, "[ngày 20/6], hai bên"));
  EXPECT_TRUE(StrContains(text, "2024-06-20"));
  // The summary is the CLI's to print, on stderr.
  EXPECT_FALSE(StrContains(text, "read 2 articles from 2 files"));
}

TEST_F(ReportTest, TextSaysWhenNothingWasFound) {
  DedupResult none;
  CompareResult nothing;
  in_.dedup = &none;
  in_.compare = &nothing;
  const std::string text = RenderText(in_);
  EXPECT_TRUE(StrContains(text, "no copies found"));
  EXPECT_TRUE(StrContains(text, "no conflicting claims found"));
}

TEST_F(ReportTest, CsvQuotesFieldsAndHasOneRowPerFinding) {
  in_.dedup = nullptr;  // compare
  const std::string csv = RenderCsv(in_);
  EXPECT_TRUE(absl::StartsWith(csv, "class,kind,topic,confidence,a_doc,"));
  EXPECT_TRUE(StrContains(csv, ",a_title,a_url,a_sentence,b_title,"));
  EXPECT_TRUE(StrContains(csv, "\"copy, \"\"quoted\"\"\"")) << csv;
  int rows = 0;
  for (char c : csv) rows += c == '\n';
  EXPECT_EQ(rows, 2);
  in_.compare = nullptr;
  in_.dedup = &dedup_;
  const std::string copies = RenderCsv(in_);
  EXPECT_TRUE(absl::StartsWith(copies, "source,source_outlet,"));
  EXPECT_TRUE(StrContains(copies, ",by-date,0.5000,0.7500,true,Theo TTXVN,1,"));
  EXPECT_TRUE(StrContains(copies, ",Hội đàm,,Hội đàm,,,false,false\r\n"))
      << copies;
}

// `check`: copies and discrepancies in one table, told apart by `type`.
TEST_F(ReportTest, CheckCsvListsCopiesAndDiscrepancies) {
  const std::string csv = RenderCsv(in_);
  EXPECT_TRUE(absl::StartsWith(
      csv,
      "type,class,kind,topic,confidence,direction,similarity,"
      "containment,credited,credit,passages,a_doc,a_outlet,a_published,"
      "a_title,a_url,a_start,a_end,a_text,a_sentence,a_value,b_doc,"))
      << csv;
  EXPECT_TRUE(StrContains(csv,
                          "\r\ncopy,credited,,,,by-date,0.5000,0.7500,"
                          "true,Theo TTXVN,1,src,ttxvn.vn,"));
  EXPECT_TRUE(StrContains(csv, "\r\ndiscrepancy,conflict,date,"));
  // The claim and the sentence it is in, on each side.
  EXPECT_TRUE(StrContains(csv,
                          ",Ngày 19/6,\"Ngày 19/6, hai bên hội đàm tại "
                          "Bình Nhưỡng.\",2024-06-19,"))
      << csv;
  int rows = 0;
  for (char c : csv) rows += c == '\n';
  EXPECT_EQ(rows, 3);
  EXPECT_FALSE(absl::StartsWith(csv, "\xEF\xBB\xBF"));
  in_.csv_bom = true;
  EXPECT_EQ(RenderCsv(in_), absl::StrCat("\xEF\xBB\xBF", csv));
}

// doc/csv.md: a cell a spreadsheet would run as a formula gets one
// apostrophe in front, and so does a cell that already starts with one.
TEST_F(ReportTest, CsvNeutralisesFormulaCells) {
  in_.compare = nullptr;
  in_.dedup = nullptr;
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"},
      {"+84 912", "'+84 912"},
      {"-3%", "'-3%"},
      {"@reuters", "'@reuters"},
      {"\tx", "'\tx"},
      {"\rx", "\"'\rx\""},
      {"＝1+1", "'＝1+1"},
      {"＠a", "'＠a"},
      {"'quoted", "''quoted"},
      {"a=b", "a=b"},
      {"Bình Nhưỡng", "Bình Nhưỡng"},
  };
  for (const auto& [id, cell] : cases) {
    SCOPED_TRACE(id);
    articles_[0].id = id;
    articles_[0].outlet = id;
    const std::string csv = RenderCsv(in_);
    EXPECT_TRUE(StrContains(csv, absl::StrCat("\r\n", cell, ",", cell, ",")))
        << csv;
  }
}

// Ids and origins come from file names, which may hold any bytes.
TEST_F(ReportTest, JsonIsValidUtf8WhateverTheFileNames) {
  articles_[0].id = "ov\xc0\x80";
  articles_[0].origin = "sur\xed\xa0\x80.txt";
  articles_[1].id = "big\xf4\x90\x80\x80";
  in_.show_documents = true;
  const std::string json = RenderJson(in_);
  EXPECT_TRUE(IsValidUtf8(json));
  JsonObject parsed;
  EXPECT_TRUE(ParseJsonObject(json, &parsed).ok()) << json;
  EXPECT_TRUE(StrContains(json, "\"ov\\ufffd\\ufffd\"")) << json;
}

// The reproducer: an outlet that sets the window title and clears
// the screen is printed with its control characters escaped.
TEST_F(ReportTest, TextEscapesControlCharacters) {
  articles_[0].outlet = "a.vn\x1b]0;PWNED\x07\x1b[2J";
  articles_[1].id =
      "x\xc2\x9b"
      "31m\xe2\x80\xae"
      "evil\x7f";
  const std::string text = RenderText(in_);
  EXPECT_EQ(text.find('\x1b'), std::string::npos);
  EXPECT_EQ(text.find('\x07'), std::string::npos);
  EXPECT_EQ(text.find('\x7f'), std::string::npos);
  EXPECT_TRUE(StrContains(text, "a.vn\\x1B]0;PWNED\\x07\\x1B[2J")) << text;
  EXPECT_TRUE(StrContains(text, "x\\u009B31m\\u202Eevil\\x7F")) << text;
}

}  // namespace
}  // namespace wirecheck
