#include "compare/copies.h"

#include <map>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "compare/classify.h"

namespace wirecheck {
namespace {

// Differing values that make a pair of articles a filled template.
// Words compared on each side of a changed value.
constexpr int kContextWords = 6;

// Up to `n` words of `sentence` just before (or after) `span`, lower-cased,
// punctuation dropped: the words a copy kept around a value it changed.
std::vector<std::string> ContextWords(absl::string_view text, Span sentence,
                                      Span span, bool before, int n) {
  const absl::string_view side =
      before ? text.substr(sentence.begin, span.begin - sentence.begin)
             : text.substr(span.end, sentence.end - span.end);
  std::vector<std::string> words;
  for (absl::string_view w : absl::StrSplit(
           side, absl::ByAnyChar(" \t\n,.;:()\"'“”"), absl::SkipEmpty())) {
    words.push_back(absl::AsciiStrToLower(w));
  }
  if (static_cast<int>(words.size()) > n) {
    words = before ? std::vector<std::string>(words.end() - n, words.end())
                   : std::vector<std::string>(words.begin(), words.begin() + n);
  }
  return words;
}

// The digit runs of the sentence outside the value ("567/TTg-NN" gives 567).
std::vector<absl::string_view> OtherNumbers(absl::string_view text,
                                            const Claim& c) {
  std::vector<absl::string_view> out;
  for (Span part : {Span{c.sentence.begin, c.span.begin},
                    Span{c.span.end, c.sentence.end}}) {
    const absl::string_view t = part.Of(text);
    size_t k = 0;
    while (k < t.size()) {
      if (!absl::ascii_isdigit(static_cast<unsigned char>(t[k]))) {
        ++k;
        continue;
      }
      const size_t start = k;
      while (k < t.size() &&
             absl::ascii_isdigit(static_cast<unsigned char>(t[k]))) {
        ++k;
      }
      out.push_back(t.substr(start, k - start));
    }
  }
  return out;
}

// The copy changed this value and nothing around it: the six words on each
// side are the same ("Tổng mức đầu tư cho toàn công trình là 242 tỉ"
// rewritten as "Tổng mức chi phí xây lắp cho toàn công trình là 170 tỉ" is
// another figure, not an altered one), and every other number of the
// sentence is kept (a sentence whose other figures changed too is a
// template filled again: another certificate, another bulletin).
bool ChangedInPlace(const std::vector<Article>& arts, const Claim& a,
                    const Claim& b) {
  const absl::string_view ta = arts[a.doc].text, tb = arts[b.doc].text;
  if (absl::AsciiStrToLower(a.span.Of(ta)) ==
      absl::AsciiStrToLower(b.span.Of(tb))) {
    return false;  // Same words read differently ("2/11" against two
                   // publication dates): not a change.
  }
  return ContextWords(ta, a.sentence, a.span, true, kContextWords) ==
             ContextWords(tb, b.sentence, b.span, true, kContextWords) &&
         ContextWords(ta, a.sentence, a.span, false, kContextWords) ==
             ContextWords(tb, b.sentence, b.span, false, kContextWords) &&
         OtherNumbers(ta, a) == OtherNumbers(tb, b);
}

// A year moved in a reused text ("báo cáo năm 2016" -> "năm 2017") is last
// year's article brought up to date far more often than an altered fact.
bool YearOnlyChange(const Claim& a, const Claim& b) {
  auto year_only = [](const Claim& c) {
    return c.kind == ClaimKind::kDate && c.from.month == 1 && c.from.day == 1 &&
           c.to.month == 12 && c.to.day == 31 && c.from.year == c.to.year;
  };
  return year_only(a) && year_only(b);
}

std::vector<int> ClaimsIn(const std::vector<Claim>& claims,
                          const std::vector<int>& of_doc, Span span) {
  std::vector<int> out;
  for (int i : of_doc) {
    const Claim& c = claims[i];
    if (c.span.begin >= span.begin && c.span.end <= span.end) out.push_back(i);
  }
  return out;
}

// Pairs the claims of one passage in order within each kind; appends the
// values changed in place and counts every paired value that differs.
void ComparePassage(const std::vector<Article>& arts,
                    const std::vector<Claim>& claims,
                    const std::vector<std::vector<int>>& by_doc,
                    const CopiedPassage& p, const ClassifyOptions& opt,
                    std::vector<ChangedValue>* changed, int* differing) {
  const std::vector<int> src = ClaimsIn(claims, by_doc[p.source_doc], p.source);
  const std::vector<int> cpy = ClaimsIn(claims, by_doc[p.copy_doc], p.copy);
  for (ClaimKind kind :
       {ClaimKind::kDate, ClaimKind::kNumber, ClaimKind::kMoney,
        ClaimKind::kPercent, ClaimKind::kDuration, ClaimKind::kAge,
        ClaimKind::kRank, ClaimKind::kScore, ClaimKind::kTime}) {
    std::vector<int> s, c;
    for (int x : src)
      if (claims[x].kind == kind) s.push_back(x);
    for (int x : cpy)
      if (claims[x].kind == kind) c.push_back(x);
    if (s.size() != c.size()) continue;
    for (size_t k = 0; k < s.size(); ++k) {
      const Claim& a = claims[s[k]];
      const Claim& b = claims[c[k]];
      const Relation r = Relate(a, b);
      if (r != Relation::kEqual && r != Relation::kIncomparable) ++*differing;
      if (r != Relation::kDisjoint) continue;
      if (kind != ClaimKind::kDate &&
          (a.unit_class.empty() || a.unit_class != b.unit_class)) {
        continue;
      }
      if (NearMiss(a, b, opt) || YearOnlyChange(a, b)) continue;
      // A series read again (today's price, another region's
      // temperature), a template filled again, or a legal provision quoted
      // for another offence is a new text, not an altered fact.
      if (a.series || b.series || a.role_class == RoleClass::kChange ||
          a.role_class == RoleClass::kStatement ||
          b.role_class == RoleClass::kStatement || a.templated || b.templated ||
          a.modality == Modality::kRequested ||
          b.modality == Modality::kRequested ||
          a.modality == Modality::kConditional ||
          b.modality == Modality::kConditional) {
        continue;
      }
      if (!ChangedInPlace(arts, a, b)) continue;
      changed->push_back({s[k], c[k]});
    }
  }
}

}  // namespace

std::vector<ChangedValue> ChangedInCopies(
    const std::vector<Article>& articles, const std::vector<Claim>& claims,
    const std::vector<std::vector<int>>& by_doc,
    const std::vector<CopiedPassage>& passages, const ClassifyOptions& opt) {
  std::map<std::pair<int, int>, std::vector<const CopiedPassage*>> by_pair;
  for (const CopiedPassage& p : passages) {
    by_pair[{p.source_doc, p.copy_doc}].push_back(&p);
  }
  std::vector<ChangedValue> out;
  for (const auto& [docs, list] : by_pair) {
    std::vector<ChangedValue> changed;
    int differing = 0;
    for (const CopiedPassage* p : list) {
      ComparePassage(articles, claims, by_doc, *p, opt, &changed, &differing);
    }
    if (differing >= opt.copy_template_changes) continue;
    out.insert(out.end(), changed.begin(), changed.end());
  }
  return out;
}

}  // namespace wirecheck
