// Gzip compression of static files for clients that accept it: the
// compressed text of a file, made once per version of the file (its ETag)
// and kept in memory.
#pragma once

#include <string>

namespace fremdrift {

// True when an Accept-Encoding header value accepts gzip (and does not
// refuse it with q=0).
bool AcceptsGzip(const std::string& accept_encoding);

// True for the content types worth compressing (text, CSS, JS, SVG, JSON).
bool CompressibleType(const std::string& content_type);

// `body` gzip-compressed; `key` (the file's path and ETag) names this
// version of it, so a file is compressed once per change.
std::string GzipCached(const std::string& key, const std::string& body);

}  // namespace fremdrift
