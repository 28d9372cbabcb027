#include "storage/mail_recipient_store.h"

#include "storage/user_store.h"

namespace fremdrift {

std::vector<User> ReportingContacts(SqlConnection& conn, const std::string& short_name,
                                    bool reminders) {
  std::vector<User> out;
  for (auto& u : UserStore(conn).List()) {
    if (u.organisation != short_name || !u.reporting_contact || u.email.empty()) continue;
    if (reminders && u.reminders_opt_out) continue;
    out.push_back(std::move(u));
  }
  return out;
}

std::vector<User> SecretariatRecipients(SqlConnection& conn) {
  std::vector<User> out;
  for (auto& u : UserStore(conn).List()) {
    if (u.role == Role::kAdmin && !u.email.empty()) out.push_back(std::move(u));
  }
  return out;
}

}  // namespace fremdrift
