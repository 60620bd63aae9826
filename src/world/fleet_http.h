// The fleet page's routes: `/` is the page, `/api/...` its JSON API, for the page and for scripts.
//   GET /api/devices                         every device: session, counters, radio, battery
//   GET /api/frames?after=ID&limit=N         the frame log after ID (oldest first), N <= 500
//   GET /api/uplinks-per-hour?hours=H        uplinks in each of the last H hours, H <= 168
//   GET /api/airtime                         time on air per device (uplinks, downlinks)
#pragma once

#include <cstdint>
#include <string_view>

#include "world/fleet_view.h"
#include "world/http_server.h"

namespace pyfw::world {

extern const std::string_view kFleetPageHtml;

HttpResponse answerFleetRequest(FleetView& view, const HttpRequest& request, int64_t nowMs);

}  // namespace pyfw::world
