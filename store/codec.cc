#include "store/codec.h"

#include <zstd.h>

#include <cstdint>
#include <memory>

#include "absl/strings/str_cat.h"
#include "store/varint.h"

namespace wirecheck {
namespace {

// Fast levels compress news text to about a third; higher ones gain little
// and cost the CI run.
constexpr int kZstdLevel = 3;

// PackCounters: the byte before a counter written in full (two bytes).
constexpr unsigned char kEscape = 0xFF;

}  // namespace

namespace {

ZSTD_CCtx* ThreadCompressor() {
  // One context per thread, kept: ZSTD_compress makes (and clears a MB of)
  // a new one per call, which cost more than compressing a claim blob.
  thread_local const std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx*)> context(
      ZSTD_createCCtx(), ZSTD_freeCCtx);
  return context.get();
}

ZSTD_DCtx* ThreadDecompressor() {
  thread_local const std::unique_ptr<ZSTD_DCtx, size_t (*)(ZSTD_DCtx*)> context(
      ZSTD_createDCtx(), ZSTD_freeDCtx);
  return context.get();
}

// Compresses into a large enough buffer: that cannot fail.
template <typename CompressInto>
std::string CompressWith(absl::string_view bytes, CompressInto compress) {
  std::string out(ZSTD_compressBound(bytes.size()), '\0');
  const size_t n = compress(out.data(), out.size());
  out.resize(ZSTD_isError(n) ? 0 : n);
  return out;
}

// Checks the declared size before allocating it (a damaged header cannot
// make a run reserve gigabytes), then decompresses exactly `size` bytes.
template <typename DecompressInto>
absl::StatusOr<std::string> DecompressWith(absl::string_view blob,
                                           uint64_t size,
                                           DecompressInto decompress) {
  const unsigned long long declared =
      ZSTD_getFrameContentSize(blob.data(), blob.size());
  if (declared == ZSTD_CONTENTSIZE_ERROR ||
      declared == ZSTD_CONTENTSIZE_UNKNOWN) {
    return absl::DataLossError("stored text is not a Zstandard frame");
  }
  if (declared != size || size > (1ull << 32)) {
    return absl::DataLossError(absl::StrCat("stored text declares ", declared,
                                            " bytes, its row ", size));
  }
  std::string out(size, '\0');
  const size_t n = decompress(out.data(), out.size());
  if (ZSTD_isError(n) || n != size) {
    return absl::DataLossError(
        absl::StrCat("stored text does not decompress: ",
                     ZSTD_isError(n) ? ZSTD_getErrorName(n) : "short"));
  }
  return out;
}

}  // namespace

std::string CompressText(absl::string_view text) {
  return CompressWith(text, [&](char* out, size_t capacity) {
    return ZSTD_compressCCtx(ThreadCompressor(), out, capacity, text.data(),
                             text.size(), kZstdLevel);
  });
}

absl::StatusOr<std::string> DecompressText(absl::string_view blob,
                                           uint64_t size) {
  return DecompressWith(blob, size, [&](char* out, size_t capacity) {
    return ZSTD_decompressDCtx(ThreadDecompressor(), out, capacity, blob.data(),
                               blob.size());
  });
}

struct ZstdDictionary::Tables {
  std::unique_ptr<ZSTD_CDict, size_t (*)(ZSTD_CDict*)> compress{nullptr,
                                                                ZSTD_freeCDict};
  std::unique_ptr<ZSTD_DDict, size_t (*)(ZSTD_DDict*)> decompress{
      nullptr, ZSTD_freeDDict};
};

ZstdDictionary::ZstdDictionary(absl::string_view dictionary, int level)
    : tables_(std::make_unique<Tables>()) {
  tables_->compress.reset(
      ZSTD_createCDict(dictionary.data(), dictionary.size(), level));
  tables_->decompress.reset(
      ZSTD_createDDict(dictionary.data(), dictionary.size()));
}

