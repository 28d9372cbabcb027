#include "formats/xlsx_file.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>

#include "domain/failure.h"
#include "formats/spreadsheet_text.h"

namespace fremdrift {
namespace {

// Excel's limit on the characters in one cell.
constexpr size_t kMaxCellChars = 32767;
// 2000-01-01T00:00:00Z: the workbook's creation date, fixed so that the
// same data always gives the same bytes (and the same ETag).
constexpr time_t kFixedCreated = 946684800;

// A file in the temporary directory, removed when this goes out of scope:
// libxlsxwriter 1.1 writes to a named file only.
class TempFile {
 public:
  TempFile() {
    std::string pattern = (std::filesystem::temp_directory_path() / "fremdrift-xlsx-XXXXXX").string();
    int fd = mkstemp(pattern.data());
    if (fd < 0) throw Failure(FailureCode::kInternal, "cannot create a temporary file for XLSX");
    close(fd);
    path_ = pattern;
  }
  ~TempFile() { unlink(path_.c_str()); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct WorkbookCloser {
  void operator()(lxw_workbook* wb) const { workbook_close(wb); }
};

}  // namespace

size_t Utf8Length(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string CellText(const std::string& raw) {
  const std::string s = NeutralisedCellText(raw);
  size_t chars = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++chars > kMaxCellChars) {
      return s.substr(0, i);
    }
  }
  return s;
}

std::string WriteXlsx(const std::string& title, const std::string& subject,
                      const std::function<void(lxw_workbook*)>& fill) {
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  TempFile file;
  std::unique_ptr<lxw_workbook, WorkbookCloser> wb(workbook_new(file.path().c_str()));
  if (!wb) throw Failure(FailureCode::kInternal, "cannot start an XLSX workbook");
  std::string title_text = CellText(title);
  std::string subject_text = subject;
  lxw_doc_properties props{};
  props.title = title_text.data();
  props.subject = subject_text.data();
  props.created = kFixedCreated;
  workbook_set_properties(wb.get(), &props);
  fill(wb.get());
  lxw_error err = workbook_close(wb.release());
  if (err != LXW_NO_ERROR) {
    throw Failure(FailureCode::kInternal, std::string("cannot write XLSX: ") + lxw_strerror(err));
  }
  std::ifstream in(file.path(), std::ios::binary);
  if (!in.is_open()) throw Failure(FailureCode::kInternal, "cannot read back the XLSX file");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace fremdrift
