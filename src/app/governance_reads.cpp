#include "app/governance_reads.h"

#include <algorithm>
#include <set>

#include "domain/failure.h"
#include "storage/body_store.h"
#include "storage/case_store.h"
#include "storage/meeting_store.h"

namespace fremdrift {

std::vector<Body> AllBodies(SqlConnection& conn) { return BodyStore(conn).List(); }

std::map<int64_t, Body> BodiesById(SqlConnection& conn) {
  std::map<int64_t, Body> out;
  for (auto& b : BodyStore(conn).List()) out.emplace(b.id, std::move(b));
  return out;
}

std::optional<Body> FindBody(SqlConnection& conn, const std::string& key) { return BodyStore(conn).FindByKey(key); }

Body BodyByKey(SqlConnection& conn, const std::string& key) {
  auto b = FindBody(conn, key);
  if (!b) throw Failure(FailureCode::kNotFound, "no body '" + key + "'");
  return *b;
}

Body BodyById(SqlConnection& conn, int64_t id) {
  auto b = BodyStore(conn).FindById(id);
  if (!b) throw Failure(FailureCode::kNotFound, "no body with id " + std::to_string(id));
  return *b;
}

std::vector<Meeting> Meetings(SqlConnection& conn, std::optional<int64_t> body_id, std::optional<int> year) {
  return MeetingStore(conn).List(body_id, year);
}

std::map<int64_t, Meeting> MeetingsById(SqlConnection& conn) {
  std::map<int64_t, Meeting> out;
  for (auto& m : MeetingStore(conn).List()) out.emplace(m.id, std::move(m));
  return out;
}

std::optional<Meeting> FindMeetingById(SqlConnection& conn, int64_t id) { return MeetingStore(conn).FindById(id); }

Meeting MeetingById(SqlConnection& conn, int64_t id) {
  auto m = FindMeetingById(conn, id);
  if (!m) throw Failure(FailureCode::kNotFound, "no meeting with id " + std::to_string(id));
  return *m;
}

std::optional<Case> FindCaseById(SqlConnection& conn, int64_t id) { return CaseStore(conn).FindById(id); }

Case CaseById(SqlConnection& conn, int64_t id) {
  auto c = FindCaseById(conn, id);
  if (!c) throw Failure(FailureCode::kNotFound, "no case with id " + std::to_string(id));
  return *c;
}

Case SeenCase(SqlConnection& conn, Visibility& seen, int64_t id) { return seen.Seen(CaseById(conn, id)); }

std::vector<Case> SeenCases(SqlConnection& conn, Visibility& seen, std::optional<int64_t> body_id) {
  std::vector<Case> out;
  for (auto& c : CaseStore(conn).List(body_id)) out.push_back(seen.Seen(std::move(c)));
  return out;
}

std::vector<Case> FirstSeenCases(SqlConnection& conn, Visibility& seen,
                                 const std::function<bool(const Case&, const Case&)>& before,
                                 const std::function<bool(const Case&)>& wanted, size_t limit) {
  std::vector<Case> all = CaseStore(conn).List(std::nullopt);
  std::stable_sort(all.begin(), all.end(), before);
  // The indicators the first cases link to, learnt in one statement rather
  // than one each (the home page shows three cases to the public; a
  // signed-in reader sees every link without a read).
  std::set<std::string> indicators;
  for (size_t i = 0; i < all.size() && i < limit && !seen.viewer().signed_in(); ++i) {
    for (const auto& link : all[i].links) {
      if (link.kind == "indicator") indicators.insert(link.reference);
    }
  }
  seen.LearnIndicators(indicators);
  std::vector<Case> out;
  for (auto& c : all) {
    if (out.size() == limit) break;
    Case s = seen.Seen(std::move(c));
    if (wanted(s)) out.push_back(std::move(s));
  }
  return out;
}

std::vector<Case> SeenCasesLinkedTo(SqlConnection& conn, Visibility& seen, const CaseLink& link) {
  std::vector<Case> out;
  if (!seen.LinkSeen(link)) return out;
  for (auto& c : CaseStore(conn).LinkedTo(link.kind, link.reference)) out.push_back(seen.Seen(std::move(c)));
  return out;
}

}  // namespace fremdrift
