#include "store/claims_codec.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "compare/frame.h"
#include "normalise/lexer.h"
#include "store/codec.h"
#include "store/varint.h"
#include "xxhash.h"

namespace wirecheck {

// data/claims.zdict, compiled in (store/BUILD.bazel).
extern const unsigned char kClaimsDictionary[];
extern const size_t kClaimsDictionarySize;

namespace {

// Level 3 with the dictionary: a level 9 or 19 blob is 5 or 8 % smaller
// and several times slower to write, for every article a run extracts.
constexpr int kClaimsZstdLevel = 3;

const ZstdDictionary& ClaimsDictionary() {
  static const ZstdDictionary* const dictionary = new ZstdDictionary(
      absl::string_view(reinterpret_cast<const char*>(kClaimsDictionary),
                        kClaimsDictionarySize),
      kClaimsZstdLevel);
  return *dictionary;
}

// A claim blob larger than this once decompressed is damage: an article's
// extraction is some KB, and a damaged header must not make a run allocate
// gigabytes.
constexpr uint64_t kMaxPayloadBytes = uint64_t{1} << 28;

// Claim::doc as decoded: the run that uses the claims sets it.
constexpr int kNoDoc = -1;

// Every 64-bit hash of an extraction, sorted and unique, and each one's
// index in that order.
class HashTable {
 public:
  void Add(uint64_t h) { hashes_.push_back(h); }
  void Add(const std::vector<uint64_t>& hs) {
    hashes_.insert(hashes_.end(), hs.begin(), hs.end());
  }
  void Seal() {
    std::sort(hashes_.begin(), hashes_.end());
    hashes_.erase(std::unique(hashes_.begin(), hashes_.end()), hashes_.end());
    index_.reserve(hashes_.size());
    for (size_t i = 0; i < hashes_.size(); ++i) index_[hashes_[i]] = i;
  }
  uint64_t IndexOf(uint64_t h) const { return index_.at(h); }
  std::optional<uint64_t> Find(uint64_t h) const {
    auto it = index_.find(h);
    if (it == index_.end()) return std::nullopt;
    return it->second;
  }
  const std::vector<uint64_t>& hashes() const { return hashes_; }

