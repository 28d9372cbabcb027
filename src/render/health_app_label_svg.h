// The quality label of a health app drawn as SVG (docs/health-apps.md,
// "The label"), after the label of ISO/TS 82304-2 shown in NUIT sak 20/22:
// app name, manufacturer, platforms, the benefit statement, the approval
// mark, the four graded areas with the scale A-E, the overall score and
// the date checked. Every grade is written as a letter and named in text
// (the image's title and description and the visible row text), so that
// no meaning rests on colour alone.
#pragma once

#include <string>

#include "domain/health_app_register.h"
#include "render/i18n.h"

namespace fremdrift {

// The SVG element (role="img", titled and described) of `entry`'s label;
// "" when it has none. Every text is escaped.
std::string HealthAppLabelSvg(const RegisterEntry& entry, const Catalogue& t);

// The manufacturer's full name, or its short name when that is all we have.
std::string ManufacturerName(const HealthApp& app);

// "With this app [intended users] can [intended use]" in the reader's language.
std::string BenefitStatement(const HealthApp& app, const Catalogue& t);

}  // namespace fremdrift
