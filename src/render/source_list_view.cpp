#include "render/source_list_view.h"

#include <string>

namespace fremdrift {

mstch::map SourceListView(const std::vector<SourceDocument>& docs, const Catalogue& t) {
  mstch::array list;
  for (const auto& d : docs) {
    // The English text when there is one; otherwise the Norwegian, marked
    // as such so that a screen reader pronounces it right.
    bool english = t.lang() == "en" && !d.used_for_en.empty();
    const std::string& used_for = english ? d.used_for_en : d.used_for;
    list.push_back(mstch::map{
        {"anchor", d.key},
        {"title", d.title},
        {"publisher", d.publisher},
        {"has_publisher", !d.publisher.empty()},
        {"year", d.year ? std::to_string(*d.year) : std::string()},
        {"has_year", d.year.has_value()},
        {"used_for", used_for},
        {"used_for_lang", std::string(english ? "en" : "nb")},
        {"has_used_for", !used_for.empty()},
        {"citation", d.citation},
    });
  }
  return mstch::map{{"has_sources", !list.empty()}, {"sources", list}};
}

}  // namespace fremdrift