 private:
  std::vector<uint64_t> hashes_;
  absl::flat_hash_map<uint64_t, uint64_t> index_;
};

class Writer {
 public:
  void Varint(uint64_t v) { PutVarint(v, &out_); }
  void Signed(int64_t v) {
    Varint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63));
  }
  void Byte(uint8_t b) { out_.push_back(static_cast<char>(b)); }
  template <typename T>
  void Raw(T v) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &v, sizeof(T));
    out_.append(bytes, sizeof(T));
  }
  void Bytes(absl::string_view s) { out_.append(s.data(), s.size()); }
  void String(absl::string_view s) {
    Varint(s.size());
    out_.append(s.data(), s.size());
  }
  void SpanOf(const Span& s) {
    Varint(s.begin);
    Varint(s.end - s.begin);
  }
  void Date(const DateParts& d) {
    Signed(d.year);
    Signed(d.month);
    Signed(d.day);
  }
  // Indices in the table, each as the difference from the one before
  // (frames are sorted: mostly one byte each).
  void Refs(const std::vector<uint64_t>& hs, const HashTable& table) {
    Varint(hs.size());
    int64_t previous = 0;
    for (uint64_t h : hs) {
      const int64_t at = static_cast<int64_t>(table.IndexOf(h));
      Signed(at - previous);
      previous = at;
    }
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(absl::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool done() const { return in_.empty(); }
  absl::string_view rest() const { return in_; }

  uint64_t Varint() {
    uint64_t v;
    return GetVarint(&in_, &v) ? v : Fail();
  }
  int64_t Signed() {
    const uint64_t v = Varint();
    return static_cast<int64_t>((v >> 1) ^ (~(v & 1) + 1));
  }
  // A count of items each at least one byte long: never more than the
  // bytes left, so a damaged count cannot make a huge allocation.
  size_t Count() {
    const uint64_t n = Varint();
    if (n > in_.size()) return Fail();
    return static_cast<size_t>(n);
  }
  int Int() {
    const int64_t v = Signed();
    if (v < INT32_MIN || v > INT32_MAX) return static_cast<int>(Fail());
    return static_cast<int>(v);
  }
  uint8_t Byte() {
    if (in_.empty()) return static_cast<uint8_t>(Fail());
    const uint8_t b = static_cast<uint8_t>(in_.front());
    in_.remove_prefix(1);
    return b;
  }
  // An enum value at most `max`.
  template <typename E>
  E Enum(E max) {
    const uint8_t b = Byte();
    if (b > static_cast<uint8_t>(max)) return static_cast<E>(Fail());
    return static_cast<E>(b);
  }
  template <typename T>
  T Raw() {
    T v{};
    if (in_.size() < sizeof(T)) return static_cast<T>(Fail());
    std::memcpy(&v, in_.data(), sizeof(T));
    in_.remove_prefix(sizeof(T));
    return v;
  }
  // `n` bytes, fewer when the blob ends first (then it is marked bad).
  std::string Bytes(size_t n) {
    if (n > in_.size()) {
      Fail();
      return std::string(n, '\0');
    }
    std::string s(in_.substr(0, n));
    in_.remove_prefix(n);
    return s;
  }
  std::string String() {
    const size_t n = Count();
    std::string s(in_.substr(0, n));
    in_.remove_prefix(s.size());
    return s;
  }
  Span SpanOf() {
    Span s;
    const uint64_t begin = Varint();
    const uint64_t size = Varint();
    if (begin + size > UINT32_MAX) return Fail(), s;
    s.begin = static_cast<uint32_t>(begin);
    s.end = static_cast<uint32_t>(begin + size);
    return s;
  }
  DateParts Date() {
    DateParts d;
    d.year = Int();
    d.month = Int();
    d.day = Int();
    return d;
  }
  // The hash at a written index of the table.
  uint64_t Hash(const std::vector<uint64_t>& table) {
    const uint64_t at = Varint();
    if (at >= table.size()) return Fail();
    return table[static_cast<size_t>(at)];
  }
  std::vector<uint64_t> Refs(const std::vector<uint64_t>& table) {
    const size_t n = Count();
    std::vector<uint64_t> out;
    out.reserve(n);
    int64_t at = 0;
    for (size_t i = 0; i < n && ok_; ++i) {
      at += Signed();
      if (at < 0 || static_cast<uint64_t>(at) >= table.size()) {
        Fail();
        break;
      }
      out.push_back(table[static_cast<size_t>(at)]);
    }
    return out;
  }

 private:
  // Marks the blob bad; the value returned in its place is never used.
  uint64_t Fail() {
    ok_ = false;
    in_ = {};
    return 0;
  }

  absl::string_view in_;
  bool ok_ = true;
};

// Bits of a claim's flags varint.
enum : uint64_t {
  kLowOpen = 1 << 0,
  kHighOpen = 1 << 1,
  kPerItem = 1 << 2,
  kSeries = 1 << 3,
  kBackground = 1 << 4,
  kAnniversary = 1 << 5,
  kFuture = 1 << 6,
  kInferred = 1 << 7,
  kYearInferred = 1 << 8,
  kWeekdayMismatch = 1 << 9,
  kDocument = 1 << 10,
  kBorn = 1 << 11,
  kMoment = 1 << 12,
};

uint64_t FlagsOf(const Claim& c) {
  const std::pair<bool, uint64_t> flags[] = {
      {c.low_open, kLowOpen},
      {c.high_open, kHighOpen},
      {c.per_item, kPerItem},
      {c.series, kSeries},
      {c.anchor.background, kBackground},
      {c.anniversary, kAnniversary},
      {c.future, kFuture},
      {c.inferred, kInferred},
      {c.year_inferred, kYearInferred},
      {c.weekday_mismatch, kWeekdayMismatch},
      {c.document, kDocument},
      {c.born, kBorn},
      {c.moment, kMoment}};
  uint64_t out = 0;
  for (const auto& [set, bit] : flags) {
    if (set) out |= bit;
  }
  return out;
}

void SetFlags(uint64_t f, Claim* c) {
  c->low_open = f & kLowOpen;
  c->high_open = f & kHighOpen;
  c->per_item = f & kPerItem;
  c->series = f & kSeries;
  c->anchor.background = f & kBackground;
  c->anniversary = f & kAnniversary;
  c->future = f & kFuture;
  c->inferred = f & kInferred;
  c->year_inferred = f & kYearInferred;
  c->weekday_mismatch = f & kWeekdayMismatch;
  c->document = f & kDocument;
  c->born = f & kBorn;
  c->moment = f & kMoment;
}

HashTable HashesOf(const ArticleExtraction& e) {
  HashTable table;
  for (const auto& [term, count] : e.profile.terms) table.Add(term);
  for (const Claim& c : e.claims) {
    table.Add(c.subject_term);
    table.Add(c.template_key);
    for (const auto* list :
         {&c.head, &c.frame, &c.local, &c.entities, &c.names}) {
      table.Add(*list);
    }
  }
  table.Seal();
  return table;
}

// A profile count: most are small whole numbers (occurrences, a title's
// twice), written as one varint; any other float by its bits.
void WriteCount(float count, Writer* w) {
  constexpr float kLargestWhole = 1 << 24;
  if (count >= 0 && count < kLargestWhole &&
      count == static_cast<float>(static_cast<uint32_t>(count))) {
    w->Varint(static_cast<uint64_t>(count) << 1);
    return;
  }
  uint32_t bits;
  std::memcpy(&bits, &count, sizeof(bits));
  w->Varint((static_cast<uint64_t>(bits) << 1) | 1);
}

float ReadCount(Reader* r) {
  const uint64_t v = r->Varint();
  if ((v & 1) == 0) return static_cast<float>(v >> 1);
  const uint32_t bits = static_cast<uint32_t>(v >> 1);
  float count;
  std::memcpy(&count, &bits, sizeof(count));
  return count;
}

// How a bound or factor is written: most are infinite, the claim's value
// or 1, each one byte; any other takes its eight.
enum BoundTag : uint8_t { kPlusInf, kMinusInf, kTheValue, kOne, kOther };

void WriteBound(double d, double value, Writer* w) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  // Bit-equal only: 0.0 and -0.0 or two NaNs must not pass for each other.
  auto same = [](double x, double y) {
    return std::memcmp(&x, &y, sizeof(double)) == 0;
  };
  if (same(d, kInf)) {
    w->Byte(kPlusInf);
  } else if (same(d, -kInf)) {
    w->Byte(kMinusInf);
  } else if (same(d, value)) {
    w->Byte(kTheValue);
  } else if (same(d, 1.0)) {
    w->Byte(kOne);
  } else {
    w->Byte(kOther);
    w->Raw(d);
  }
}

