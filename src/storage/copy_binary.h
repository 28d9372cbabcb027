// Rows in PostgreSQL's binary COPY format ("COPY ... FROM STDIN (FORMAT
// binary)"), which the server stores without parsing numbers or escapes
// from text: about a tenth less of its work for a bulk import
// (bench/README.md). Each value is written in its column's own binary
// form, so the columns' types must be known; a type not listed here makes
// the caller use the text format instead.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "storage/sql_connection.h"

namespace fremdrift {

// PostgreSQL type OIDs that BinaryCopyRow can write.
enum class CopyBinaryType : uint32_t {
  kBool = 16,
  kInt8 = 20,
  kInt2 = 21,
  kInt4 = 23,
  kText = 25,
  kFloat8 = 701,
  kVarchar = 1043,
};

// Whether the type with this OID can be written in binary.
bool IsCopyBinaryType(uint32_t oid);

// The signature, flags and header extension that start the data.
void AppendCopyBinaryHeader(std::string& out);
// The marker that ends it.
void AppendCopyBinaryTrailer(std::string& out);

// One row; `types[i]` is the OID of column `columns[i]` (each
// IsCopyBinaryType). A value that does not fit its column (a text for a
// number, an integer past an int4, a fraction for an integer) throws
// Failure(kInternal) naming the column: the callers are Fremdrift's own
// stores, so that is a bug, not input. A text with a NUL character throws
// Failure(kInvalid), as the text format does.
void AppendCopyBinaryRow(std::string& out, const SqlParams& row, const std::vector<uint32_t>& types,
                         const std::vector<std::string>& columns);

}  // namespace fremdrift
