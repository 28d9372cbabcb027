#include "formats/status_scale_json.h"

namespace fremdrift {

nlohmann::ordered_json StatusScaleToJson(const StatusScaleRecord& record) {
  nlohmann::ordered_json levels = nlohmann::ordered_json::array();
  for (const auto& l : record.levels) {
    levels.push_back({{"key", l.key},
                      {"name_nb", l.name_nb},
                      {"name_en", l.name_en},
                      {"colour", l.colour},
                      {"shape", std::string(StatusShapeKey(l.shape))}});
  }
  return {{"key", record.key},
          {"name_nb", record.name_nb},
          {"name_en", record.name_en},
          {"source", record.source},
          {"good_end", record.good_end == GoodEnd::kFirst ? "first" : "last"},
          {"levels", levels}};
}

}  // namespace fremdrift
