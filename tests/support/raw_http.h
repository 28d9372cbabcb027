// A raw TCP client for HTTP-layer tests: sends bytes exactly as given (so
// that malformed and hostile requests can be sent) and reads responses
// from 127.0.0.1 on loopback.
#pragma once

#include <map>
#include <string>

namespace fremdrift::testing {

struct RawResponse {
  int status = 0;  // 0 when no response arrived
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
  bool Has(const std::string& name) const { return headers.count(name) > 0; }
  std::string Header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? "" : it->second;
  }
};

// One TCP connection. Reads wait at most `timeout_seconds` each.
class RawConnection {
 public:
  explicit RawConnection(int port, int timeout_seconds = 10);
  ~RawConnection();
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  // Sends all of `bytes`; false when the server closed or reset.
  bool Send(const std::string& bytes);
  // Reads one response; `head_only` for the answer to HEAD (no body is
  // read). status 0 when the connection ended or timed out first.
  RawResponse Read(bool head_only = false);
  // Everything until the server closes (or the timeout passes).
  std::string ReadAll();
  // Whether the server closed the connection: waits up to the timeout for
  // end of file (or a reset); false if it is still open then.
  bool ClosedByServer();
  // Whether the connection is still open now (no end of file pending).
  bool OpenNow();
  int fd() const { return fd_; }

 private:
  bool Fill();  // reads more into buffer_; false at end, reset or timeout
  int fd_ = -1;
  std::string buffer_;
};

// The count of "HTTP/1.1 " status lines in `text`.
int CountResponses(const std::string& text);

// The resident set size of this process in KiB (/proc/self/status).
long ResidentKib();

}  // namespace fremdrift::testing
