#include "formats/user_mail_json.h"

namespace fremdrift {

nlohmann::json UserMailSettingsToJson(const User& u) {
  return {{"email", u.email},
          {"language", u.language},
          {"reporting_contact", u.reporting_contact},
          {"reminders_opt_out", u.reminders_opt_out}};
}

void ApplyUserMailSettings(const nlohmann::json& body, User& user,
                           std::vector<FieldProblem>& problems) {
  if (body.contains("email")) {
    if (body["email"].is_string()) {
      user.email = body["email"].get<std::string>();
    } else if (body["email"].is_null()) {
      user.email.clear();
    } else {
      problems.push_back({"email", "must be a string"});
    }
  }
  if (body.contains("language")) {
    if (body["language"] == "nb" || body["language"] == "en") {
      user.language = body["language"].get<std::string>();
    } else {
      problems.push_back({"language", "must be nb or en"});
    }
  }
  for (auto [name, flag] : {std::pair{"reporting_contact", &user.reporting_contact},
                            std::pair{"reminders_opt_out", &user.reminders_opt_out}}) {
    if (!body.contains(name)) continue;
    if (body[name].is_boolean()) {
      *flag = body[name].get<bool>();
    } else {
      problems.push_back({name, "must be true or false", "not_a_boolean", {}});
    }
  }
}

}  // namespace fremdrift
