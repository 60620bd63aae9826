// The world process's door for boards: a Unix socket where board processes (`pyfw board boot`)
// connect their radios over the radio link (formats/radio_link.h), each becoming a station of
// the World next to the simulated devices and gateways. Design and time rules: src/world/README.md.
//
// Virtual time: the world moves time on only while every board waits, to the earliest of its own
// events, the boards' waits and the radio calls they made while running (each stamped with the
// board's clock); calls of one instant are applied in the order of the boards' station numbers, so
// the run does not depend on how the host schedules the processes.
// Real time: the world's clock follows the host's; radio calls take effect as they arrive.
#pragma once

#include <atomic>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "formats/radio_link.h"
#include "world/world.h"

namespace pyfw::world {

struct WorldServerConfig {
    std::filesystem::path socket;
    formats::RadioLinkTime time = formats::RadioLinkTime::Virtual;
    size_t waitForBoards = 0;   // virtual time: time starts when this many boards have connected
    int64_t endUs = 0;          // stop at this world time; 0: when the last board has left
    size_t maxBoards = 256;     // room for a whole fleet (Pycom users run 50 to 150 boards)
};

struct WorldServerStats {
    uint64_t boardsConnected = 0;
    uint64_t boardsRefused = 0;   // a bad hello, a bad message, or too many boards
    uint64_t commands = 0;
    uint64_t grants = 0;
    uint64_t eventsSent = 0;
};

class WorldServer {
public:
    // Listens on config.socket (an existing socket file there is replaced).
    static base::Result<std::unique_ptr<WorldServer>> listen(World& world, const WorldServerConfig& config);
    ~WorldServer();

    // Runs until the end time, until the last board leaves (when there is no end time), or until
    // `stop` becomes true.
    base::Status run(const std::atomic<bool>& stop);
    const WorldServerStats& stats() const { return stats_; }
    std::function<void(const std::string& line)> log;

    struct Board;

private:
    WorldServer(World& world, const WorldServerConfig& config, int listenFd);
    void accept();
    void read(Board& board);
    void handle(Board& board, formats::RadioLinkMessage message);
    void apply(Board& board, const formats::RadioLinkMessage& command);
    // Applies the held calls due at the world's time; false if there were none.
    bool applyDue();
    void drop(Board& board, const std::string& why);
    void removeClosed();
    bool anyRunning() const;
    bool waitForMessages(int timeoutMs);
    base::Status runVirtual(const std::atomic<bool>& stop);
    base::Status runReal(const std::atomic<bool>& stop);
    void note(const std::string& line) { if (log) log(line); }

    World& world_;
    WorldServerConfig config_;
    int listenFd_;
    std::vector<std::unique_ptr<Board>> boards_;
    struct HeldCall {
        int64_t atUs;
        uint32_t station;
        uint64_t sequence;
        Board* board;
        formats::RadioLinkMessage message;
    };
    std::vector<HeldCall> held_;  // calls boards made while running, to apply at their time
    uint64_t heldSequence_ = 0;
    bool everConnected_ = false;
    WorldServerStats stats_;
    int64_t realStartUs_ = 0;
};

}  // namespace pyfw::world
