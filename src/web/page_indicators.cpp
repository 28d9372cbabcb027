#include "web/page_indicators.h"

namespace fremdrift {

void RegisterIndicatorPageRoutes(Router& router) {
  RegisterIndicatorListRoutes(router);
  RegisterMeasurementUploadRoutes(router);
  RegisterIndicatorEditPageRoutes(router);
  RegisterMeasurementPageRoutes(router);
  RegisterDimensionLabelPageRoutes(router);
}

}  // namespace fremdrift
