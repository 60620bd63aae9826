#include "port/running_app.h"

#include <cerrno>

#include "boot/rom_loader.h"
#include "engine/runtime/interpreter.h"
#include "port/flash_file_system.h"
#include "port/fs/board_volume.h"
#include "port/lora/lora_nvram.h"
#include "port/lora/lora_stack.h"
#include "port/lora/world_air.h"
#include "port/nvs_store.h"
#include "port/lte_link.h"
#include "port/sigfox_radio.h"
#include "port/network_state.h"

namespace pyfw::port {

namespace {

// What Pycom's firmware writes on a freshly formatted /flash (mptask.c).
constexpr std::string_view kFreshBootPy = "# boot.py -- run on boot-up\r\n";
constexpr std::string_view kFreshMainPy = "# main.py -- put your code here!\r\n";
constexpr const char* kFreshDirectories[] = {"/sys", "/lib", "/cert"};

// "_boot.py" in the image's archive is the module "_boot".
std::string moduleName(const std::string& fileName) {
    return fileName.size() > 3 && fileName.ends_with(".py") ? fileName.substr(0, fileName.size() - 3) : fileName;
}

}  // namespace

RunningApp::RunningApp(chip::Board& board, const boot::AppJump& jump, StartFacts facts, Console console,
                       std::optional<size_t> heapBytes)
    : board_(board),
      jump_(jump),
      facts_(std::move(facts)),
      console_(console),
      heapBytes_(heapBytes.value_or(board.model().heapSize)),
      time_(board.clock()),
      io_(board.dir(), board.gpio()),
      pins_(io_, time_),
      led_(io_, time_),
      watchdog_(time_, [this] { requestExit({int(ExitKind::Reset), 0}); }),
      alarms_(time_, [this](uint64_t id) { fireCallback(alarmCallbackKey(id)); }) {
    for (const auto& module : jump_.app.frozenModules) frozen_.push_back({moduleName(module.name), module.source});
    // The RTC kept counting through the reset or the deep sleep; a power-on starts it at 1970.
    rtcOffsetUs_ = int64_t(board_.rtc().rtcTimeUs) - time_.nowUs();
}

NvsStore* RunningApp::nvs() {
    std::lock_guard lock(devicesMutex_);
    if (!nvsTried_) {
        nvsTried_ = true;
        auto opened = NvsStore::openOnBoard(board_);
        if (opened) nvs_ = std::make_unique<NvsStore>(std::move(*opened));
    }
    return nvs_.get();
}

lora::LoraStack* RunningApp::loraIfStarted() {
    std::lock_guard lock(devicesMutex_);
    return lora_.get();
}

lora::LoraStack& RunningApp::lora() {
    std::lock_guard lock(devicesMutex_);
    if (!lora_) {
        loraNvram_ = std::make_unique<lora::LoraNvram>([this] { return nvs(); });
        // The MAC's random choices (channels, back-off) differ from board to board.
        const chip::MacAddress mac = board_.mac();
        uint64_t seed = 0;
        for (uint8_t b : mac) seed = seed << 8 | b;
        lora_ = std::make_unique<lora::LoraStack>(time_, *loraNvram_, seed);
        if (world_) lora_->connect(world_);
    }
    return *lora_;
}

CanController& RunningApp::can() {
    std::lock_guard lock(devicesMutex_);
    if (!can_) can_ = std::make_unique<CanController>(canBus, [this](uint32_t) { fireCallback(canCallbackKey()); });
    return *can_;
}

// The chip goes down (reset, deep sleep, power-off): the servers and the LoRa task first, then the
// timers, so nothing fires into the peripherals as they go; held pads go into RTC memory.
RunningApp::~RunningApp() {
    network.reset();   // the servers stop before the files they serve go
    can_.reset();      // off the bus before the callbacks go
    sigfox.reset();    // its carrier ends on the board's clock, while there is one
    lora_.reset();
    time_.stop();
    io_.stopWatching();
    watchdog_.stop();
    led_.powerDown();
    pins_.powerDown(board_.rtc());
    board_.rtc().rtcTimeUs = uint64_t(std::max<int64_t>(0, rtcNowUs()));
}

void RunningApp::say(std::string_view text) {
    std::string cooked;
    for (char c : text) {
        if (c == '\n') cooked += '\r';
        cooked += c;
    }
    console_.out->write(cooked);
}

base::Result<boot::OtaUpdater*> RunningApp::ota() {
    if (!ota_) {
        PYFW_ASSIGN(auto config, boot::installedBootloaderConfig(board_));
        ota_.emplace(board_, config);
    }
    return &*ota_;
}

void RunningApp::start() {
    readConfigBlock();
    startPeripherals();
    mountFlash();
    startWifiOnBoot(*this);
}

// The outside's inputs (pins.in), the pads the RTC domain held, and Pycom's "WDT on boot": set in
// the config block, it starts before boot.py on every hard boot.
void RunningApp::startPeripherals() {
    for (const std::string& refused : io_.load(uint64_t(time_.nowUs()))) say(refused + "\n");
    if (facts_.resetReason != chip::ResetReason::PowerOn) pins_.restoreHolds(board_.rtc());
    pins_.irqSink = [this](int gpio, int) { fireCallback(pinCallbackKey(gpio)); };
    pins_.scheduleInputChanges();
    if (!time_.isVirtual())
        io_.watch([this] { return uint64_t(time_.nowUs()); }, [this](int gpio) { pins_.inputChanged(gpio); });
    if (config_.wdtOnBoot && config_.wdtOnBootTimeout != 0xFFFFFFFF) {
        say("Starting the WDT on boot\n");
        watchdog_.start(config_.wdtOnBootTimeout);
    }
}

// The config block is a plain (never encrypted) sector at 0x3FF000; an unreadable one reads as
// erased flash, which means the firmware's defaults.
void RunningApp::readConfigBlock() {
    auto raw = board_.flash().read(formats::ConfigBlock::kAddress, formats::ConfigBlock::kSize);
    if (!raw.ok()) return;
    auto parsed = formats::ConfigBlock::parse(*raw);
    if (parsed.ok()) config_ = *parsed;
}

base::Status RunningApp::writeConfig(const formats::ConfigBlock& config) {
    PYFW_TRY(board_.flash().eraseSector(formats::ConfigBlock::kAddress));
    PYFW_TRY(board_.flash().program(formats::ConfigBlock::kAddress, config.serialize()));
    config_ = config;
    return base::okStatus();
}

void RunningApp::mountFlash() {
    auto cipher = fs::chipCipher(board_.efuses());
    auto table = fs::readPartitionTable(board_.flash(), cipher);
    if (!table.ok()) {
        say("/flash: no partition table (" + table.error().message + "); no file system\n");
        return;
    }
    auto location = fs::locateVolume(*table);
    if (!location.ok()) {
        say("/flash: " + location.error().message + "; no file system\n");
        return;
    }
    auto storage = fs::volumeStorage(board_.flash(), *location, cipher);
    if (!storage.ok()) {
        say("/flash: " + storage.error().message + "\n");
        return;
    }
    flashStorage_ = *storage;
    mountVolume();
    vfs_.changeDir("/flash");
}

int RunningApp::mountVolume() {
    fs::TimeSource now = [this] { return rtcNowUs() / 1'000'000; };
    auto volume = fs::Volume::mount(*flashStorage_, {now});
    bool fresh = false;
    if (!volume.ok() && volume.error().code == fs::Errno::NoDevice) {
        // Pycom formats a partition that holds no volume (a first boot, or a corrupt one).
        say("/flash: " + volume.error().message + "; formatting\n");
        auto formatted = fs::Volume::format(*flashStorage_, now);
        if (formatted.ok()) volume = fs::Volume::mount(*flashStorage_, {now});
        fresh = true;
    }
    if (!volume.ok()) {
        say("/flash: cannot mount the file system: " + volume.error().message + "\n");
        return int(volume.error().code);
    }
    flashFiles_ = std::make_shared<FlashFileSystem>(std::shared_ptr<fs::Volume>(std::move(volume).value()), flashMutex_);
    vfs_.mount("/flash", flashFiles_);
    if (fresh) createDefaultFiles();
    return 0;
}

int RunningApp::reformatFlash() {
    if (!flashStorage_) return ENODEV;
    vfs_.unmount("/flash");
    // Files the program still holds fail with EBADF from now on, instead of writing into the new volume.
    if (flashFiles_) (void)flashFiles_->volume().unmount();
    flashFiles_.reset();
    fs::TimeSource now = [this] { return rtcNowUs() / 1'000'000; };
    auto formatted = fs::Volume::format(*flashStorage_, now);
    if (!formatted.ok()) return int(formatted.error().code);
    int error = mountVolume();
    if (!error) createDefaultFiles();
    return error;
}

void RunningApp::createDefaultFiles() {
    engine::OpenMode mode;
    mode.write = mode.create = mode.truncate = true;
    for (auto [name, text] : {std::pair{"/flash/boot.py", kFreshBootPy}, std::pair{"/flash/main.py", kFreshMainPy}}) {
        int error = 0;
        auto file = vfs_.open(name, mode, error);
        if (!file) continue;
        file->write(reinterpret_cast<const uint8_t*>(text.data()), text.size());
        file->close();
    }
    for (const char* dir : kFreshDirectories) vfs_.makeDir(std::string("/flash") + dir);
}

}  // namespace pyfw::port

