#include "web/body_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>

namespace fremdrift {
namespace {

std::atomic<int> open_files{0};

// Writes all of `bytes` to `fd`; false on any failure.
bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

}  // namespace

std::shared_ptr<const BodyFile> BodyFile::Of(std::string_view bytes) {
  if (bytes.size() < kMinBytes) return nullptr;
  // Reserve a place first, so that racing callers never pass the bound.
  if (open_files.fetch_add(1) >= kMaxOpen) {
    --open_files;
    return nullptr;
  }
  int fd = ::memfd_create("fremdrift-body", MFD_CLOEXEC | MFD_ALLOW_SEALING);
  if (fd < 0) {
    --open_files;
    return nullptr;
  }
  if (!WriteAll(fd, bytes) ||
      ::fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) != 0) {
    ::close(fd);
    --open_files;
    return nullptr;
  }
  return std::shared_ptr<const BodyFile>(new BodyFile(fd, bytes.size()));
}

BodyFile::~BodyFile() {
  ::close(fd_);
  --open_files;
}

int BodyFile::OpenNow() { return open_files.load(); }

}  // namespace fremdrift