double ReadBound(double value, Reader* r) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  switch (r->Enum(kOther)) {
    case kPlusInf:
      return kInf;
    case kMinusInf:
      return -kInf;
    case kTheValue:
      return value;
    case kOne:
      return 1.0;
    case kOther:
      break;
  }
  return r->Raw<double>();
}

// `previous`: the claim written before (null for the first).
void WriteClaim(const Claim& c, const Claim* previous, const HashTable& table,
                Writer* w) {
  w->SpanOf(c.span);
  w->SpanOf(c.sentence);
  w->SpanOf(c.clause);
  w->Byte(static_cast<uint8_t>(c.kind));
  w->Date(c.from);
  w->Date(c.to);
  w->Raw(c.value);
  for (double d : {c.low, c.high, c.factor}) WriteBound(d, c.value, w);
  w->Byte(static_cast<uint8_t>(c.qualifier));
  w->Byte(static_cast<uint8_t>(c.role_class));
  w->Byte(static_cast<uint8_t>(c.modality));
  for (const std::string* s :
       {&c.unit, &c.unit_class, &c.role, &c.period, &c.goods, &c.tail,
        &c.subject, &c.moment_score}) {
    w->String(*s);
  }
  w->Varint(c.sibling_tails.size());
  for (const std::string& s : c.sibling_tails) w->String(s);
  w->Date(c.anchor.from);
  w->Date(c.anchor.to);
  w->String(c.anchor.session);
  w->Varint(table.IndexOf(c.subject_term));
  w->Varint(table.IndexOf(c.template_key));
  const Claim* before = previous == nullptr ? &c : previous;
  const std::pair<const std::vector<uint64_t>*, const std::vector<uint64_t>*>
      lists[] = {{&c.head, &before->head},
                 {&c.frame, &before->frame},
                 {&c.local, &before->local},
                 {&c.entities, &before->entities},
                 {&c.names, &before->names}};
  for (const auto& [list, previous_list] : lists) {
    // Claims of one sentence mostly share its frame, entities and names.
    const bool same = previous != nullptr && *list == *previous_list;
    w->Byte(same ? 1 : 0);
    if (!same) w->Refs(*list, table);
  }
  w->Varint(FlagsOf(c));
}

