// dedup/signature.h: one article's passage sketch as bytes, to keep or send.
//
// A signature is what FindCopies' candidate step knows of an article: the
// LSH band keys of its passage windows (sketch.h). It is computed from the
// article alone (no document-frequency filter, which needs the batch), so
// the same text under the same parameters gives the same bytes in any
// process on any machine: tokens and shingles are XXH3 hashes, MinHash is
// seeded, and every integer is written little-endian.
//
// Format, version 1 (all integers little-endian):
//   "WCSG"                     4 bytes, magic
//   version                    u16 = 1
//   shingle, window, num_perm  u16 each
//   bands, rows                u16 each
//   seed                       u64
//   windows                    u32: windows with a signature
//   keys                       windows * bands u32, window by window
// A signature made under other parameters never matches: MatchSignatures
// refuses to compare them.
//
//   std::vector<std::string> sigs = EncodeSignatures(batch, options);
//   ASSIGN_OR_RETURN(Signature s, DecodeSignature(sigs[0]));
//   ASSIGN_OR_RETURN(auto matches, MatchSignatures(mine, theirs));
#ifndef WIRECHECK_DEDUP_SIGNATURE_H_
#define WIRECHECK_DEDUP_SIGNATURE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "dedup/sketch.h"

namespace wirecheck {

inline constexpr uint16_t kSignatureVersion = 1;

struct Signature {
  int shingle = 0;
  int window = 0;
  int num_perm = 0;
  LshParams lsh;
  uint64_t seed = 0;
  int windows = 0;
  std::vector<uint32_t> keys;  // [window * lsh.bands + band].
};

// One signature per document of `batch`, sketched under `options`.
// REQUIRES: `batch` came from SketchBatch/SketchWithDf with `options`.
std::vector<std::string> EncodeSignatures(const BatchSketch& batch,
                                          const SketchOptions& options);

// InvalidArgument naming what is wrong: not a signature, another version,
// a truncated or oversized key list.
absl::StatusOr<Signature> DecodeSignature(absl::string_view bytes);

struct SignatureMatch {
  int a = 0;        // Index into the first list.
  int b = 0;        // Index into the second.
  int windows = 0;  // Windows of a sharing a bucket with some window of b.
};

// Every (a, b) whose windows share an LSH bucket (equal key in one band),
// sorted by (a, b): the candidates FindCopies would verify. No document
// frequency filter and no bucket size limit apply. InvalidArgument when
// the signatures were made under different parameters.
absl::StatusOr<std::vector<SignatureMatch>> MatchSignatures(
    const std::vector<Signature>& a, const std::vector<Signature>& b);

}  // namespace wirecheck

#endif  // WIRECHECK_DEDUP_SIGNATURE_H_
