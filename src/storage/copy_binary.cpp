#include "storage/copy_binary.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

#include "domain/failure.h"

namespace fremdrift {
namespace {

// Network byte order, as the format has it.
template <typename T>
void AppendBigEndian(std::string& out, T value) {
  using U = std::make_unsigned_t<T>;
  U u = static_cast<U>(value);
  char bytes[sizeof(U)];
  for (size_t i = 0; i < sizeof(U); ++i) {
    bytes[sizeof(U) - 1 - i] = static_cast<char>(u & 0xff);
    u = static_cast<U>(u >> 8);
  }
  out.append(bytes, sizeof(U));
}

void AppendLength(std::string& out, int32_t length) { AppendBigEndian(out, length); }

[[noreturn]] void Mismatch(const std::string& column, const char* why) {
  throw Failure(FailureCode::kInternal, "binary COPY: the value for column " + column + " " + why);
}

int64_t Integer(const SqlValue& v, const std::string& column) {
  if (auto i = std::get_if<int64_t>(&v)) return *i;
  if (auto d = std::get_if<double>(&v)) {
    if (std::trunc(*d) != *d || std::abs(*d) > 9.2e18) Mismatch(column, "is not a whole number");
    return static_cast<int64_t>(*d);
  }
  Mismatch(column, "is text where a number belongs");
}

// An integer column narrower than int8, with its length.
template <typename T>
void AppendNarrow(std::string& out, int64_t n, const std::string& column) {
  if (n < std::numeric_limits<T>::min() || n > std::numeric_limits<T>::max()) {
    Mismatch(column, "is out of range for its column's integer type");
  }
  AppendLength(out, static_cast<int32_t>(sizeof(T)));
  AppendBigEndian(out, static_cast<T>(n));
}

}  // namespace

bool IsCopyBinaryType(uint32_t oid) {
  switch (static_cast<CopyBinaryType>(oid)) {
    case CopyBinaryType::kBool:
    case CopyBinaryType::kInt8:
    case CopyBinaryType::kInt2:
    case CopyBinaryType::kInt4:
    case CopyBinaryType::kText:
    case CopyBinaryType::kFloat8:
    case CopyBinaryType::kVarchar: return true;
  }
  return false;
}

void AppendCopyBinaryHeader(std::string& out) {
  static constexpr char kSignature[] = "PGCOPY\n\377\r\n";  // 11 bytes with its NUL
  out.append(kSignature, 11);
  AppendBigEndian(out, int32_t{0});  // flags: no OIDs
  AppendBigEndian(out, int32_t{0});  // no header extension
}

void AppendCopyBinaryTrailer(std::string& out) { AppendBigEndian(out, int16_t{-1}); }

void AppendCopyBinaryRow(std::string& out, const SqlParams& row, const std::vector<uint32_t>& types,
                         const std::vector<std::string>& columns) {
  AppendBigEndian(out, static_cast<int16_t>(row.size()));
  for (size_t i = 0; i < row.size(); ++i) {
    const SqlValue& v = row[i];
    const std::string& column = columns[i];
    if (std::holds_alternative<std::nullptr_t>(v)) {
      AppendLength(out, -1);
      continue;
    }
    switch (static_cast<CopyBinaryType>(types[i])) {
      case CopyBinaryType::kInt8:
        AppendLength(out, 8);
        AppendBigEndian(out, Integer(v, column));
        break;
      case CopyBinaryType::kInt4: AppendNarrow<int32_t>(out, Integer(v, column), column); break;
      case CopyBinaryType::kInt2: AppendNarrow<int16_t>(out, Integer(v, column), column); break;
      case CopyBinaryType::kBool:
        AppendLength(out, 1);
        out += Integer(v, column) != 0 ? '\1' : '\0';
        break;
      case CopyBinaryType::kFloat8: {
        double d;
        if (auto p = std::get_if<double>(&v)) d = *p;
        else if (auto p = std::get_if<int64_t>(&v)) d = static_cast<double>(*p);
        else Mismatch(column, "is text where a number belongs");
        AppendLength(out, 8);
        AppendBigEndian(out, std::bit_cast<uint64_t>(d));
        break;
      }
      case CopyBinaryType::kText:
      case CopyBinaryType::kVarchar: {
        const std::string* text = std::get_if<std::string>(&v);
        if (!text) Mismatch(column, "is a number where text belongs");
        if (text->find('\0') != std::string::npos) {
          throw Failure(FailureCode::kInvalid, "text must not contain a NUL character");
        }
        if (text->size() > static_cast<size_t>(std::numeric_limits<int32_t>::max())) Mismatch(column, "is too long");
        AppendLength(out, static_cast<int32_t>(text->size()));
        out += *text;
        break;
      }
      default: Mismatch(column, "has a type binary COPY does not write");
    }
  }
}

}  // namespace fremdrift
