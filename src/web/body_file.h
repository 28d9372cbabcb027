// A response body kept in a sealed memory file (memfd_create(2)), so that
// a cached answer can be sent with sendfile(2): the kernel hands the
// file's pages to the socket instead of copying the bytes from our memory
// into it, as nginx serves static files. On this 2-core machine that copy
// was an eighth of the server's time when it answered a 46 KB cached
// series (nginx itself serves a third fewer answers without sendfile).
//
// Only bodies of kMinBytes or more get a file (for smaller ones the extra
// system call costs more than the copy), and at most kMaxOpen files are
// open at once, so that caches never take the descriptors that connections
// need. Of() returns nullptr when no file is made; the caller then sends
// the bytes as before. The file is sealed against any change, and closed
// with the last reference.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

namespace fremdrift {

class BodyFile {
 public:
  static constexpr size_t kMinBytes = 16 * 1024;
  static constexpr int kMaxOpen = 256;

  // A sealed memory file holding `bytes`, or nullptr (too small, too many
  // files open, or the system refused).
  static std::shared_ptr<const BodyFile> Of(std::string_view bytes);

  ~BodyFile();
  BodyFile(const BodyFile&) = delete;
  BodyFile& operator=(const BodyFile&) = delete;

  int fd() const { return fd_; }
  size_t size() const { return size_; }

  // How many body files are open now (for tests).
  static int OpenNow();

 private:
  BodyFile(int fd, size_t size) : fd_(fd), size_(size) {}
  int fd_;
  size_t size_;
};

}  // namespace fremdrift
