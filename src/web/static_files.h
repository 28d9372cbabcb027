// The files under <assets_dir>/static, served at /static/<path> with their
// content type and Cache-Control (one hour; an ETag answers a repeated
// request with 304).
//
// Only plain relative paths are served: a path with an empty, "." or ".."
// segment, a segment starting with ".", a backslash, a NUL or any percent
// escape is refused with 400 before the file system is touched; the
// canonical path must then lie inside the static folder (so a symbolic link
// cannot lead out of it) and be a regular file with a known type, else 404.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "web/router.h"

namespace fremdrift {

// The Content-Type for a file name's extension, or nullopt when the server
// does not serve files of that type.
std::optional<std::string> StaticContentType(const std::string& file_name);

// The file `raw_path` (the request path after "/static/", as sent, not
// decoded) names inside `root`. Throws Failure(kInvalid) for a refused
// path and Failure(kNotFound) when there is no such servable file.
std::filesystem::path ResolveStaticPath(const std::filesystem::path& root,
                                        const std::string& raw_path);

// Registers GET /static/... (up to four folder levels deep).
void RegisterStaticRoutes(Router& router);

}  // namespace fremdrift
