#include "web/page_routes.h"

namespace fremdrift {

void RegisterPageRoutes(Router& router) {}

}  // namespace fremdrift
