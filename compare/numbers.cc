#include "compare/numbers.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

namespace wirecheck {
namespace {

// Parses "123" groups joined by `sep` as thousands; false if a group
// after the first is not exactly three digits.
bool Thousands(absl::string_view s, char sep, std::string* digits) {
  size_t start = 0;
  bool first = true;
  while (true) {
    size_t p = s.find(sep, start);
    absl::string_view g =
        s.substr(start, p == absl::string_view::npos ? s.npos : p - start);
    if (g.empty() || g.size() > 3 || (!first && g.size() != 3)) return false;
    digits->append(g.data(), g.size());
    first = false;
    if (p == absl::string_view::npos) return true;
    start = p + 1;
  }
}

}  // namespace

double SignificantUnit(double v) {
  double unit = 1;
  double a = std::fabs(v);
  if (a < 1) return 1;
  while (a >= unit * 10 && std::fmod(a, unit * 10) == 0) unit *= 10;
  return unit;
}

bool ParseNumeral(absl::string_view s, bool vietnamese, Numeral* out) {
  if (s.empty() || s.find_first_of("/-") != absl::string_view::npos)
    return false;
  size_t dots = std::count(s.begin(), s.end(), '.');
  size_t commas = std::count(s.begin(), s.end(), ',');
  char thousand = 0, decimal = 0;
  if (dots && commas) {
    bool comma_last = s.rfind(',') > s.rfind('.');
    decimal = comma_last ? ',' : '.';
    thousand = comma_last ? '.' : ',';
    if (std::count(s.begin(), s.end(), decimal) != 1) return false;
  } else if (dots > 1 || commas > 1) {
    thousand = dots ? '.' : ',';
  } else if (dots == 1 || commas == 1) {
    char sep = dots ? '.' : ',';
    size_t after = s.size() - s.find(sep) - 1;
    bool vi_thousand = vietnamese && sep == '.' && after == 3;
    bool en_thousand = !vietnamese && sep == ',' && after == 3;
    if (vi_thousand || en_thousand) {
      thousand = sep;
    } else if (!vietnamese && sep == ',') {
      return false;  // "1,2" in English is a list, not a number.
    } else {
      decimal = sep;
    }
  }
  std::string int_part, frac_part;
  absl::string_view head = s, tail;
  if (decimal) {
    size_t p = s.find(decimal);
    head = s.substr(0, p);
    tail = s.substr(p + 1);
  }
  if (thousand) {
    if (!Thousands(head, thousand, &int_part)) return false;
  } else {
    int_part = std::string(head);
  }
  frac_part = std::string(tail);
  std::string all = int_part + (frac_part.empty() ? "" : "." + frac_part);
  out->value = std::strtod(all.c_str(), nullptr);
  if (!frac_part.empty()) {
    size_t sig = frac_part.find_last_not_of('0');
    out->unit = sig == std::string::npos ? SignificantUnit(out->value)
                                         : std::pow(10.0, -double(sig + 1));
  } else {
    out->unit = SignificantUnit(out->value);
  }
  return true;
}

}  // namespace wirecheck
