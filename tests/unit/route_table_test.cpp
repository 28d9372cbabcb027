// The route table (render/route_table.h) is the one list of the server's
// addresses: the router registers each of its routes once for each of its
// methods and nothing else, and an address built by UrlFor reaches the
// route it names with the values it was given.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <stdexcept>

#include "render/route_table.h"
#include "render/url_for.h"
#include "web/request_target.h"
#include "web/server.h"

namespace fremdrift {
namespace {

TEST(RouteTable, NamesAndPatternsAreUnique) {
  std::set<std::string_view> names, patterns;
  for (const routes::RouteSpec* route : routes::AllRoutes()) {
    EXPECT_TRUE(names.insert(route->name).second) << "two routes are named " << route->name;
    EXPECT_TRUE(patterns.insert(route->pattern).second) << "two routes have the pattern " << route->pattern;
    EXPECT_NE(route->methods, 0u) << route->name << " answers no method";
  }
}

TEST(RouteTable, EveryRouteIsRegisteredOnceForEachOfItsMethodsAndNoOtherIs) {
  Router router = BuildRouter();
  std::set<const routes::RouteSpec*> in_table(routes::AllRoutes().begin(), routes::AllRoutes().end());
  std::map<std::pair<const routes::RouteSpec*, std::string>, int> registered;
  for (const Route& r : router.routes()) {
    ASSERT_NE(r.spec, nullptr) << r.method << " " << r.pattern << " is not from the route table";
    EXPECT_TRUE(in_table.count(r.spec)) << r.spec->name << " is registered but missing from AllRoutes()";
    EXPECT_EQ(r.pattern, r.spec->pattern);
    ++registered[{r.spec, r.method}];
  }
  size_t expected = 0;
  for (const routes::RouteSpec* route : routes::AllRoutes()) {
    for (std::string_view method : routes::MethodNames(*route)) {
      ++expected;
      EXPECT_EQ((registered[{route, std::string(method)}]), 1)
          << route->name << " (" << method << " " << route->pattern << ") is not registered exactly once";
    }
  }
  EXPECT_EQ(router.routes().size(), expected);
}

TEST(RouteTable, UrlForReachesItsRouteThroughTheRouter) {
  Router router = BuildRouter();
  for (const routes::RouteSpec* route : routes::AllRoutes()) {
    // Values that need encoding: a space, non-ASCII letters, '?', '#', '%', '&' and '+'.
    std::vector<std::string> values;
    for (size_t i = 0; i < routes::CaptureNames(*route).size(); ++i) {
      values.push_back("v" + std::to_string(i) + " æ?#%&+ø");
    }
    std::string url;
    switch (values.size()) {
      case 0: url = UrlFor(*route); break;
      case 1: url = UrlFor(*route, values[0]); break;
      case 2: url = UrlFor(*route, values[0], values[1]); break;
      case 3: url = UrlFor(*route, values[0], values[1], values[2]); break;
      case 4: url = UrlFor(*route, values[0], values[1], values[2], values[3]); break;
      case 5: url = UrlFor(*route, values[0], values[1], values[2], values[3], values[4]); break;
      default: FAIL() << route->name << " has more captures than this test fills";
    }
    RequestTarget target = ParseRequestTarget(url, "localhost");
    EXPECT_EQ(target.query, "") << url;
    for (std::string_view method : routes::MethodNames(*route)) {
      std::map<std::string, std::string> params;
      std::vector<std::string> allowed;
      const Route* found = router.Match(std::string(method), target.path, params, allowed);
      ASSERT_NE(found, nullptr) << method << " " << url << " (" << route->name << ") reaches no route";
      EXPECT_EQ(found->spec, route) << method << " " << url << " reaches " << found->spec->name
                                    << ", not " << route->name;
      std::map<std::string, std::string> expected;
      auto names = routes::CaptureNames(*route);
      for (size_t i = 0; i < names.size(); ++i) expected[std::string(names[i])] = values[i];
      EXPECT_EQ(params, expected) << route->name;
    }
  }
}

TEST(UrlFor, FillsCapturesInOrderAndEncodesEach) {
  EXPECT_EQ(UrlFor(routes::kHome), "/");
  EXPECT_EQ(UrlFor(routes::kReport, "2023-Q1"), "/rapport/2023-Q1");
  EXPECT_EQ(UrlFor(routes::kReportCompare, "2023-Q1", "2022 Q4/x"), "/rapport/2023-Q1/sammenlign/2022%20Q4%2Fx");
  EXPECT_EQ(UrlFor(routes::kSolutionYear, "helsenett", 2024), "/kostnadsdeling/losning/helsenett/2024");
  EXPECT_EQ(UrlFor(routes::kItem, "s", "a/b ø"), "/strategi/s/a%2Fb%20%C3%B8");
  EXPECT_EQ(UrlFor(routes::kApiIndicatorSeriesCsv, "kj-kommune"), "/api/v1/indicators/kj-kommune/series.csv");
}

TEST(UrlFor, RefusesTooFewOrTooManyValues) {
  EXPECT_THROW(UrlFor(routes::kReport), std::invalid_argument);
  EXPECT_THROW(UrlFor(routes::kHome, "x"), std::invalid_argument);
  EXPECT_THROW(UrlFor(routes::kReportCompare, "2023-Q1"), std::invalid_argument);
}

TEST(RouteTable, AllowsOnlyTheMethodsItNames) {
  EXPECT_TRUE(routes::Allows(routes::kItemEdit, "GET"));
  EXPECT_TRUE(routes::Allows(routes::kItemEdit, "POST"));
  EXPECT_FALSE(routes::Allows(routes::kItemEdit, "DELETE"));
  Router router;
  EXPECT_THROW(router.Add("DELETE", routes::kItemEdit, [](RequestContext&) { return Response{}; }),
               std::logic_error);
}

}  // namespace
}  // namespace fremdrift
