// Who receives the round's mails: an organisation's reporting contacts and
// the secretariat (admins), each with an address, name and language.
#pragma once

#include <string>
#include <vector>

#include "domain/user.h"
#include "storage/sql_connection.h"

namespace fremdrift {

// The users of organisation `short_name` marked as reporting contacts who
// have an e-mail address, sorted by name. With `reminders` the ones who
// opted out of reminders are left out.
std::vector<User> ReportingContacts(SqlConnection& conn, const std::string& short_name,
                                    bool reminders);

// Admins who have an e-mail address, sorted by name.
std::vector<User> SecretariatRecipients(SqlConnection& conn);

}  // namespace fremdrift
