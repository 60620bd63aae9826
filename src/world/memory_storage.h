// A Storage kept in memory: what a simulated device's NVS is between deep sleeps.
#pragma once

#include <map>
#include <string>

#include "lorawan/interfaces.h"

namespace pyfw::world {

class MemoryStorage : public lorawan::Storage {
public:
    std::optional<base::Bytes> load(std::string_view key) override {
        auto it = blobs_.find(std::string(key));
        if (it == blobs_.end()) return std::nullopt;
        return it->second;
    }
    base::Status store(std::string_view key, base::ByteView value) override {
        blobs_[std::string(key)] = base::Bytes(value.begin(), value.end());
        return base::okStatus();
    }
    void erase(std::string_view key) override { blobs_.erase(std::string(key)); }

private:
    std::map<std::string, base::Bytes, std::less<>> blobs_;
};

}  // namespace pyfw::world
