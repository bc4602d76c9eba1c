// ingest/article.h: the article record every later stage reads.
//
// ingest/ turns files (.txt, .html, .jsonl, stdin) into Articles; normalise/,
// dedup/ and compare/ read them; report/ prints them. `text` is the one
// string all reported offsets index: for a .txt file it is the file's bytes
// (after UTF-8 repair, which ingest reports), for JSONL the decoded `text`
// field, for HTML (or JSONL `html`) the extracted main text.
//
//   Article a;
//   a.id = "vnexpress-123";
//   a.text = "Ngày 19/6, ...";
//   a.published = PublishedTime::Day(2024, 6, 19);
#ifndef WIRECHECK_INGEST_ARTICLE_H_
#define WIRECHECK_INGEST_ARTICLE_H_

#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "util/span.h"

namespace wirecheck {

// A publication time at the precision the source gave it. "date 2024-06" is a
// month; "15/09/2023 04:04" is a minute. Two times whose intervals overlap
// cannot be ordered, which is how dedup decides `direction: unknown`.
struct PublishedTime {
  enum class Grain { kUnknown, kYear, kMonth, kDay, kMinute, kSecond };

  Grain grain = Grain::kUnknown;
  absl::CivilSecond start;  // First second covered; meaningless if unknown.
  // True when the source gave a zone ("Z", "+07:00", "GMT+7"): `start` is
  // then UTC. Otherwise it is a wall-clock time in an unknown zone. Two
  // wall-clock times are compared as they are (a batch of scrapes usually
  // comes from one country); a wall-clock time and a UTC time are ordered
  // only when they are more than 14 hours apart, the widest zone offset.
  bool utc = false;

  bool known() const { return grain != Grain::kUnknown; }
  // First second after the interval. REQUIRES: known().
  absl::CivilSecond end() const;
  // "2024", "2024-06", "2024-06-19", "2024-06-19T08:30", "2024-06-19T08:30:05",
  // with "Z" appended when `utc`; "" when unknown.
  std::string ToIso() const;
  // ToIso() without the "Z".
  std::string ToIsoWithoutZone() const;
  // True when this interval ends at or before `other` starts, allowing for
  // an unknown zone as described at `utc`.
  bool StrictlyBefore(const PublishedTime& other) const;

  static PublishedTime Year(int y);
  static PublishedTime Month(int y, int m);
  static PublishedTime Day(int y, int m, int d);
  static PublishedTime Minute(int y, int m, int d, int hh, int mm);
  static PublishedTime Second(int y, int m, int d, int hh, int mm, int ss);
};

struct Article {
  std::string id;      // Unique in a batch; ingest derives one when absent.
  std::string url;     // "" when unknown.
  std::string outlet;  // "vnexpress.net", "Reuters"; "" when unknown.
  PublishedTime published;
  std::string title;
  std::string text;    // Valid UTF-8. All reported spans index these bytes.
  std::string origin;  // Where it came from: "path" or "path:line".
  // The lead (sapo) when the input gave it as a field of its own: the
  // bytes of `text` it occupies (boilerplate removal never cuts it).
  // Empty otherwise.
  Span lead;
  // The bytes of `text` that were link text in the source HTML, sorted and
  // disjoint; empty for plain text.
  std::vector<Span> links;

  // Which metadata wirecheck inferred rather than read from a field.
  bool id_inferred = false;
  bool outlet_inferred = false;
  bool published_inferred = false;
  bool title_inferred = false;
};

}  // namespace wirecheck

#endif  // WIRECHECK_INGEST_ARTICLE_H_
