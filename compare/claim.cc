#include "compare/claim.h"

#include <cmath>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace wirecheck {
namespace {

std::string Part(int v, int width) {
  if (v <= 0) return std::string(width, 'X');
  return absl::StrFormat("%0*d", width, v);
}

// Shortest decimal that round-trips for typical claim values.
std::string Num(double v) {
  if (std::fabs(v) < 1e15 && v == std::floor(v)) {
    return absl::StrFormat("%.0f", v);
  }
  std::string s = absl::StrFormat("%.6f", v);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      out += absl::StrFormat("\\u%04x", c);
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

// A score's sides: its value is the larger times 1000 plus the smaller.
int ScoreHigh(const Claim& c) { return static_cast<int>(c.value) / 1000; }
int ScoreLow(const Claim& c) { return static_cast<int>(c.value) % 1000; }

// "12:30" for minutes after midnight.
std::string Clock(double minutes) {
  const int m = static_cast<int>(minutes);
  return absl::StrFormat("%02d:%02d", m / 60, m % 60);
}

}  // namespace

const char* ClaimKindName(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kDate:
      return "date";
    case ClaimKind::kNumber:
      return "number";
    case ClaimKind::kMoney:
      return "money";
    case ClaimKind::kPercent:
      return "percent";
    case ClaimKind::kDuration:
      return "duration";
    case ClaimKind::kAge:
      return "age";
    case ClaimKind::kRank:
      return "rank";
    case ClaimKind::kScore:
      return "score";
    case ClaimKind::kTime:
      return "time";
  }
  return "number";
}

const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kStated:
      return "stated";
    case Modality::kCurrent:
      return "current";
    case Modality::kPlanned:
      return "planned";
    case Modality::kPrevious:
      return "previous";
    case Modality::kConditional:
      return "conditional";
    case Modality::kRequested:
      return "requested";
  }
  return "stated";
}

std::string DateParts::ToString() const {
  return absl::StrCat(Part(year, 4), "-", Part(month, 2), "-", Part(day, 2));
}

std::string ClaimValueJson(const Claim& c) {
  if (c.kind == ClaimKind::kDate) {
    return absl::StrCat(
        "{\"from\": \"", c.from.ToString(), "\", \"to\": \"", c.to.ToString(),
        "\"", c.weekday_mismatch ? ", \"weekday_mismatch\": true" : "", "}");
  }
  if (c.kind == ClaimKind::kScore) {
    return absl::StrCat("{\"score\": \"", DescribeValue(c),
                        "\", \"high\": ", ScoreHigh(c),
                        ", \"low\": ", ScoreLow(c), "}");
  }
  if (c.kind == ClaimKind::kTime) {
    return absl::StrCat("{\"from\": \"", Clock(c.low), "\", \"to\": \"",
                        Clock(c.high), "\"}");
  }
  auto bound = [](double v) {
    return std::isinf(v) ? std::string("null") : Num(v);
  };
  return absl::StrCat(
      "{\"low\": ", bound(c.low), ", \"high\": ", bound(c.high),
      ", \"low_open\": ", c.low_open ? "true" : "false",
      ", \"high_open\": ", c.high_open ? "true" : "false",
      ", \"unit\": ", c.unit.empty() ? "null" : JsonString(c.unit),
      c.kind == ClaimKind::kDuration
          ? absl::StrCat(", \"seconds_per_unit\": ", Num(c.factor))
          : std::string(),
      "}");
}

std::string DescribeValue(const Claim& c) {
  if (c.kind == ClaimKind::kDate) {
    if (c.document) return absl::StrCat("issued in ", c.from.year);
    const char* slip = c.weekday_mismatch ? " (not the weekday written)" : "";
    if (c.from == c.to) return absl::StrCat(c.from.ToString(), slip);
    return absl::StrCat(c.from.ToString(), "..", c.to.ToString(), slip);
  }
  if (c.kind == ClaimKind::kScore) {
    return absl::StrCat(ScoreHigh(c), "-", ScoreLow(c));
  }
  if (c.kind == ClaimKind::kTime) {
    if (c.low == c.high) return Clock(c.low);
    return absl::StrCat(Clock(c.low), "..", Clock(c.high));
  }
  std::string v;
  if (c.low == c.high && !c.low_open && !c.high_open) {
    v = Num(c.low);
  } else {
    v = absl::StrCat(c.low_open || std::isinf(c.low) ? "(" : "[",
                     std::isinf(c.low) ? "-∞" : Num(c.low), ", ",
                     std::isinf(c.high) ? "∞" : Num(c.high),
                     c.high_open || std::isinf(c.high) ? ")" : "]");
  }
  if (c.unit.empty()) return v;
  if (c.unit == "%") return absl::StrCat(v, "%");
  return absl::StrCat(v, " ", c.unit);
}

}  // namespace wirecheck
