#include "formats/source_json.h"

#include <set>

namespace fremdrift {

Json SourceDocumentToJson(const SourceDocument& d) {
  return {{"key", d.key},
          {"citation", d.citation},
          {"title", d.title},
          {"publisher", d.publisher},
          {"year", d.year ? Json(*d.year) : Json(nullptr)},
          {"used_for", d.used_for},
          {"used_for_en", d.used_for_en},
          {"sort_order", d.sort_order}};
}

SourceDocument SourceDocumentFromJson(const nlohmann::json& in, const std::string& path,
                                      std::vector<FieldProblem>& problems) {
  static const std::set<std::string> kKnown = {"key",      "citation",    "title",     "publisher",
                                               "year",     "used_for",    "used_for_en", "sort_order"};
  for (const auto& [k, v] : in.items()) {
    if (!kKnown.count(k)) problems.push_back({path + k, "is not a known field", "unknown_field", {}});
  }
  SourceDocument d;
  d.key = StringMember(in, "key", path, true, problems);
  d.citation = StringMember(in, "citation", path, true, problems);
  d.title = StringMember(in, "title", path, true, problems);
  d.publisher = StringMember(in, "publisher", path, false, problems);
  d.used_for = StringMember(in, "used_for", path, false, problems);
  d.used_for_en = StringMember(in, "used_for_en", path, false, problems);
  if (in.contains("year") && !in["year"].is_null()) {
    if (in["year"].is_number_integer()) {
      d.year = in["year"].get<int>();
    } else {
      problems.push_back({path + "year", "must be a year (whole number), or null when not given"});
    }
  }
  if (in.contains("sort_order")) {
    if (in["sort_order"].is_number_integer()) {
      d.sort_order = in["sort_order"].get<int>();
    } else {
      problems.push_back({path + "sort_order", "must be a whole number", "not_a_whole_number", {}});
    }
  }
  return d;
}

}  // namespace fremdrift
