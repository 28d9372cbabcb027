#include "app/data_version.h"

#include "storage/data_version.h"
#include "storage/round_store.h"

namespace fremdrift {

std::string PublicDataVersion(SqlConnection& conn) { return ReadDataVersion(conn); }

int64_t DataBasisStamp(SqlConnection& conn) { return RoundStore(conn).BasisStamp(); }

}  // namespace fremdrift
