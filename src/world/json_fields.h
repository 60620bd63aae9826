// Checked reads of one JSON object's fields, for data from the network: every read checks the
// field's type and range and returns an error naming the field, and nothing here throws (the
// nlohmann accessors that throw on a wrong type are never called on an unchecked value).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "base/result.h"

namespace pyfw::world {

class JsonFields {
public:
    // what: how errors name the object, e.g. "an rxpk entry".
    JsonFields(const nlohmann::json& object, std::string what) : object_(object), what_(std::move(what)) {}

    bool has(const char* name) const;
    // A number in [min, max]; an integral value is required when integral is set.
    base::Result<std::optional<double>> number(const char* name, double min, double max, bool integral = false) const;
    base::Result<double> requiredNumber(const char* name, double min, double max, bool integral = false) const;
    base::Result<std::optional<std::string>> string(const char* name, size_t maxSize) const;
    base::Result<std::string> requiredString(const char* name, size_t maxSize) const;
    base::Result<std::optional<bool>> boolean(const char* name) const;

private:
    base::Error wrong(const char* name, const std::string& rule) const;

    const nlohmann::json& object_;
    std::string what_;
};

}  // namespace pyfw::world
