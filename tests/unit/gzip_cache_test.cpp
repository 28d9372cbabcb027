// Gzip compression of static files (web/gzip_cache.h): which requests get
// it, which types, and that the compressed text inflates to the original.
#include <gtest/gtest.h>

#include <Poco/InflatingStream.h>

#include <sstream>

#include "web/gzip_cache.h"

namespace fremdrift {
namespace {

std::string Gunzip(const std::string& data) {
  std::istringstream in(data);
  Poco::InflatingInputStream gz(in, Poco::InflatingStreamBuf::STREAM_GZIP);
  std::ostringstream out;
  out << gz.rdbuf();
  return out.str();
}

TEST(GzipCacheTest, AcceptEncodingIsReadAsBrowsersSendIt) {
  EXPECT_TRUE(AcceptsGzip("gzip, deflate, br"));
  EXPECT_TRUE(AcceptsGzip("br;q=1.0, GZIP;q=0.8"));
  EXPECT_TRUE(AcceptsGzip("*"));
  EXPECT_FALSE(AcceptsGzip(""));
  EXPECT_FALSE(AcceptsGzip("br, deflate"));
  EXPECT_FALSE(AcceptsGzip("gzip;q=0"));
  EXPECT_FALSE(AcceptsGzip("gzipped"));
}

TEST(GzipCacheTest, OnlyTextTypesAreCompressed) {
  EXPECT_TRUE(CompressibleType("text/css; charset=utf-8"));
  EXPECT_TRUE(CompressibleType("image/svg+xml"));
  EXPECT_TRUE(CompressibleType("application/json; charset=utf-8"));
  EXPECT_FALSE(CompressibleType("image/png"));
  EXPECT_FALSE(CompressibleType("font/woff2"));
}

TEST(GzipCacheTest, CompressedTextInflatesToTheOriginalAndIsSmaller) {
  std::string css;
  for (int i = 0; i < 200; ++i) css += ".ds-button{color:var(--ds-color-text-default)}\n";
  std::string gz = GzipCached("/static/test.css\"1-2-gz\"", css);
  EXPECT_LT(gz.size(), css.size() / 10);
  EXPECT_EQ(Gunzip(gz), css);
  // The same key gives the same bytes (from the cache); a new version of
  // the file (a new key) is compressed afresh.
  EXPECT_EQ(GzipCached("/static/test.css\"1-2-gz\"", css), gz);
  EXPECT_EQ(Gunzip(GzipCached("/static/test.css\"1-3-gz\"", "a{}")), "a{}");
}

}  // namespace
}  // namespace fremdrift
