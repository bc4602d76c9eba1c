#include "compare/frame.h"

#include <algorithm>
#include <cstring>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "compare/quantity.h"
#include "normalise/normalizer.h"
#include "xxhash.h"

namespace wirecheck {
namespace {

// Lexemes before a figure searched first, and at most, for its predicate.
constexpr int kNearPredicate = 3;
constexpr int kFarPredicate = 10;
// Content words read as a figure's subject noun phrase.
constexpr int kHeadWords = 6;
// An opening clause at most this long may be a fronted date.
constexpr int kFrontedDateLength = 6;

bool IsClausePunct(const Lexeme& l) {
  return l.kind == LexKind::kPunct &&
         (l.key == "," || l.key == ";" || l.key == ":" || l.key == "(" ||
          l.key == ")");
}

// Positions of every phrase of `table` in the sentence, in text order.
std::vector<std::pair<int, int>> Occurrences(const Scan& s, LexTable table) {
  std::vector<std::pair<int, int>> out;
  for (int k = s.first; k < s.last; ++k) {
    if (PhraseMatch m = s.Match(table, k)) out.push_back({k, m.tag});
  }
  return out;
}

Modality ModalityFromTag(const std::string& tag) {
  if (tag == "planned") return Modality::kPlanned;
  if (tag == "previous") return Modality::kPrevious;
  if (tag == "current") return Modality::kCurrent;
  if (tag == "conditional") return Modality::kConditional;
  return Modality::kStated;
}

// The nearest occurrence to [begin, end) within [lo, hi): after wins ties.
int Nearest(const std::vector<std::pair<int, int>>& occ, int begin, int end,
            int lo, int hi) {
  auto after =
      std::lower_bound(occ.begin(), occ.end(), std::make_pair(end, -1));
  int best = -1, best_distance = 1 << 30;
  if (after != occ.end() && after->first < hi) {
    best = static_cast<int>(after - occ.begin());
    best_distance = after->first - end;
  }
  auto before =
      std::lower_bound(occ.begin(), occ.end(), std::make_pair(begin, -1));
  if (before != occ.begin()) {
    --before;
    if (before->first >= lo && begin - 1 - before->first < best_distance) {
      best = static_cast<int>(before - occ.begin());
    }
  }
  return best;
}

// The term of a name word with its diacritics folded ("hòa" -> "@hoa").
// Folding takes four ICU passes and the same names recur in sentence after
// sentence, so each thread remembers the words it folded (a bounded
// number: the memo starts afresh past kFoldedNamesKept).
constexpr size_t kFoldedNamesKept = size_t{1} << 18;
uint64_t FoldedNameTerm(const std::string& key) {
  thread_local absl::flat_hash_map<std::string, uint64_t> memo;
  auto it = memo.find(key);
  if (it != memo.end()) return it->second;
  const uint64_t term = TermHash(FoldedName(key));
  if (memo.size() >= kFoldedNamesKept) memo.clear();
  memo.emplace(key, term);
  return term;
}

// The role_class.tsv entry of `role`; nullptr when it has none.
const LexTag* RoleClassTag(const Lexicon& lexicon, const std::string& role) {
  const int tag = lexicon.Find(LexTable::kRoleClass, role);
  return tag < 0 ? nullptr : &lexicon.Tag(LexTable::kRoleClass, tag);
}

}  // namespace

uint64_t TermHash(const std::string& folded) { return LexKeyHash(folded); }

std::string FoldedName(const std::string& key) {
  return "@" + NormalizeKey(key, /*fold_diacritics=*/true);
}

uint64_t WordPairTerm(const Lexeme& first, const Lexeme& second) {
  // Hashed from a stack buffer: pairs are made for most words of every
  // article, and a string per pair would be allocated only to be hashed.
  char joined[128];
  const size_t size = first.key.size() + 1 + second.key.size();
  if (size > sizeof(joined)) return TermHash(first.key + " " + second.key);
  std::memcpy(joined, first.key.data(), first.key.size());
  joined[first.key.size()] = ' ';
  std::memcpy(joined + first.key.size() + 1, second.key.data(),
              second.key.size());
  return LexKeyHash(absl::string_view(joined, size));
}

uint64_t EntityHash(int entity) {
  const std::string key = "#" + std::to_string(entity);
  return TermHash(key);
}

SentenceFrame::SentenceFrame(const Scan& scan, int window,
                             const AliasTable* aliases)
    : s_(scan), window_(window) {
  if (aliases != nullptr) entities_ = aliases->Find(s_.lx, s_.first, s_.last);
  ReadContentWords();
  const int n = s_.last - s_.first;
  clause_first_.resize(n);
  clause_last_.resize(n);
  int start = s_.first;
  for (int k = s_.first; k <= s_.last; ++k) {
    if (k < s_.last && !IsClausePunct(s_.lx[k])) continue;
    const int stop = std::min(k + 1, s_.last);
    for (int j = start; j < stop; ++j) {
      clause_first_[j - s_.first] = start;
      clause_last_[j - s_.first] = k;
    }
    start = k + 1;
  }
  provision_ = !Occurrences(s_, LexTable::kProvision).empty();
  events_ = Occurrences(s_, LexTable::kDateEvent);
  sessions_ = Occurrences(s_, LexTable::kSession);
  for (int k = s_.first; k < s_.last; ++k) {
    int minutes = 0;
    if (const int length = ClockAt(s_, k, &minutes)) {
      clocks_.push_back({k, minutes});
      k += length - 1;
    }
  }
  series_ = !Occurrences(s_, LexTable::kSeries).empty();
  const int opening_last = clause_last_[0];
  for (int k = s_.first;
       k < opening_last && k < s_.first + kFrontedDateLength &&
       !opening_background_;
       ++k) {
    opening_background_ = static_cast<bool>(s_.lexicon.Match(
        LexTable::kBackground, s_.lx, s_.seg, k, opening_last));
  }
  lost_stop_background_ = LostStopBackground();
}

int SentenceFrame::LostStopBackground() const {
  for (int k = s_.first + 1; k < s_.last; ++k) {
    const Lexeme& before = s_.lx[k - 1];
    const bool lower_before =
        (s_.IsWord(k - 1) && !before.capitalized) || s_.IsNumber(k - 1);
    if (s_.IsWord(k) && s_.lx[k].capitalized && lower_before &&
        s_.lexicon.Match(LexTable::kBackground, s_.lx, s_.seg, k, s_.last)) {
      return k;
    }
  }
  return s_.last;
}

void SentenceFrame::Clause(int begin, int end, int* first, int* last) const {
  *first = clause_first_[begin - s_.first];
  *last = std::max(clause_last_[std::max(begin, end - 1) - s_.first], end);
}

bool SentenceFrame::IsBoundaryWord(int k) const {
  const Lexeme& l = s_.lx[k];
  if (l.kind == LexKind::kNumber) return true;
  if (l.kind == LexKind::kPunct) return l.key != "-";
  return static_cast<bool>(s_.Match(LexTable::kClauseWord, k));
}

std::string SentenceFrame::Role(int begin, int end, int unit_first,
                                int role_window, int* at) const {
  // In order: a predicate inside or right after the counted noun ("12
  // người chết"), one right before the figure ("xuất khẩu 1 triệu tấn",
  // "killing 12"), then one further after, then one further before. An
  // increment word before the figure ("thêm 11 người nghi bị phơi nhiễm")
  // says only that there are more: a predicate further after says of what.
  *at = -1;
  const int from = unit_first >= 0 ? unit_first + 1 : end;
  std::string role = PredicateAfter(from, end, std::min(end + 2, s_.last), at);
  if (role.empty()) role = PredicateBefore(begin, kNearPredicate, at);
  if (role.empty() || IsIncrement(role)) {
    int after_at = -1;
    std::string after = PredicateAfter(
        from, end, std::min(end + role_window, s_.last), &after_at);
    if (!after.empty()) role = std::move(after), *at = after_at;
  }
  if (role.empty()) role = PredicateBefore(begin, kFarPredicate, at);
  return role;
}

std::string SentenceFrame::NearestPredicate(int begin, int end, int* at) const {
  *at = -1;
  int best = -1, best_distance = 0;
  for (int k = s_.first; k < s_.last; ++k) {
    if (k >= begin && k < end) continue;
    const PhraseMatch m = s_.Match(LexTable::kPredicate, k);
    if (!m) continue;
    const int distance = k < begin ? begin - (k + m.length) : k - end;
    if (best < 0 || distance < best_distance)
      best = k, best_distance = distance;
  }
  if (best < 0) return "";
  *at = best;
  return s_.Text(LexTable::kPredicate, s_.Match(LexTable::kPredicate, best));
}

bool SentenceFrame::IsIncrement(const std::string& role) const {
  const LexTag* t = RoleClassTag(s_.lexicon, role);
  return t != nullptr && t->text == "increment";
}

RoleClass RoleClassOf(const Lexicon& lexicon, const std::string& role,
                      std::string* default_unit) {
  const LexTag* t = RoleClassTag(lexicon, role);
  if (t == nullptr) return RoleClass::kEvent;
  *default_unit = t->extra;
  if (t->text == "toll") return RoleClass::kToll;
  if (t->text == "change") return RoleClass::kChange;
  if (t->text == "statement") return RoleClass::kStatement;
  return RoleClass::kEvent;
}

std::string SentenceFrame::PredicateAfter(int from, int end, int stop,
                                          int* at) const {
  for (int k = from; k < stop; ++k) {
    if (k >= end && IsBoundaryWord(k)) break;
    if (PhraseMatch m = s_.Match(LexTable::kPredicate, k)) {
      *at = k;
      return s_.Text(LexTable::kPredicate, m);
    }
  }
  return "";
}

std::string SentenceFrame::PredicateBefore(int begin, int reach,
                                           int* at) const {
  // "tăng 0,84 điểm (0,17%)": a bracketed figure restates the one before
  // it, so it takes that figure's predicate (numbers do not stop the scan).
  const bool bracketed = begin > s_.first && s_.lx[begin - 1].key == "(";
  for (int k = begin - 1 - bracketed; k >= s_.first && k >= begin - reach;
       --k) {
    const Lexeme& l = s_.lx[k];
    if (l.kind == LexKind::kNumber && !bracketed) break;
    if (l.kind == LexKind::kPunct && l.key != "-" &&
        !(bracketed && l.key == ",")) {
      break;
    }
    // The longest predicate ending here ("thu hút thêm" is attracted, not
    // added), else one starting here.
    PhraseMatch m = s_.MatchEndingAt(LexTable::kPredicate, k - 3, k + 1);
    if (!m) m = s_.lexicon.Match(LexTable::kPredicate, s_.lx, s_.seg, k, begin);
    if (m) {
      *at = k;
      return s_.Text(LexTable::kPredicate, m);
    }
  }
  return "";
}

std::string SentenceFrame::DateEvent(int begin, int end, int* at) const {
  *at = -1;
  int first, last;
  Clause(begin, end, &first, &last);
  int e = Nearest(events_, begin, end, first, last);
  if (e < 0) e = Nearest(events_, begin, end, s_.first, s_.last);
  if (e < 0) return "";
  *at = events_[e].first;
  return s_.lexicon.Text(LexTable::kDateEvent, events_[e].second);
}

Modality SentenceFrame::ModalityOf(int begin) const {
  if (provision_) return Modality::kRequested;
  // The nearest marker before the figure in its clause ("nâng công suất sân
  // bay Nội Bài lên 50 triệu"); a comparison between them ends the search
  // ("yếu hơn kỳ vọng với chỉ 148.000": the expectation is not the figure).
  const int lo = std::max(clause_first_[begin - s_.first], begin - window_);
  for (int k = begin - 1; k >= lo; --k) {
    if (s_.MatchEndingAt(LexTable::kRequest, k - 3, k + 1)) {
      return Modality::kRequested;
    }
    if (PhraseMatch m = s_.MatchEndingAt(LexTable::kModality, k - 3, k + 1)) {
      const std::string& tag = s_.Text(LexTable::kModality, m);
      if (tag == "barrier") return Modality::kStated;
      return ModalityFromTag(tag);
    }
  }
  // A plan or a condition opening the sentence ("Dự kiến các dự án mới ...
  // có số vốn khoảng 4,7 tỷ USD", "Nếu ...") holds for all of it, however
  // long. "Trước đó, ..." opening one only tells an earlier event, whose
  // figures are stated ones.
  if (lo > s_.first) {
    if (PhraseMatch m = s_.lexicon.Match(LexTable::kModality, s_.lx, s_.seg,
                                         s_.first, begin)) {
      const Modality opening = ModalityFromTag(s_.Text(LexTable::kModality, m));
      if (opening == Modality::kPlanned || opening == Modality::kConditional) {
        return opening;
      }
    }
  }
  return Modality::kStated;
}

std::string SentenceFrame::Period(int begin, int end) const {
  int first, last;
  Clause(begin, end, &first, &last);
  for (int k = begin - 1; k >= std::max(first, begin - window_); --k) {
    if (PhraseMatch m =
            s_.lexicon.Match(LexTable::kPeriod, s_.lx, s_.seg, k, begin)) {
      return s_.Text(LexTable::kPeriod, m);
    }
  }
  for (int k = end; k < std::min(last, end + window_); ++k) {
    if (PhraseMatch m = s_.Match(LexTable::kPeriod, k)) {
      return s_.Text(LexTable::kPeriod, m);
    }
  }
  // A fronted opening clause ("Trong chín tháng đầu năm, ...") sets the
  // period of the whole sentence.
  if (first == s_.first) return "";
  const int opening_last = clause_last_[0];
  for (int k = s_.first; k < std::min(opening_last, s_.first + window_); ++k) {
    if (PhraseMatch m = s_.lexicon.Match(LexTable::kPeriod, s_.lx, s_.seg, k,
                                         opening_last)) {
      return s_.Text(LexTable::kPeriod, m);
    }
  }
  return "";
}

std::string SentenceFrame::Goods(int end, const std::string& unit_class) const {
  if (!s_.lexicon.Contains(LexTable::kMeasure, unit_class)) return "";
  int k = end;
  if (s_.Is(k, "of")) ++k;
  if (!s_.IsWord(k) || s_.Match(LexTable::kStopWord, k) ||
      s_.Match(LexTable::kDurationUnit, k) || s_.Match(LexTable::kPerItem, k)) {
    return "";
  }
  return s_.lx[k].key;
}

std::string SentenceFrame::Tail(int end) const {
  std::string tail;
  for (int k = end; k < s_.last && k < end + 3; ++k) {
    if (!s_.IsWord(k)) break;
    if (k > end && s_.Match(LexTable::kClauseWord, k)) break;
    if (!tail.empty()) tail += ' ';
    tail += s_.lx[k].key;
  }
  return tail;
}

bool SentenceFrame::PerItem(int begin, int end) const {
  const int lo = std::max(clause_first_[begin - s_.first], begin - window_);
  for (int k = lo; k < begin; ++k) {
    if (s_.lexicon.Match(LexTable::kPerItem, s_.lx, s_.seg, k, begin)) {
      return true;
    }
  }
  for (int k = end; k < s_.last && k < end + 2; ++k) {
    if (s_.Is(k, "/")) return true;
    if (s_.Match(LexTable::kPerItem, k)) return true;
  }
  return false;
}

std::string SentenceFrame::Session(int begin) const {
  // A time of day is the finest session ("Đến 13 giờ ngày 11/6, vị trí
  // tâm áp thấp ..." is one reading of a storm's track).
  if (!clocks_.empty()) {
    auto at = std::lower_bound(clocks_.begin(), clocks_.end(),
                               std::make_pair(begin, -1));
    if (at != clocks_.begin()) --at;
    return absl::StrFormat("%02d:%02d", at->second / 60, at->second % 60);
  }
  if (sessions_.empty()) return "";
  auto at = std::lower_bound(sessions_.begin(), sessions_.end(),
                             std::make_pair(begin, -1));
  if (at != sessions_.begin()) --at;  // The nearest before, else the first.
  return s_.lexicon.Text(LexTable::kSession, at->second);
}

Anchor SentenceFrame::AnchorOf(int begin, int end,
                               const std::vector<DatePlace>& dates,
                               const DateParts& published_day) const {
  Anchor a;
  int first, last;
  Clause(begin, end, &first, &last);
  const int opening_last = clause_last_[0];
  int best_distance = 1 << 30;
  // A short opening clause that is a date ("Ngày 8/3, ...") dates the whole
  // sentence; a long one is a clause of its own.
  const bool opening_is_date = opening_last - s_.first <= kFrontedDateLength;
  for (const DatePlace& d : dates) {
    if (d.begin < end && begin < d.end) continue;
    const bool in_clause = d.begin >= first && d.end <= last;
    const bool fronted =
        first != s_.first && opening_is_date && d.end <= opening_last;
    if (!in_clause && !fronted) continue;
    const int distance = d.begin >= end ? d.begin - end : begin - d.end;
    if (distance < best_distance) {
      best_distance = distance;
      a.from = d.from, a.to = d.to;
    }
  }
  // A cue before the figure ("Hồi tháng 2 vừa qua, ... 6,4 độ richter") or
  // after it in its clause ("4 tên lửa ... hồi tháng Ba").
  // A cue after a lost full stop belongs to the next sentence.
  const int lo = std::max(first, begin - window_);
  const int hi = std::min(
      {last, end + window_,
       begin < lost_stop_background_ ? lost_stop_background_ : s_.last});
  for (int k = lo; k < hi && !a.background; ++k) {
    if (k >= begin && k < end) continue;
    a.background = static_cast<bool>(s_.lexicon.Match(
        LexTable::kBackground, s_.lx, s_.seg, k, k < begin ? begin : hi));
  }
  if (first != s_.first) a.background |= opening_background_;
  if (begin >= lost_stop_background_) a.background = true;
  // A date a month or more before publication is another, earlier event.
  if (a.dated() && a.to.complete() && published_day.complete()) {
    const absl::CivilDay to(a.to.year, a.to.month, a.to.day);
    const absl::CivilDay pub(published_day.year, published_day.month,
                             published_day.day);
    if (pub - to > 30) a.background = true;
  }
  if (series_) a.session = Session(begin);
  return a;
}

std::string SentenceFrame::Subject(int begin, uint64_t* term) const {
  *term = 0;
  const int lo = std::max(clause_first_[begin - s_.first], begin - window_);
  int k = begin - 1;
  // "Trần Ngọc Hiếu (16 tuổi)", "(Hiếu, 14 tuổi)": the name may be just
  // outside the figure's own clause.
  while (k >= s_.first && s_.IsPunct(k) &&
         (s_.lx[k].key == "(" || s_.lx[k].key == ",")) {
    --k;
  }
  const int from = std::min(lo, k);
  for (; k >= from && k >= s_.first; --k) {
    if (!IsNameWord(k)) continue;
    // The whole name: capitalised words running back from here, the
    // sentence's first word included ("Hoa Phat Group posted ...").
    int start = k;
    while (start - 1 >= s_.first && s_.IsWord(start - 1) &&
           s_.lx[start - 1].capitalized &&
           !s_.Match(LexTable::kTitleWord, start - 1)) {
      --start;
    }
    std::string name;
    for (int j = start; j <= k; ++j) {
      if (!name.empty()) name += ' ';
      name += s_.lx[j].key;
    }
    name = NormalizeKey(name, /*fold_diacritics=*/true);
    *term = s_.lx[k].key_hash;
    // A name overlapping an alias is that entity ("Chủ tịch Kim Jong Un").
    for (const AliasMatch& m : entities_) {
      if (m.first <= k && start < m.last) *term = EntityHash(m.entity);
    }
    return name;
  }
  return "";
}

// A word of a name: capitalised and not a title, and not merely the first
// word of the sentence unless written in capitals ("MBB", "FPT"). A
// capitalised function word inside a sentence starts a sentence whose full
// stop the scrape lost ("... 27 quái xế Trước đó trong đêm 18 và 19/9").
bool SentenceFrame::IsNameWord(int k) const {
  if (!s_.IsWord(k) || !s_.lx[k].capitalized || teller_[k - s_.first] ||
      s_.Match(LexTable::kTitleWord, k) || s_.Match(LexTable::kStopWord, k)) {
    return false;
  }
  return k != s_.first || s_.lx[k].upper;
}

std::vector<uint64_t> SentenceFrame::Head(int begin, int predicate) const {
  // A bracketed figure restates the one before it ("20,1 nghìn tỷ yên
  // (108,9 tỷ USD)"): its subject is that figure's.
  if (begin - 1 > s_.first && s_.Is(begin - 1, "(")) {
    int k = begin - 2;
    while (k > s_.first &&
           (s_.IsNumber(k) || s_.Match(LexTable::kScale, k) ||
            s_.Match(LexTable::kCurrency, k) || s_.Match(LexTable::kUnit, k))) {
      --k;
    }
    if (k < begin - 2) begin = k + 1;
  }
  int k = begin - 1;
  if (predicate >= 0 && predicate < begin) {
    // A predicate before the figure is found by its last word ("kéo
    // dài"): none of its words is the subject's.
    const PhraseMatch m =
        s_.MatchEndingAt(LexTable::kPredicate, predicate - 3, predicate + 1);
    k = predicate - std::max(1, m.length);
  }
  int lo = std::max(clause_first_[begin - s_.first], begin - 2 * window_);
  // Past the copula, qualifiers and modality right before: "ước đạt",
  // "là", "hơn", "dự kiến".
  while (k >= lo) {
    if (PhraseMatch m = s_.MatchEndingAt(LexTable::kCopula, k - 2, k + 1)) {
      k -= m.length;
    } else if (PhraseMatch q =
                   s_.MatchEndingAt(LexTable::kQualifier, k - 3, k + 1)) {
      k -= q.length;
    } else if (s_.IsWord(k) && s_.Match(LexTable::kStopWord, k)) {
      --k;
    } else {
      break;
    }
  }
  // A clause that opens with its predicate ("Mã SHB được mua nhiều nhất,
  // chiếm 28,1%") takes its subject from the clause before.
  if (k < lo && lo - 1 > s_.first && s_.IsPunct(lo - 1) &&
      s_.lx[lo - 1].key == ",") {
    k = lo - 2;
    lo = std::max(clause_first_[k - s_.first], begin - 2 * window_);
  }
  std::vector<uint64_t> out;
  for (; k >= lo && static_cast<int>(out.size()) < kHeadWords; --k) {
    if (s_.IsNumber(k) && out.empty()) continue;  // "năm 2013 ước đạt"
    if (!s_.IsWord(k)) break;
    if (IsContentWord(k)) out.push_back(s_.lx[k].key_hash);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<uint64_t> SentenceFrame::Terms(int begin, int end,
                                           int max_terms) const {
  // Walk outwards from the figure, nearest words first; a word and the
  // content word before it also give their pair ("mưa đá" is not "mưa
  // lớn").
  std::vector<uint64_t> out;
  for (int d = 1; static_cast<int>(out.size()) < max_terms; ++d) {
    const int before = begin - d, after = end - 1 + d;
    if (before < s_.first && after >= s_.last) break;
    for (int k : {before, after}) {
      if (k < s_.first || k >= s_.last) continue;
      AddTerm(k, s_.first, &out);
    }
  }
  for (const AliasMatch& m : entities_) out.push_back(EntityHash(m.entity));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<uint64_t> SentenceFrame::LocalTerms(int begin, int end,
                                                int reach) const {
  int first, last;
  Clause(begin, end, &first, &last);
  std::vector<uint64_t> out;
  const int lo = std::max(first, begin - reach);
  const int hi = std::min(last, end + reach);
  for (int k = lo; k < hi; ++k) {
    if (k >= begin && k < end) continue;
    AddTerm(k, k >= end ? end : lo, &out);
  }
  for (const AliasMatch& m : entities_) {
    if (m.last > lo && m.first < hi) out.push_back(EntityHash(m.entity));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

uint64_t SentenceFrame::TemplateKey(int begin, int end) const {
  int first, last;
  Clause(begin, end, &first, &last);
  std::vector<uint64_t> words;
  for (int k = std::max(first, begin - 2 * window_);
       k < std::min(last, end + 2 * window_); ++k) {
    if ((k < begin || k >= end) && IsContentWord(k)) {
      words.push_back(s_.lx[k].key_hash);
    }
  }
  // A clause of the figure alone ("(SN 1999)", "(24 tuổi)") has no words
  // to recur: it is no template, whatever figures other clauses hold (its
  // kind and unit are in ClauseOf).
  if (words.empty()) return 0;
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  const uint64_t key =
      XXH3_64bits(words.data(), words.size() * sizeof(uint64_t));
  return key == 0 ? 1 : key;
}

std::vector<uint64_t> SentenceFrame::Names() const {
  const int first = s_.first, last = s_.last;
  std::vector<uint64_t> out;
  std::vector<bool> in_alias(last - first, false);
  for (const AliasMatch& m : entities_) {
    if (m.last <= first || m.first >= last) continue;
    out.push_back(EntityHash(m.entity));
    for (int k = std::max(m.first, first); k < std::min(m.last, last); ++k) {
      in_alias[k - first] = true;
    }
  }
  for (int k = first; k < last; ++k) {
    if (!in_alias[k - first] && IsNameWord(k) && s_.lx[k].key.size() >= 2) {
      out.push_back(s_.lx[k].key_hash);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<uint64_t> SentenceFrame::Entities() const {
  std::vector<uint64_t> out;
  for (const AliasMatch& m : entities_) out.push_back(EntityHash(m.entity));
  // Other names with their diacritics folded: "Hòa Phát" meets "Hoa Phat"
  // (names of the alias table meet through their entity).
  std::vector<bool> in_alias(s_.last - s_.first, false);
  for (const AliasMatch& m : entities_) {
    for (int k = m.first; k < m.last; ++k) in_alias[k - s_.first] = true;
  }
  for (int k = s_.first; k < s_.last; ++k) {
    if (!in_alias[k - s_.first] && IsNameWord(k) && s_.lx[k].key.size() >= 2) {
      out.push_back(FoldedNameTerm(s_.lx[k].key));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool SentenceFrame::IsContentWord(int k) const {
  return s_.In(k) && content_[k - s_.first];
}

void SentenceFrame::AddTerm(int k, int from, std::vector<uint64_t>* out) const {
  if (!IsContentWord(k)) return;
  out->push_back(s_.lx[k].key_hash);
  if (k - 1 >= from && IsContentWord(k - 1)) {
    out->push_back(pair_terms_[k - s_.first]);
  }
}

// A wire agency's name in an article's sentence is its dateline or credit
// ("LIMA (Reuters) -", "(AP) —", "Theo TTXVN"): two articles of one event
// name different agencies, so read as a name it made them two events. A
// short name must be written in capitals ("AP", not "Ap Bac").
void SentenceFrame::ReadTellers() {
  teller_.assign(s_.last - s_.first, false);
  for (int k = s_.first; k < s_.last; ++k) {
    const PhraseMatch m = s_.Match(LexTable::kTeller, k);
    if (!m) continue;
    if (m.length == 1 && s_.lx[k].key.size() <= 3 && !s_.lx[k].upper) continue;
    for (int j = k; j < k + m.length && j < s_.last; ++j) {
      teller_[j - s_.first] = true;
    }
  }
}

void SentenceFrame::ReadContentWords() {
  ReadTellers();
  const int n = s_.last - s_.first;
  content_.assign(n, false);
  pair_terms_.assign(n, 0);
  for (int k = s_.first; k < s_.last; ++k) {
    content_[k - s_.first] = s_.IsWord(k) && !teller_[k - s_.first] &&
                             !s_.Match(LexTable::kStopWord, k);
    if (k > s_.first && content_[k - s_.first] && content_[k - 1 - s_.first]) {
      pair_terms_[k - s_.first] = WordPairTerm(s_.lx[k - 1], s_.lx[k]);
    }
  }
}

}  // namespace wirecheck
