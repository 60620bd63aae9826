#include "world/json_fields.h"

#include <cmath>

namespace pyfw::world {

bool JsonFields::has(const char* name) const { return object_.is_object() && object_.contains(name); }

base::Error JsonFields::wrong(const char* name, const std::string& rule) const {
    return base::fail(what_ + ": '" + name + "' " + rule);
}

base::Result<std::optional<double>> JsonFields::number(const char* name, double min, double max, bool integral) const {
    if (!has(name)) return std::optional<double>{};
    const nlohmann::json& v = object_.find(name).value();
    double x;
    if (v.is_number_unsigned()) {
        x = double(v.get_ref<const nlohmann::json::number_unsigned_t&>());
    } else if (v.is_number_integer()) {
        x = double(v.get_ref<const nlohmann::json::number_integer_t&>());
    } else if (v.is_number_float()) {
        x = v.get_ref<const nlohmann::json::number_float_t&>();
    } else {
        return wrong(name, "is not a number");
    }
    if (!std::isfinite(x) || x < min || x > max) return wrong(name, "is out of range");
    if (integral && x != std::floor(x)) return wrong(name, "is not a whole number");
    return std::optional<double>(x);
}

base::Result<double> JsonFields::requiredNumber(const char* name, double min, double max, bool integral) const {
    PYFW_ASSIGN(std::optional<double> x, number(name, min, max, integral));
    if (!x) return wrong(name, "is missing");
    return *x;
}

base::Result<std::optional<std::string>> JsonFields::string(const char* name, size_t maxSize) const {
    if (!has(name)) return std::optional<std::string>{};
    const nlohmann::json& v = object_.find(name).value();
    if (!v.is_string()) return wrong(name, "is not a string");
    const std::string& text = v.get_ref<const std::string&>();
    if (text.size() > maxSize) return wrong(name, "is too long");
    return std::optional<std::string>(text);
}

base::Result<std::string> JsonFields::requiredString(const char* name, size_t maxSize) const {
    PYFW_ASSIGN(std::optional<std::string> text, string(name, maxSize));
    if (!text) return wrong(name, "is missing");
    return *text;
}

base::Result<std::optional<bool>> JsonFields::boolean(const char* name) const {
    if (!has(name)) return std::optional<bool>{};
    const nlohmann::json& v = object_.find(name).value();
    if (!v.is_boolean()) return wrong(name, "is not true or false");
    return std::optional<bool>(v.get<bool>());
}

}  // namespace pyfw::world
