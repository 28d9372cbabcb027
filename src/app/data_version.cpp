#include "app/data_version.h"

#include "storage/data_version.h"

namespace fremdrift {

std::string PublicDataVersion(SqlConnection& conn) { return ReadDataVersion(conn); }

}  // namespace fremdrift
