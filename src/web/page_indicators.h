// The signed-in pages for working on indicators:
// - /indikatorer: every indicator, internal ones too, with links to edit
//   them and their measurements, and a form to create one (POST);
// - /indikatorer/{code}/rediger: the indicator form, its targets (add,
//   change, remove) and deleting it with a confirmation;
// - /indikatorer/{code}/maalinger: its measurements, with forms to add,
//   change and delete one;
// - /indikatorer/{code}/etiketter: the labels of its breakdowns and their
//   values in bokmål and English, and their order;
// - /indikatorer/last-opp: uploading a CSV or JSON file of measurements,
//   answered with the import summary.
// Every form posts the same fields as the API and goes through the same
// use cases (app/indicator_service.h, app/measurement_service.h,
// app/measurement_import.h), so rules, rights and audit are the API's.
// Anonymous readers are sent to /logg-inn.
#pragma once

#include "web/router.h"

namespace fremdrift {

void RegisterIndicatorPageRoutes(Router& router);

// Parts registered by RegisterIndicatorPageRoutes, one file each.
void RegisterIndicatorListRoutes(Router& router);
void RegisterIndicatorEditPageRoutes(Router& router);
void RegisterMeasurementPageRoutes(Router& router);
void RegisterMeasurementUploadRoutes(Router& router);
void RegisterDimensionLabelPageRoutes(Router& router);

}  // namespace fremdrift
