#include "world/fleet_http.h"

namespace pyfw::world {

namespace {

HttpResponse jsonResponse(const base::Result<nlohmann::json>& document) {
    if (!document) return {503, "text/plain; charset=utf-8", "the database cannot be read: " + document.error().message + "\n"};
    // Text from the registry is not trusted to be UTF-8: bad bytes become U+FFFD, never an exception.
    return {200, "application/json", document->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
}

HttpResponse badParameter(const std::string& why) { return {400, "text/plain; charset=utf-8", why + "\n"}; }

HttpResponse page(FleetView&, const HttpRequest&, int64_t) {
    return {200, "text/html; charset=utf-8", std::string(kFleetPageHtml)};
}

HttpResponse devices(FleetView& view, const HttpRequest&, int64_t) { return jsonResponse(view.devices()); }

HttpResponse frames(FleetView& view, const HttpRequest& request, int64_t) {
    const auto after = queryInteger(request, "after", -1, -1, INT64_MAX);
    const auto limit = queryInteger(request, "limit", 100, 1, 500);
    if (!after) return badParameter("after must be a frame id (an integer from -1)");
    if (!limit) return badParameter("limit must be an integer from 1 to 500");
    return jsonResponse(view.frames(*after, *limit));
}

HttpResponse perHour(FleetView& view, const HttpRequest& request, int64_t nowMs) {
    const auto hours = queryInteger(request, "hours", 24, 1, 168);
    if (!hours) return badParameter("hours must be an integer from 1 to 168");
    return jsonResponse(view.uplinksPerHour(*hours, nowMs));
}

HttpResponse airtime(FleetView& view, const HttpRequest&, int64_t) { return jsonResponse(view.airtime()); }

struct Route {
    std::string_view path;
    HttpResponse (*answer)(FleetView&, const HttpRequest&, int64_t);
};

constexpr Route kRoutes[] = {
    {"/", page},
    {"/index.html", page},
    {"/api/devices", devices},
    {"/api/frames", frames},
    {"/api/uplinks-per-hour", perHour},
    {"/api/airtime", airtime},
};

}  // namespace

HttpResponse answerFleetRequest(FleetView& view, const HttpRequest& request, int64_t nowMs) {
    for (const Route& route : kRoutes)
        if (request.path == route.path) return route.answer(view, request, nowMs);
    return {404, "text/plain; charset=utf-8", "no such page: " + request.path + "\n"};
}

}  // namespace pyfw::world