namespace pyfw::port {

void RunningApp::atRoundEnd(std::function<void()> forget) { roundEnd_.push_back(std::move(forget)); }

void RunningApp::setInterpreter(engine::Interpreter* in) {
    if (!in) {
        auto forget = std::move(roundEnd_);
        roundEnd_.clear();
        for (auto& f : forget) f();
    }
    std::lock_guard lock(exitMutex_);
    interpreter_ = in;
    if (in && pendingExit_) engine::requestExitToHost(*in, *pendingExit_);
}

void RunningApp::requestExit(engine::HostExit request) {
    std::lock_guard lock(exitMutex_);
    if (ExitKind(request.kind) != ExitKind::SoftReset) time_.halt();
    if (interpreter_) engine::requestExitToHost(*interpreter_, request);
    else if (!pendingExit_) pendingExit_ = request;
}

void RunningApp::beginRound(engine::Interpreter& in) {
    {
        std::lock_guard lock(callbacksMutex_);
        callbacks_ = std::make_unique<RoundCallbacks>(in);
    }
    // Pycom's mperror_init0: every round starts with the heartbeat the config block asks for.
    led_.setHeartbeat(config_.heartbeatOnBoot());
}

void RunningApp::endRound() {
    pins_.clearTriggers();
    alarms_.cancelAll();
    std::lock_guard lock(callbacksMutex_);
    callbacks_.reset();
}

void RunningApp::fireCallback(uint64_t key) {
    std::lock_guard lock(callbacksMutex_);
    if (callbacks_) callbacks_->fire(key);
}

void RunningApp::requestSafeBootReset() { requestExit({int(ExitKind::SafeBootReset), 0}); }

}  // namespace pyfw::port
