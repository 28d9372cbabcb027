// Reading the sheets of an .xlsx file in tests, with python3's zipfile and
// ElementTree (so a test checks what another reader sees, not what
// libxlsxwriter meant to write).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace fremdrift::testing {

// The sheets of an .xlsx file as python3's zipfile and ElementTree read
// them: {"sheets": [names], "data": [rows of sheet 1], "about": [rows of
// sheet 2]}, each row an object from column letter to a string or number.
// Null when python3 is not available.
nlohmann::json ReadXlsx(const std::string& bytes);

}  // namespace fremdrift::testing
