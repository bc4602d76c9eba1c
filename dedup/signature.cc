#include "dedup/signature.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_format.h"

namespace wirecheck {
namespace {

constexpr char kMagic[4] = {'W', 'C', 'S', 'G'};
constexpr size_t kHeaderBytes = 4 + 2 * 6 + 8 + 4;

void PutLe(uint64_t v, int bytes, std::string* out) {
  for (int i = 0; i < bytes; ++i)
    out->push_back(static_cast<char>(v >> (8 * i)));
}

uint64_t GetLe(absl::string_view in, size_t at, int bytes) {
  uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) {
    v |= uint64_t{static_cast<unsigned char>(in[at + i])} << (8 * i);
  }
  return v;
}

bool SameParameters(const Signature& x, const Signature& y) {
  return x.shingle == y.shingle && x.window == y.window &&
         x.num_perm == y.num_perm && x.lsh.bands == y.lsh.bands &&
         x.lsh.rows == y.lsh.rows && x.seed == y.seed;
}

}  // namespace

std::vector<std::string> EncodeSignatures(const BatchSketch& batch,
                                          const SketchOptions& o) {
  const size_t items = batch.item_doc.size();
  const size_t docs = batch.sets.size();
  std::vector<std::vector<size_t>> doc_items(docs);
  for (size_t i = 0; i < items; ++i) {
    if (batch.item_doc[i] != kNoDocument) {
      doc_items[batch.item_doc[i]].push_back(i);
    }
  }
  std::vector<std::string> out(docs);
  for (size_t d = 0; d < docs; ++d) {
    std::string& s = out[d];
    s.append(kMagic, sizeof(kMagic));
    for (int v : {static_cast<int>(kSignatureVersion), o.shingle, o.window,
                  o.num_perm, o.lsh.bands, o.lsh.rows}) {
      PutLe(static_cast<uint16_t>(v), 2, &s);
    }
    PutLe(o.seed, 8, &s);
    PutLe(doc_items[d].size(), 4, &s);
    for (size_t item : doc_items[d]) {
      for (int b = 0; b < o.lsh.bands; ++b) {
        PutLe(batch.band_keys[b * items + item], 4, &s);
      }
    }
  }
  return out;
}

absl::StatusOr<Signature> DecodeSignature(absl::string_view in) {
  if (in.size() < kHeaderBytes || std::memcmp(in.data(), kMagic, 4) != 0) {
    return absl::InvalidArgumentError("not a wirecheck signature");
  }
  const int version = static_cast<int>(GetLe(in, 4, 2));
  if (version != kSignatureVersion) {
    return absl::InvalidArgumentError(
        absl::StrFormat("signature version %d; this build reads version %d",
                        version, kSignatureVersion));
  }
  Signature s;
  s.shingle = static_cast<int>(GetLe(in, 6, 2));
  s.window = static_cast<int>(GetLe(in, 8, 2));
  s.num_perm = static_cast<int>(GetLe(in, 10, 2));
  s.lsh.bands = static_cast<int>(GetLe(in, 12, 2));
  s.lsh.rows = static_cast<int>(GetLe(in, 14, 2));
  s.seed = GetLe(in, 16, 8);
  s.windows = static_cast<int>(GetLe(in, 24, 4));
  const uint64_t keys = uint64_t(s.windows) * s.lsh.bands;
  if (in.size() != kHeaderBytes + 4 * keys) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "signature of %d windows x %d bands holds %d bytes, not %d", s.windows,
        s.lsh.bands, in.size(), kHeaderBytes + 4 * keys));
  }
  s.keys.resize(keys);
  for (uint64_t k = 0; k < keys; ++k) {
    s.keys[k] = static_cast<uint32_t>(GetLe(in, kHeaderBytes + 4 * k, 4));
  }
  return s;
}

absl::StatusOr<std::vector<SignatureMatch>> MatchSignatures(
    const std::vector<Signature>& a, const std::vector<Signature>& b) {
  if (a.empty() || b.empty()) return std::vector<SignatureMatch>();
  for (const std::vector<Signature>* list : {&a, &b}) {
    for (const Signature& s : *list) {
      if (!SameParameters(s, a.front())) {
        return absl::InvalidArgumentError(
            "signatures were made under different parameters");
      }
    }
  }
  // Bucket (band << 32 | key) -> the b signatures with a window in it.
  absl::flat_hash_map<uint64_t, std::vector<int>> buckets;
  for (size_t j = 0; j < b.size(); ++j) {
    const int bands = b[j].lsh.bands;
    for (size_t k = 0; k < b[j].keys.size(); ++k) {
      const uint64_t bucket = uint64_t(k % bands) << 32 | b[j].keys[k];
      std::vector<int>& docs = buckets[bucket];
      if (docs.empty() || docs.back() != static_cast<int>(j)) {
        docs.push_back(static_cast<int>(j));
      }
    }
  }
  std::vector<SignatureMatch> out;
  for (size_t i = 0; i < a.size(); ++i) {
    const int bands = a[i].lsh.bands;
    absl::flat_hash_map<int, int> windows_by_b;
    std::vector<int> hit;
    for (int w = 0; w < a[i].windows; ++w) {
      hit.clear();
      for (int band = 0; band < bands; ++band) {
        const uint64_t bucket =
            uint64_t(band) << 32 | a[i].keys[size_t(w) * bands + band];
        auto it = buckets.find(bucket);
        if (it == buckets.end()) continue;
        hit.insert(hit.end(), it->second.begin(), it->second.end());
      }
      std::sort(hit.begin(), hit.end());
      hit.erase(std::unique(hit.begin(), hit.end()), hit.end());
      for (int j : hit) ++windows_by_b[j];
    }
    const size_t first = out.size();
    for (const auto& [j, n] : windows_by_b) {
      out.push_back({static_cast<int>(i), j, n});
    }
    std::sort(out.begin() + first, out.end(),
              [](const SignatureMatch& x, const SignatureMatch& y) {
                return x.b < y.b;
              });
  }
  return out;
}

}  // namespace wirecheck
