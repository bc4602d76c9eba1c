#include "ingest/article.h"

#include "absl/strings/str_format.h"

namespace wirecheck {

absl::CivilSecond PublishedTime::end() const {
  switch (grain) {
    case Grain::kYear:
      return absl::CivilSecond(absl::CivilYear(start) + 1);
    case Grain::kMonth:
      return absl::CivilSecond(absl::CivilMonth(start) + 1);
    case Grain::kDay:
      return absl::CivilSecond(absl::CivilDay(start) + 1);
    case Grain::kMinute:
      return absl::CivilSecond(absl::CivilMinute(start) + 1);
    case Grain::kSecond:
    case Grain::kUnknown:
      break;
  }
  return start + 1;
}

std::string PublishedTime::ToIso() const {
  std::string iso = ToIsoWithoutZone();
  if (utc && !iso.empty()) iso += "Z";
  return iso;
}

std::string PublishedTime::ToIsoWithoutZone() const {
  const absl::CivilSecond& t = start;
  switch (grain) {
    case Grain::kUnknown:
      return "";
    case Grain::kYear:
      return absl::StrFormat("%04d", t.year());
    case Grain::kMonth:
      return absl::StrFormat("%04d-%02d", t.year(), t.month());
    case Grain::kDay:
      return absl::StrFormat("%04d-%02d-%02d", t.year(), t.month(), t.day());
    case Grain::kMinute:
      return absl::StrFormat("%04d-%02d-%02dT%02d:%02d", t.year(), t.month(),
                             t.day(), t.hour(), t.minute());
    case Grain::kSecond:
      break;
  }
  return absl::StrFormat("%04d-%02d-%02dT%02d:%02d:%02d", t.year(), t.month(),
                         t.day(), t.hour(), t.minute(), t.second());
}

bool PublishedTime::StrictlyBefore(const PublishedTime& other) const {
  if (!known() || !other.known()) return false;
  // A wall-clock time may be anything from UTC-12 to UTC+14.
  constexpr int kWidestOffsetSeconds = 14 * 3600;
  const int pad = utc == other.utc ? 0 : kWidestOffsetSeconds;
  return end() + pad <= other.start;
}

PublishedTime PublishedTime::Year(int y) {
  return {Grain::kYear, absl::CivilSecond(y, 1, 1)};
}
PublishedTime PublishedTime::Month(int y, int m) {
  return {Grain::kMonth, absl::CivilSecond(y, m, 1)};
}
PublishedTime PublishedTime::Day(int y, int m, int d) {
  return {Grain::kDay, absl::CivilSecond(y, m, d)};
}
PublishedTime PublishedTime::Minute(int y, int m, int d, int hh, int mm) {
  return {Grain::kMinute, absl::CivilSecond(y, m, d, hh, mm, 0)};
}
PublishedTime PublishedTime::Second(int y, int m, int d, int hh, int mm,
                                    int ss) {
  return {Grain::kSecond, absl::CivilSecond(y, m, d, hh, mm, ss)};
}

}  // namespace wirecheck