ZstdDictionary::~ZstdDictionary() = default;

std::string ZstdDictionary::Compress(absl::string_view bytes) const {
  return CompressWith(bytes, [&](char* out, size_t capacity) {
    return ZSTD_compress_usingCDict(ThreadCompressor(), out, capacity,
                                    bytes.data(), bytes.size(),
                                    tables_->compress.get());
  });
}

absl::StatusOr<std::string> ZstdDictionary::Decompress(absl::string_view blob,
                                                       uint64_t size) const {
  return DecompressWith(blob, size, [&](char* out, size_t capacity) {
    return ZSTD_decompress_usingDDict(ThreadDecompressor(), out, capacity,
                                      blob.data(), blob.size(),
                                      tables_->decompress.get());
  });
}

std::string PackCounters(absl::string_view le16) {
  std::string out;
  PackCountersAfter(le16, &out);
  return out;
}

void PackCountersAfter(absl::string_view le16, std::string* out) {
  out->reserve(out->size() + le16.size() / 2 + 64);
  for (size_t i = 0; i + 1 < le16.size(); i += 2) {
    const unsigned char lo = static_cast<unsigned char>(le16[i]);
    const unsigned char hi = static_cast<unsigned char>(le16[i + 1]);
    if (hi == 0 && lo != kEscape) {
      out->push_back(static_cast<char>(lo));
    } else {
      out->push_back(static_cast<char>(kEscape));
      out->push_back(static_cast<char>(lo));
      out->push_back(static_cast<char>(hi));
    }
  }
}

absl::StatusOr<std::string> UnpackCounters(absl::string_view packed,
                                           uint64_t size) {
  std::string out;
  absl::Status s = UnpackCountersAfter(packed, size, &out);
  if (!s.ok()) return s;
  return out;
}

absl::Status UnpackCountersAfter(absl::string_view packed, uint64_t size,
                                 std::string* out) {
  // Each packed byte yields at most one counter: a size beyond that is a
  // damaged row, refused before allocating it.
  if (size % 2 != 0 || size > 2 * static_cast<uint64_t>(packed.size())) {
    return absl::DataLossError("stored counters declare a wrong size");
  }
  const size_t start = out->size();
  out->resize(start + size, '\0');
  char* const to = out->data() + start;
  size_t i = 0, o = 0;
  while (i < packed.size() && o < size) {
    const unsigned char b = static_cast<unsigned char>(packed[i]);
    if (b != kEscape) {
      to[o] = static_cast<char>(b);  // The high byte stays 0.
      o += 2;
      ++i;
      continue;
    }
    if (i + 2 >= packed.size()) break;
    to[o] = packed[i + 1];
    to[o + 1] = packed[i + 2];
    o += 2;
    i += 3;
  }
  if (i != packed.size() || o != size) {
    out->resize(start);
    return absl::DataLossError("stored counters are truncated or too long");
  }
  return absl::OkStatus();
}

std::string EncodeSpans(const std::vector<Span>& spans) {
  std::string out;
  uint32_t previous_end = 0;
  for (const Span& s : spans) {
    PutVarint(s.begin - previous_end, &out);
    PutVarint(s.end - s.begin, &out);
    previous_end = s.end;
  }
  return out;
}

absl::StatusOr<std::vector<Span>> DecodeSpans(absl::string_view blob) {
  std::vector<Span> out;
  uint64_t previous_end = 0;
  while (!blob.empty()) {
    uint64_t gap = 0, length = 0;
    if (!GetVarint(&blob, &gap) || !GetVarint(&blob, &length)) {
      return absl::DataLossError("stored body spans are truncated");
    }
    const uint64_t begin = previous_end + gap;
    const uint64_t end = begin + length;
    if (end > UINT32_MAX) {
      return absl::DataLossError("stored body spans are out of range");
    }
    out.push_back(
        Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
    previous_end = end;
  }
  return out;
}

}  // namespace wirecheck
