#include "storage/follow_up_store.h"

#include <map>

#include "domain/failure.h"

namespace fremdrift {
namespace {

constexpr const char* kFollowUpColumns =
    "SELECT a.id, a.case_id, a.description, o.short_name, a.due_date, a.to_meeting, a.to_body_id, a.state, "
    "a.state_reason, a.brought_back_case_id, a.source, a.version FROM follow_up_actions a "
    "JOIN organisations o ON o.id = a.organisation_id ";

}  // namespace

std::vector<FollowUpAction> FollowUpStore::Select(const std::string& where, const SqlParams& params) {
  std::vector<FollowUpAction> out;
  for (const auto& r : conn_.Query(kFollowUpColumns + where + " ORDER BY a.case_id, a.position, a.id", params)) {
    FollowUpAction a;
    a.id = r.Int(0);
    a.case_id = r.Int(1);
    a.description = r.Text(2);
    a.organisation = r.Text(3);
    if (!r.IsNull(4)) a.due = Date::Parse(r.Text(4));
    a.to_meeting = r.Int(5) != 0;
    if (!r.IsNull(6)) a.to_body_id = r.Int(6);
    a.state = ActionStateFromKey(r.Text(7)).value_or(ActionState::kOpen);
    a.state_reason = r.Text(8);
    if (!r.IsNull(9)) a.brought_back_case_id = r.Int(9);
    a.source = r.Text(10);
    a.version = r.Int(11);
    out.push_back(std::move(a));
  }
  if (out.empty()) return out;
  std::map<int64_t, FollowUpAction*> by_id;
  std::string ids;
  for (auto& a : out) {
    by_id[a.id] = &a;
    ids += (ids.empty() ? "" : ",") + std::to_string(a.id);
  }
  for (const auto& r : conn_.Query("SELECT action_id, kind, reference FROM follow_up_links WHERE action_id IN (" +
                                   ids + ") ORDER BY action_id, position")) {
    by_id[r.Int(0)]->links.push_back({r.Text(1), r.Text(2)});
  }
  return out;
}

std::vector<FollowUpAction> FollowUpStore::List() { return Select("", {}); }

std::vector<FollowUpAction> FollowUpStore::OfCase(int64_t case_id) { return Select("WHERE a.case_id = ?", {case_id}); }

std::vector<FollowUpAction> FollowUpStore::OfOrganisation(const std::string& short_name) {
  return Select("WHERE o.short_name = ?", {short_name});
}

std::vector<FollowUpAction> FollowUpStore::LinkedTo(const std::string& kind, const std::string& reference) {
  return Select("WHERE a.id IN (SELECT action_id FROM follow_up_links WHERE kind = ? AND reference = ?)",
                {kind, reference});
}

std::vector<FollowUpAction> FollowUpStore::BroughtBackBy(int64_t case_id) {
  return Select("WHERE a.brought_back_case_id = ?", {case_id});
}

std::optional<FollowUpAction> FollowUpStore::FindById(int64_t id) {
  auto found = Select("WHERE a.id = ?", {id});
  if (found.empty()) return std::nullopt;
  return found[0];
}

int64_t FollowUpStore::OrganisationId(const std::string& short_name) {
  auto rows = conn_.Query("SELECT id FROM organisations WHERE short_name = ?", {short_name});
  if (rows.empty()) {
    throw Failure::Invalid(FieldProblem{"organisation", "no organisation with short name '" + short_name + "'",
                                        "unknown_organisation", {{"organisation", short_name}}});
  }
  return rows[0].Int(0);
}

void FollowUpStore::WriteLinks(int64_t id, const std::vector<CaseLink>& links) {
  conn_.Execute("DELETE FROM follow_up_links WHERE action_id = ?", {id});
  int64_t pos = 0;
  for (const auto& l : links) {
    conn_.Execute("INSERT INTO follow_up_links (action_id, position, kind, reference) VALUES (?, ?, ?, ?)",
                  {id, pos++, l.kind, l.reference});
  }
}

namespace {

SqlParams Values(const FollowUpAction& a, int64_t organisation_id) {
  return {a.description,
          organisation_id,
          a.due ? SqlValue(a.due->ToIso()) : SqlValue(nullptr),
          static_cast<int64_t>(a.to_meeting ? 1 : 0),
          a.to_body_id ? SqlValue(*a.to_body_id) : SqlValue(nullptr),
          std::string(ActionStateKey(a.state)),
          a.state_reason,
          a.brought_back_case_id ? SqlValue(*a.brought_back_case_id) : SqlValue(nullptr),
          a.source};
}

}  // namespace

int64_t FollowUpStore::Insert(const FollowUpAction& a) {
  SqlParams p{a.case_id};
  for (auto& v : Values(a, OrganisationId(a.organisation))) p.push_back(std::move(v));
  p.push_back(a.case_id);
  int64_t id = conn_.Query(
                        "INSERT INTO follow_up_actions (case_id, description, organisation_id, due_date, to_meeting, "
                        "to_body_id, state, state_reason, brought_back_case_id, source, position) VALUES "
                        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM "
                        "follow_up_actions WHERE case_id = ?)) RETURNING id",
                        p)
                   .at(0)
                   .Int(0);
  WriteLinks(id, a.links);
  return id;
}

void FollowUpStore::Update(const FollowUpAction& a) {
  SqlParams p = Values(a, OrganisationId(a.organisation));
  p.push_back(a.id);
  p.push_back(a.version);
  int64_t n = conn_.Execute(
      "UPDATE follow_up_actions SET description = ?, organisation_id = ?, due_date = ?, to_meeting = ?, "
      "to_body_id = ?, state = ?, state_reason = ?, brought_back_case_id = ?, source = ?, version = version + 1 "
      "WHERE id = ? AND version = ?",
      p);
  if (n == 0) {
    throw Failure(FailureCode::kConflict,
                  "the action was changed by someone else: you sent version " + std::to_string(a.version) +
                      "; reload it",
                  "version");
  }
  WriteLinks(a.id, a.links);
}

void FollowUpStore::Delete(int64_t id, std::optional<int64_t> expected_version) {
  auto current = FindById(id);
  if (!current) throw Failure(FailureCode::kNotFound, "no follow-up action with id " + std::to_string(id));
  if (expected_version && *expected_version != current->version) {
    throw Failure(FailureCode::kConflict, "the action was changed by someone else; reload it", "version");
  }
  conn_.Execute("DELETE FROM follow_up_links WHERE action_id = ?", {id});
  conn_.Execute("DELETE FROM follow_up_actions WHERE id = ?", {id});
}

}  // namespace fremdrift