// `previous`: the claim read before (an empty one for the first).
Claim ReadClaim(const std::vector<uint64_t>& table, const Claim& previous,
                Reader* r) {
  Claim c;
  c.doc = kNoDoc;
  c.span = r->SpanOf();
  c.sentence = r->SpanOf();
  c.clause = r->SpanOf();
  c.kind = r->Enum(ClaimKind::kTime);
  c.from = r->Date();
  c.to = r->Date();
  c.value = r->Raw<double>();
  for (double* d : {&c.low, &c.high, &c.factor}) *d = ReadBound(c.value, r);
  c.qualifier = r->Enum(Qualifier::kLessThan);
  c.role_class = r->Enum(RoleClass::kStatement);
  c.modality = r->Enum(Modality::kConditional);
  for (std::string* s : {&c.unit, &c.unit_class, &c.role, &c.period, &c.goods,
                         &c.tail, &c.subject, &c.moment_score}) {
    *s = r->String();
  }
  c.sibling_tails.resize(r->Count());
  for (std::string& s : c.sibling_tails) s = r->String();
  c.anchor.from = r->Date();
  c.anchor.to = r->Date();
  c.anchor.session = r->String();
  c.subject_term = r->Hash(table);
  c.template_key = r->Hash(table);
  const std::pair<std::vector<uint64_t>*, const std::vector<uint64_t>*>
      lists[] = {{&c.head, &previous.head},
                 {&c.frame, &previous.frame},
                 {&c.local, &previous.local},
                 {&c.entities, &previous.entities},
                 {&c.names, &previous.names}};
  for (const auto& [list, previous_list] : lists) {
    *list = r->Byte() == 1 ? *previous_list : r->Refs(table);
  }
  SetFlags(r->Varint(), &c);
  return c;
}

// What a term hash is the hash of, when the article's words tell: a word,
// a pair of adjacent words, or another string (a name's diacritic-free
// form, compare/frame.h's FoldedName).
struct TermName {
  enum Kind : uint8_t { kWord, kPair, kString } kind = kWord;
  std::string first, second;  // kPair: the two words; else `first`.
};

// A capitalised word's "@" form and its term hash.
struct FoldedWord {
  std::string text;
  uint64_t hash = 0;
};

const FoldedWord& FoldedOnce(
    const std::string& key,
    absl::flat_hash_map<std::string, FoldedWord>* seen) {
  auto [it, inserted] = seen->try_emplace(key);
  if (inserted) {
    it->second.text = FoldedName(key);
    it->second.hash = TermHash(it->second.text);
  }
  return it->second;
}

// The name of each table entry the article's words make (nullopt where
// none does): each word of its body and title, each pair of adjacent words,
// each capitalised word's "@" form. Only the encoder reads the article's
// words; the decoder rehashes the names it is given, a fraction of the cost
// of lexing the text again.
std::vector<std::optional<TermName>> NamesOf(const Article& article,
                                             const std::vector<Span>& body,
                                             const HashTable& table) {
  std::vector<std::optional<TermName>> out(table.hashes().size());
  auto name = [&](uint64_t h, TermName::Kind kind, const std::string& first,
                  const std::string& second) {
    const std::optional<uint64_t> at = table.Find(h);
    if (at && !out[*at]) out[*at] = TermName{kind, first, second};
  };
  std::string pair;  // Reused: most pairs are no entry.
  // A name recurs through an article, and folding its diacritics (ICU) was
  // most of naming: each capitalised word is folded and hashed once.
  absl::flat_hash_map<std::string, FoldedWord> folded;
  auto add_region = [&](const std::vector<Lexeme>& lx) {
    for (size_t k = 0; k < lx.size(); ++k) {
      if (lx[k].kind == LexKind::kPunct) continue;
      name(TermHash(lx[k].key), TermName::kWord, lx[k].key, "");
      if (k > 0 && lx[k - 1].kind != LexKind::kPunct) {
        pair.assign(lx[k - 1].key).append(" ").append(lx[k].key);
        name(TermHash(pair), TermName::kPair, lx[k - 1].key, lx[k].key);
      }
      if (lx[k].capitalized) {
        const FoldedWord& f = FoldedOnce(lx[k].key, &folded);
        name(f.hash, TermName::kString, f.text, "");
      }
    }
  };
  std::vector<Lexeme> lexemes;
  for (const Span& b : body) {
    for (Lexeme& l : Lex(article.text, b)) lexemes.push_back(std::move(l));
  }
  add_region(lexemes);
  const Span whole{0, static_cast<uint32_t>(article.title.size())};
  add_region(Lex(article.title, whole));
  return out;
}

