#include "web/today.h"

#include <chrono>

namespace fremdrift {

Date Today() {
  using namespace std::chrono;
  year_month_day ymd{floor<days>(system_clock::now())};
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace fremdrift
