#include "app/bundle.h"
#include "domain/plan_tree.h"
#include "formats/plan_json.h"
#include "storage/organisation_store.h"
#include "storage/plan_item_store.h"
#include "storage/strategy_store.h"
#include "storage/user_store.h"

namespace fremdrift {

std::string ExportBundle(SqlConnection& conn) {
  Json doc;
  doc["format"] = "fremdrift-bundle";
  doc["version"] = 1;
  OrganisationStore orgs(conn);
  doc["organisations"] = Json::array();
  for (const auto& o : orgs.List()) doc["organisations"].push_back(OrganisationToJson(o));
  doc["user_groups"] = Json::array();
  for (const auto& g : orgs.ListUserGroups()) doc["user_groups"].push_back(UserGroupToJson(g));

  auto strategies = StrategyStore(conn).List(true);
  std::sort(strategies.begin(), strategies.end(),
            [](const Strategy& a, const Strategy& b) { return a.key < b.key; });
  doc["strategies"] = Json::array();
  for (const auto& s : strategies) {
    Json sj = StrategyToJson(s);
    auto items = PlanItemStore(conn).List(s.id);
    std::map<int64_t, std::string> keys;
    for (const auto& i : items) keys[i.id] = i.key;
    sj["items"] = Json::array();
    for (const PlanItem* i : TreeOrder(BuildPlanTree(items))) {
      Json ij = PlanItemFieldsToJson(*i);
      Json out;
      // "parent" goes right after "level", as the format documents it.
      for (auto& [k, v] : ij.items()) {
        out[k] = v;
        if (k == "level") out["parent"] = i->parent_id ? Json(keys[*i->parent_id]) : Json(nullptr);
      }
      sj["items"].push_back(out);
    }
    doc["strategies"].push_back(sj);
  }
  doc["users"] = Json::array();
  for (const auto& u : UserStore(conn).List()) doc["users"].push_back(UserToJson(u));
  return doc.dump(2) + "\n";
}

}  // namespace fremdrift