uint64_t TableHash(const std::vector<uint64_t>& table) {
  return XXH3_64bits(table.data(), table.size() * sizeof(uint64_t));
}

// The table as names where the article's words name an entry: its words
// (sorted, so that Zstandard finds their common beginnings; with one bit
// each saying whether the word itself is an entry or only half of a pair),
// the pairs as two word indices, other strings, then the entries no name
// was found for (alias entities, template keys) in full, and a hash of the
// whole table, which tells damage from a good blob.
void WriteTable(const std::vector<uint64_t>& table,
                const std::vector<std::optional<TermName>>& names, Writer* w) {
  std::vector<std::string> words, strings;
  std::vector<std::pair<std::string, std::string>> pairs;
  std::vector<uint64_t> others;
  absl::flat_hash_map<std::string, bool> word_is_entry;
  for (size_t i = 0; i < table.size(); ++i) {
    if (!names[i]) {
      others.push_back(table[i]);
      continue;
    }
    const TermName& n = *names[i];
    switch (n.kind) {
      case TermName::kWord:
        word_is_entry[n.first] = true;
        break;
      case TermName::kPair:
        word_is_entry.try_emplace(n.first, false);
        word_is_entry.try_emplace(n.second, false);
        pairs.push_back({n.first, n.second});
        break;
      case TermName::kString:
        strings.push_back(n.first);
        break;
    }
  }
  for (const auto& [word, entry] : word_is_entry) words.push_back(word);
  std::sort(words.begin(), words.end());
  absl::flat_hash_map<std::string, uint64_t> index_of;
  for (size_t i = 0; i < words.size(); ++i) index_of[words[i]] = i;
  w->Varint(words.size());
  for (const std::string& word : words) w->String(word);
  std::string bits((words.size() + 7) / 8, '\0');
  for (size_t i = 0; i < words.size(); ++i) {
    if (word_is_entry[words[i]]) {
      bits[i / 8] = static_cast<char>(bits[i / 8] | (1 << (i % 8)));
    }
  }
  w->Bytes(bits);
  std::vector<std::pair<uint64_t, uint64_t>> pair_index;
  for (const auto& [a, b] : pairs) {
    pair_index.push_back({index_of[a], index_of[b]});
  }
  std::sort(pair_index.begin(), pair_index.end());
  w->Varint(pair_index.size());
  uint64_t previous = 0;
  for (const auto& [a, b] : pair_index) {
    w->Varint(a - previous);
    w->Varint(b);
    previous = a;
  }
  w->Varint(strings.size());
  for (const std::string& str : strings) w->String(str);
  w->Varint(others.size());
  for (uint64_t h : others) w->Raw(h);
  w->Raw(TableHash(table));
}

absl::StatusOr<std::vector<uint64_t>> ReadTable(Reader* r) {
  std::vector<std::string> words(r->Count());
  for (std::string& word : words) word = r->String();
  const std::string bits = r->Bytes((words.size() + 7) / 8);
  std::vector<uint64_t> table;
  for (size_t i = 0; i < words.size() && r->ok(); ++i) {
    if ((static_cast<uint8_t>(bits[i / 8]) >> (i % 8)) & 1) {
      table.push_back(TermHash(words[i]));
    }
  }
  const size_t pairs = r->Count();
  uint64_t a = 0;
  std::string pair;
  for (size_t i = 0; i < pairs && r->ok(); ++i) {
    a += r->Varint();
    const uint64_t b = r->Varint();
    if (a >= words.size() || b >= words.size()) {
      return absl::DataLossError("stored claims name a word they lack");
    }
    pair.assign(words[a]).append(" ").append(words[b]);
    table.push_back(TermHash(pair));
  }
  const size_t strings = r->Count();
  for (size_t i = 0; i < strings && r->ok(); ++i) {
    table.push_back(TermHash(r->String()));
  }
  const size_t others = r->Count();
  for (size_t i = 0; i < others && r->ok(); ++i) {
    table.push_back(r->Raw<uint64_t>());
  }
  const uint64_t hash = r->Raw<uint64_t>();
  if (!r->ok()) return absl::DataLossError("stored claims are cut short");
  std::sort(table.begin(), table.end());
  if (TableHash(table) != hash) {
    return absl::DataLossError(
        "stored claims' terms do not hash to what was stored");
  }
  return table;
}

}  // namespace

