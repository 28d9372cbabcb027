// The version a change was made on, for the optimistic-concurrency check
// of the strategy model's records (risks, benefits): the If-Match header's
// when sent, else the body's "version"; nullopt when neither (no check).
// 0 means "a new record". kInvalid naming "version" when the body's is
// not a whole number of at least 0.
#pragma once

#include <cstdint>
#include <optional>

#include <nlohmann/json.hpp>

namespace fremdrift {

std::optional<int64_t> ChangeVersion(const nlohmann::json& body, std::optional<int64_t> if_match);

}  // namespace fremdrift
