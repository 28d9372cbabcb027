// A health app offered by a vendor, as the register and the label show it:
// name, manufacturer (an organisation of kind "vendor"), platforms,
// version, category level and the parts of the label's benefit statement
// ("With this app [intended users] can [intended use]").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/failure.h"

namespace fremdrift {

// The platforms an app can be offered on, in display order.
inline constexpr const char* kAppPlatforms[] = {"ios", "android", "web"};

struct HealthApp {
  int64_t id = 0;
  std::string key;           // slug, the address /helseapper/{key}
  std::string name;
  std::string manufacturer;  // organisation short name
  std::string manufacturer_name;  // its full name, as read (never written)
  std::vector<std::string> platforms;  // of kAppPlatforms
  std::string app_version;
  std::string category_level;            // a level key of the catalogue
  std::vector<std::string> target_groups;  // e.g. "ungdom", "voksne"
  std::string intended_users;  // "personer med søvnvansker"
  std::string intended_use;    // "følge et søvnprogram"
  bool needs_approval = false;  // needs a health professional's approval before use
  std::string description;
  std::string contact_name;
  std::string contact_email;
  std::string source;  // for demo records: the citation they rest on
  int64_t version = 1;
};

bool IsAppPlatform(const std::string& p);

// Every broken rule of the app's own fields (the level is checked against
// a catalogue by the caller): key a slug; name, manufacturer, category
// level, intended users and use present; platforms known.
std::vector<FieldProblem> ValidateHealthApp(const HealthApp& a);

}  // namespace fremdrift
