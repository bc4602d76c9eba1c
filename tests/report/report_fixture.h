// tests/report/report_fixture.h: a test that renders one report of copies,
// discrepancies and diagnostics; SetUp fills the members, `in_` points at
// them already.
#ifndef WIRECHECK_TESTS_REPORT_REPORT_FIXTURE_H_
#define WIRECHECK_TESTS_REPORT_REPORT_FIXTURE_H_

#include <vector>

#include "gtest/gtest.h"
#include "report/report.h"

namespace wirecheck {

class ReportFixture : public testing::Test {
 protected:
  ReportFixture() {
    in_.articles = &articles_;
    in_.docs = &docs_;
    in_.dedup = &dedup_;
    in_.compare = &compare_;
    in_.diagnostics = &diagnostics_;
  }

  std::vector<Article> articles_;
  std::vector<Document> docs_;
  DedupResult dedup_;
  CompareResult compare_;
  std::vector<Diagnostic> diagnostics_;
  ReportInput in_;
};

}  // namespace wirecheck

#endif  // WIRECHECK_TESTS_REPORT_REPORT_FIXTURE_H_
