// Reading posted forms (web/form_data.h), including the inputs the
// form_data fuzzer starts from.
#include <gtest/gtest.h>

#include "domain/failure.h"
#include "web/form_data.h"

namespace fremdrift {
namespace {

FormData ParseForm(const std::string& content_type, const std::string& body) {
  return FormData::Parse(content_type, body);
}

TEST(FormData, ReadsAnUrlencodedFormInOrder) {
  FormData form = ParseForm("application/x-www-form-urlencoded",
                            "version=3&title=Sm%C3%A5+ting&value=1&value=2&tom=");
  EXPECT_EQ(form.Get("title"), "Små ting");
  EXPECT_EQ(form.GetAll("value"), (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(form.Find("tom"), "");
  EXPECT_FALSE(form.Find("absent"));
  EXPECT_EQ(FormVersion(form), 3);
}

TEST(FormData, ReadsAMultipartFormWithAFile) {
  FormData form = ParseForm(
      "multipart/form-data; boundary=XyZ",
      "--XyZ\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n7\r\n"
      "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.csv\"\r\n"
      "Content-Type: text/csv\r\n\r\na;b\r\n1;2\r\n--XyZ--\r\n");
  EXPECT_EQ(FormVersion(form), 7);
  const UploadedFile* file = form.File("file");
  ASSERT_NE(file, nullptr);
  EXPECT_EQ(file->filename, "m.csv");
  EXPECT_EQ(file->content, "a;b\r\n1;2");
}

// Found while fuzzing: a field that is not UTF-8 was taken as it came, to
// be stored and later break every JSON answer that shows it (a 500).
TEST(FormData, RefusesAFieldThatIsNotUtf8) {
  for (const char* body : {"title=%FF", "t%C3=1", "a=ok&b=bl%E5b%E6r"}) {
    SCOPED_TRACE(body);
    try {
      ParseForm("application/x-www-form-urlencoded", body);
      ADD_FAILURE() << "accepted";
    } catch (const Failure& f) {
      EXPECT_EQ(f.code(), FailureCode::kInvalid);
      EXPECT_EQ(f.field(), "body");
      EXPECT_NE(std::string(f.what()).find("UTF-8"), std::string::npos) << f.what();
    }
  }
}

TEST(FormData, AMalformedMultipartBodyIsInvalidNotACrash) {
  for (const char* body : {"--XyZ\r\nContent-Disposition: form-data; name=\"t\"\r\n\r\nunterminated",
                           "garbage", ""}) {
    SCOPED_TRACE(body);
    try {
      ParseForm("multipart/form-data; boundary=XyZ", body);
    } catch (const Failure& f) {
      EXPECT_EQ(f.code(), FailureCode::kInvalid);
      EXPECT_EQ(f.field(), "body");
    }
  }
}

}  // namespace
}  // namespace fremdrift
