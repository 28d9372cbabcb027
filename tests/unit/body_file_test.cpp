// The sealed memory files that cached bodies are sent from with
// sendfile(2): they hold exactly the bytes, cannot be changed, are made
// only for bodies large enough to gain from it, and are bounded in number.
#include "web/body_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "web/public_page_memory.h"

namespace fremdrift {
namespace {

std::string Bytes(size_t n) {
  std::string s(n, '\0');
  for (size_t i = 0; i < n; ++i) s[i] = static_cast<char>('a' + i % 26);
  return s;
}

std::string ReadAll(int fd, size_t n) {
  std::string out(n + 1, '\0');
  ssize_t got = ::pread(fd, out.data(), out.size(), 0);
  out.resize(got < 0 ? 0 : static_cast<size_t>(got));
  return out;
}

TEST(BodyFile, HoldsExactlyTheBytes) {
  const std::string body = Bytes(BodyFile::kMinBytes + 12345);
  auto file = BodyFile::Of(body);
  ASSERT_NE(file, nullptr);
  EXPECT_EQ(file->size(), body.size());
  EXPECT_EQ(ReadAll(file->fd(), body.size()), body);
}

TEST(BodyFile, CannotBeChanged) {
  auto file = BodyFile::Of(Bytes(BodyFile::kMinBytes));
  ASSERT_NE(file, nullptr);
  EXPECT_EQ(::pwrite(file->fd(), "x", 1, 0), -1);
  EXPECT_EQ(::ftruncate(file->fd(), 1), -1);
  EXPECT_EQ(::ftruncate(file->fd(), BodyFile::kMinBytes * 2), -1);
  EXPECT_EQ(ReadAll(file->fd(), BodyFile::kMinBytes), Bytes(BodyFile::kMinBytes));
}

TEST(BodyFile, SmallBodiesGetNone) {
  EXPECT_EQ(BodyFile::Of(Bytes(BodyFile::kMinBytes - 1)), nullptr);
  EXPECT_EQ(BodyFile::Of(""), nullptr);
}

TEST(BodyFile, IsClosedWithItsLastReference) {
  const int before = BodyFile::OpenNow();
  int fd = -1;
  {
    auto file = BodyFile::Of(Bytes(BodyFile::kMinBytes));
    ASSERT_NE(file, nullptr);
    fd = file->fd();
    EXPECT_EQ(BodyFile::OpenNow(), before + 1);
  }
  EXPECT_EQ(BodyFile::OpenNow(), before);
  EXPECT_EQ(::fcntl(fd, F_GETFD), -1) << "the descriptor is closed";
}

TEST(BodyFile, NoMoreThanTheBoundAreOpenAtOnce) {
  const std::string body = Bytes(BodyFile::kMinBytes);
  std::vector<std::shared_ptr<const BodyFile>> files;
  for (int i = 0; i < BodyFile::kMaxOpen + 10; ++i) files.push_back(BodyFile::Of(body));
  int made = 0;
  for (const auto& f : files) made += f ? 1 : 0;
  EXPECT_LE(BodyFile::OpenNow(), BodyFile::kMaxOpen);
  EXPECT_GE(made, BodyFile::kMaxOpen - 10) << "all but those over the bound (and any already open)";
  EXPECT_LT(made, BodyFile::kMaxOpen + 10);
  files.clear();
  EXPECT_NE(BodyFile::Of(body), nullptr) << "places come back as files close";
}

TEST(BodyFile, AKeptLargePageIsSentFromAFileAndASmallOneIsNot) {
  PublicPageMemory memory;
  Response large = Response::Html(Bytes(BodyFile::kMinBytes * 2));
  Response small = Response::Html("<p>hei</p>");
  memory.Put("large", "v1", large);
  memory.Put("small", "v1", small);
  auto kept = memory.Get("large", "v1");
  ASSERT_TRUE(kept.has_value());
  ASSERT_NE(kept->body_file, nullptr);
  EXPECT_EQ(ReadAll(kept->body_file->fd(), kept->Body().size()), large.body);
  auto kept_small = memory.Get("small", "v1");
  ASSERT_TRUE(kept_small.has_value());
  EXPECT_EQ(kept_small->body_file, nullptr);
}

}  // namespace
}  // namespace fremdrift
