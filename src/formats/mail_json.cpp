#include "formats/mail_json.h"

#include <nlohmann/json.hpp>

#include "domain/failure.h"

namespace fremdrift {

std::string MailContentToJson(const MailContent& c) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& i : c.items) {
    items.push_back({{"code", i.code}, {"title", i.title}, {"state", i.state}, {"period", i.period}});
  }
  return nlohmann::json{{"kind", std::string(MailKindName(c.kind))},
                        {"organisation", c.organisation},
                        {"period", c.period},
                        {"deadline", c.deadline},
                        {"days_left", c.days_left},
                        {"items", items},
                        {"comment", c.comment}}
      .dump();
}

MailContent MailContentFromJson(const std::string& text) {
  try {
    auto j = nlohmann::json::parse(text);
    auto kind = MailKindFromName(j.at("kind").get<std::string>());
    if (!kind) throw Failure(FailureCode::kInvalid, "unknown mail kind", "content");
    MailContent c;
    c.kind = *kind;
    c.organisation = j.value("organisation", "");
    c.period = j.value("period", "");
    c.deadline = j.value("deadline", "");
    c.days_left = j.value("days_left", 0);
    c.comment = j.value("comment", "");
    for (const auto& i : j.value("items", nlohmann::json::array())) {
      c.items.push_back({i.value("code", ""), i.value("title", ""), i.value("state", ""),
                         i.value("period", "")});
    }
    return c;
  } catch (const nlohmann::json::exception& e) {
    throw Failure(FailureCode::kInvalid, std::string("a mail's content is not valid: ") + e.what(),
                  "content");
  }
}

}  // namespace fremdrift
