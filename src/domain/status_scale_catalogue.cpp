#include "domain/status_scale_catalogue.h"

namespace fremdrift {

const std::vector<StatusScaleRecord>& StatusScaleRecords() {
  using enum StatusShape;
  static const std::vector<StatusScaleRecord> kRecords = {
      {"traffic_light", "Trafikklys", "Traffic light", "",
       {{"green", "Grønn", "Green", "#1a7f37", kCircle},
        {"yellow", "Gul", "Yellow", "#d4a72c", kTriangle},
        {"red", "Rød", "Red", "#c62828", kSquare}},
       GoodEnd::kFirst},
      {"five_point", "Fempunktsskala", "Five-point scale", "",
       {{"green", "Grønn", "Green", "#1a7f37", kCircle},
        {"amber_green", "Gul/grønn", "Amber/Green", "#7fa32c", kDiamond},
        {"amber", "Gul", "Amber", "#d4a72c", kTriangle},
        {"amber_red", "Gul/rød", "Amber/Red", "#e06c1f", kTriangleDown},
        {"red", "Rød", "Red", "#c62828", kSquare}},
       GoodEnd::kFirst},
      // The ICT resource report in the e-health monitor rates each
      // strategic area of 2017-2022; the source shows only this word.
      {"ikt_ressursrapport", "IKT-ressursrapportens vurdering", "The ICT resource report's rating",
       "Saksdokumenter til NUIT-møte 3/22, 19. mai 2022 (Direktoratet for e-helse, 2022), IKT-ressursrapport",
       {{"kommet_langt", "Kommet langt", "Far along", "#1a7f37", kCircle}},
       GoodEnd::kFirst},
      // The knowledge base's evaluation of the 2017-2022 strategy answers
      // its three questions with these words; best first by our reading.
      {"robusthet", "Vurdering av strategiens robusthet", "Rating of the strategy's robustness",
       "Ny nasjonal e-helsestrategi – kunnskapsgrunnlag, versjon 0.7 (Direktoratet for e-helse, 2021)",
       {{"i_noen_grad", "I noen grad", "To some degree", "#7fa32c", kDiamond},
        {"i_begrenset_grad", "I begrenset grad", "To a limited degree", "#e06c1f", kTriangleDown},
        {"i_liten_grad", "I liten grad", "To a small degree", "#c62828", kSquare}},
       GoodEnd::kFirst},
  };
  return kRecords;
}

}  // namespace fremdrift
