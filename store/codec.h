// store/codec.h: how the store packs an article's bytes.
//
// Texts are kept whole (every reported offset indexes them) but compressed
// with Zstandard; body spans (what boilerplate removal kept) are a list of
// varint deltas. Both round-trip exactly; a blob that does not decode is
// DataLoss, never a guess.
//
//   std::string z = CompressText(article.text);
//   ASSIGN_OR_RETURN(std::string text, DecompressText(z, article.text.size()));
#ifndef WIRECHECK_STORE_CODEC_H_
#define WIRECHECK_STORE_CODEC_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "util/span.h"

namespace wirecheck {

std::string CompressText(absl::string_view text);
// DataLoss unless the frame declares exactly `size` bytes (the row's
// text_size), checked before anything is allocated: a damaged header
// cannot make a run reserve gigabytes.
absl::StatusOr<std::string> DecompressText(absl::string_view blob,
                                           uint64_t size);

// A Zstandard dictionary, for many short blobs that share much (stored
// claims: the same syllables, units and structure in every article), which
// alone compress poorly. Compress and Decompress are thread-safe.
class ZstdDictionary {
 public:
  ZstdDictionary(absl::string_view dictionary, int level);
  ~ZstdDictionary();
  ZstdDictionary(const ZstdDictionary&) = delete;
  ZstdDictionary& operator=(const ZstdDictionary&) = delete;

  std::string Compress(absl::string_view bytes) const;
  // As DecompressText: DataLoss unless the frame declares exactly `size`
  // bytes and decodes to them (also when it needs another dictionary).
  absl::StatusOr<std::string> Decompress(absl::string_view blob,
                                         uint64_t size) const;

 private:
  struct Tables;
  std::unique_ptr<Tables> tables_;
};

// Little-endian 16-bit counters (a serialised count-min sketch after its
// header byte), mostly below 255: one byte each, or 255 and the two bytes.
// Half the bytes, at memory speed; a general compressor spent 50 ms on the
// 4 MB term sketch every run for a third more. Unpack is DataLoss unless
// the result is exactly `size` bytes.
std::string PackCounters(absl::string_view le16);
absl::StatusOr<std::string> UnpackCounters(absl::string_view packed,
                                           uint64_t size);
// The same, appended to `out` (the sketch's header byte before them): the
// 4 MB sketch is then never copied whole to put its header in front.
void PackCountersAfter(absl::string_view le16, std::string* out);
absl::Status UnpackCountersAfter(absl::string_view packed, uint64_t size,
                                 std::string* out);

// Spans in order, each as (begin - previous end, length) varints.
std::string EncodeSpans(const std::vector<Span>& spans);
absl::StatusOr<std::vector<Span>> DecodeSpans(absl::string_view blob);

}  // namespace wirecheck

#endif  // WIRECHECK_STORE_CODEC_H_
