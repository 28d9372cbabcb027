// The follow-up actions of decisions in the database, with their links.
// Organisations are stored by id and read by short name. Updates are
// optimistic (kConflict for a stale version).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/follow_up_action.h"
#include "storage/sql_connection.h"

namespace fremdrift {

class FollowUpStore {
 public:
  explicit FollowUpStore(SqlConnection& conn) : conn_(conn) {}

  // Every action, by case and position.
  std::vector<FollowUpAction> List();
  // The actions of one case, in order.
  std::vector<FollowUpAction> OfCase(int64_t case_id);
  // The actions an organisation (short name) is responsible for.
  std::vector<FollowUpAction> OfOrganisation(const std::string& short_name);
  // The actions with a link of this kind and reference.
  std::vector<FollowUpAction> LinkedTo(const std::string& kind, const std::string& reference);
  // The actions that `case_id` brought back.
  std::vector<FollowUpAction> BroughtBackBy(int64_t case_id);
  std::optional<FollowUpAction> FindById(int64_t id);

  // Inserts `a` last among its case's actions; kInvalid (field
  // "organisation") for an unknown organisation. Returns the new id.
  int64_t Insert(const FollowUpAction& a);
  void Update(const FollowUpAction& a);
  void Delete(int64_t id, std::optional<int64_t> expected_version);

 private:
  std::vector<FollowUpAction> Select(const std::string& where, const SqlParams& params);
  int64_t OrganisationId(const std::string& short_name);
  void WriteLinks(int64_t id, const std::vector<CaseLink>& links);
  SqlConnection& conn_;
};

}  // namespace fremdrift
