// claims_tool: prints the claims ExtractClaims finds in stdin (one article,
// published on the date given as argv[1], default 2024-06-20). A debugging
// aid for extending the lexicons: bazel run //tests/compare:claims_tool
#include <iostream>
#include <iterator>
#include <string>

#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "compare/extract.h"

int main(int argc, char** argv) {
  using namespace wirecheck;
  std::string text((std::istreambuf_iterator<char>(std::cin)),
                   std::istreambuf_iterator<char>());
  int y = 2024, m = 6, d = 20;
  if (argc > 1) {
    std::vector<std::string> p = absl::StrSplit(argv[1], '-');
    if (p.size() != 3 || !absl::SimpleAtoi(p[0], &y) ||
        !absl::SimpleAtoi(p[1], &m) || !absl::SimpleAtoi(p[2], &d)) {
      std::cerr << "usage: claims_tool [YYYY-MM-DD] < article.txt\n";
      return 2;
    }
  }
  std::vector<Claim> claims =
      ExtractClaims(0, text, {Span{0, static_cast<uint32_t>(text.size())}},
                    PublishedTime::Day(y, m, d), ExtractOptions{});
  for (const Claim& c : claims) {
    std::cout << c.span.Of(text) << "\t" << ClaimValueJson(c) << "\t"
              << DescribeValue(c) << "\t" << c.unit_class << "\t" << c.role << "\n";
  }
  return 0;
}
