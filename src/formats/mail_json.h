// The JSON form of a mail's facts (domain/mail_message.h), as the outbox
// stores them between the event and the delivery.
#pragma once

#include <string>

#include "domain/mail_message.h"

namespace fremdrift {

std::string MailContentToJson(const MailContent& content);

// Throws Failure(kInvalid, field "content") when `json` is not a mail's
// facts (an unknown kind, a field of the wrong type).
MailContent MailContentFromJson(const std::string& json);

}  // namespace fremdrift