std::string ExtractionPayload(const ArticleExtraction& e,
                              const Article& article,
                              const std::vector<Span>& body) {
  const HashTable table = HashesOf(e);
  Writer w;
  WriteTable(table.hashes(), NamesOf(article, body, table), &w);
  std::vector<uint64_t> terms;
  terms.reserve(e.profile.terms.size());
  for (const auto& [term, count] : e.profile.terms) terms.push_back(term);
  w.Refs(terms, table);
  for (const auto& [term, count] : e.profile.terms) WriteCount(count, &w);
  w.Byte(e.profile.vietnamese ? 1 : 0);
  w.Signed(e.stats.claims_dropped);
  w.Signed(e.stats.sentences_over_limit);
  w.Signed(e.stats.first_sentence_drop);
  w.Signed(e.stats.article_limit_at);
  w.Varint(e.claims.size());
  for (size_t i = 0; i < e.claims.size(); ++i) {
    WriteClaim(e.claims[i], i == 0 ? nullptr : &e.claims[i - 1], table, &w);
  }
  return std::move(w.bytes());
}

namespace {

absl::StatusOr<ArticleExtraction> ParsePayload(absl::string_view payload) {
  Reader r(payload);
  absl::StatusOr<std::vector<uint64_t>> read = ReadTable(&r);
  if (!read.ok()) return read.status();
  const std::vector<uint64_t> table = *std::move(read);
  ArticleExtraction e;
  const std::vector<uint64_t> terms = r.Refs(table);
  e.profile.terms.reserve(terms.size());
  for (uint64_t term : terms) e.profile.terms.push_back({term, ReadCount(&r)});
  e.profile.vietnamese = r.Byte() != 0;
  e.stats.claims_dropped = r.Int();
  e.stats.sentences_over_limit = r.Int();
  e.stats.first_sentence_drop = r.Signed();
  e.stats.article_limit_at = r.Signed();
  e.claims.resize(r.Count());
  for (size_t i = 0; i < e.claims.size(); ++i) {
    e.claims[i] = ReadClaim(table, i == 0 ? Claim() : e.claims[i - 1], &r);
  }
  if (!r.ok()) return absl::DataLossError("stored claims are cut short");
  if (!r.done()) {
    return absl::DataLossError("stored claims have bytes after their end");
  }
  return e;
}

}  // namespace

std::string EncodeExtraction(const ArticleExtraction& extraction,
                             const Article& article,
                             const std::vector<Span>& body) {
  const std::string payload = ExtractionPayload(extraction, article, body);
  Writer header;
  header.Byte(kClaimsCodecVersion);
  header.Varint(payload.size());
  header.Raw(XXH3_64bits(payload.data(), payload.size()));
  return absl::StrCat(header.bytes(), ClaimsDictionary().Compress(payload));
}

absl::StatusOr<ArticleExtraction> DecodeExtraction(absl::string_view blob) {
  Reader header(blob);
  const uint8_t version = header.Byte();
  const uint64_t size = header.Varint();
  const uint64_t hash = header.Raw<uint64_t>();
  if (!header.ok() || version != kClaimsCodecVersion) {
    return absl::DataLossError(absl::StrCat(
        "stored claims have no header of layout ", kClaimsCodecVersion));
  }
  if (size > kMaxPayloadBytes) {
    return absl::DataLossError(
        absl::StrCat("stored claims declare ", size, " bytes"));
  }
  absl::StatusOr<std::string> payload =
      ClaimsDictionary().Decompress(header.rest(), size);
  if (!payload.ok()) {
    return absl::DataLossError(
        absl::StrCat("stored claims: ", payload.status().message()));
  }
  // Zstandard frames carry no checksum: a flipped bit could still decode.
  if (XXH3_64bits(payload->data(), payload->size()) != hash) {
    return absl::DataLossError("stored claims do not match their checksum");
  }
  return ParsePayload(*payload);
}

}  // namespace wirecheck
