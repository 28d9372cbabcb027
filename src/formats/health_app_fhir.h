// The public register of health apps in the shape of HL7 FHIR R4
// (docs/health-apps.md, "FHIR DeviceDefinition"): one register entry as a
// DeviceDefinition resource, as the German DiGA directory publishes its
// apps, and the whole register as a searchset Bundle. The label's grades,
// the category level, the platforms and the decision are `property`
// entries, the benefit statement's parts and the target groups
// `capability` entries, coded with Fremdrift's own code systems below.
// Only what the public register shows is written: never contact details,
// answers or evaluators' comments.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/health_app_register.h"

namespace fremdrift {

// The media type of FHIR's JSON format.
inline constexpr const char* kFhirJsonType = "application/fhir+json; fhirVersion=4.0; charset=utf-8";

// Our code systems (URNs, like the archive schema's namespace, so that a
// code does not depend on the host a server runs on):
// - property and capability types and the fixed values: overall,
//   category-level, platform, needs-approval, decision, catalogue,
//   due-for-reassessment, intended-users, intended-use, target-group;
//   ios, android, web; yes, no; awarded, refused, withdrawn; A, B, C, D,
//   E; met, counted; stated, app_version, catalogue_version, expired;
inline constexpr const char* kFhirHealthAppSystem = "urn:fremdrift:fhir:health-app";
// - the label areas of a catalogue, by their key (healthy-and-safe, ...);
inline constexpr const char* kFhirLabelAreaSystem = "urn:fremdrift:fhir:health-app-label-area";
// - the category levels of a catalogue, by their key (selvdeklarerer, ...);
inline constexpr const char* kFhirCategoryLevelSystem = "urn:fremdrift:fhir:health-app-category-level";
// - the identifier of an app: its key, as in /helseapper/{key}.
inline constexpr const char* kFhirAppIdentifierSystem = "urn:fremdrift:health-app";

// One register entry as a DeviceDefinition: id and identifier the app's
// key, the manufacturer a contained Organization named by
// manufacturerReference, deviceName the app's name (user-friendly-name),
// version the app version the decision rests on, property/capability
// entries as described in docs/health-apps.md, and a note whose time is
// the date checked (awarded) or decided, with "valid until" in its text.
nlohmann::ordered_json RegisterEntryToFhir(const RegisterEntry& e);

// The register as a Bundle of type "searchset" with `total` and one entry
// per register entry (fullUrl `full_url(app key)` when `full_url` is
// given, search.mode "match"), in the given order.
nlohmann::ordered_json RegisterToFhirBundle(const std::vector<RegisterEntry>& entries,
                                            const std::function<std::string(const std::string&)>& full_url);

}  // namespace fremdrift
