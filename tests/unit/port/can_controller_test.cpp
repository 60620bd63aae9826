#include "port/can_controller.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include <unistd.h>

namespace pyfw::port {
namespace {

CanWireFrame wire(uint32_t kbps, uint32_t id, bool extended = false) {
    CanWireFrame w;
    w.kbps = kbps;
    w.frame.id = id;
    w.frame.extended = extended;
    w.frame.data = {uint8_t(id)};
    return w;
}

TEST(CanController, QueuesFramesOfItsRateAndFormatOnly) {
    CanController can(nullptr, nullptr);
    can.start({.kbps = 125, .format = CanFormat::Standard, .queueLength = 8});
    can.deliver(wire(125, 0x10));
    can.deliver(wire(250, 0x11));        // another bit rate: not seen
    can.deliver(wire(125, 0x12, true));  // extended while only standard frames are taken
    ASSERT_EQ(can.queued(), 1u);
    EXPECT_EQ(can.take()->id, 0x10u);
    EXPECT_FALSE(can.take());
}

TEST(CanController, EventsAndTheOverrunOfAFullQueue) {
    int calls = 0;
    CanController can(nullptr, [&](uint32_t) { ++calls; });
    can.start({.kbps = 500, .format = CanFormat::Both, .queueLength = 2});
    can.setCallbackTrigger(kCanRxFifoOverrun);
    for (uint32_t id = 1; id <= 3; ++id) can.deliver(wire(500, id));
    EXPECT_EQ(can.takeEvents(), kCanRxFrame | kCanRxFifoNotEmpty | kCanRxFifoOverrun);
    EXPECT_EQ(can.takeEvents(), 0u);   // read and cleared
    EXPECT_EQ(calls, 1);               // only the overrun asked for the callback
    EXPECT_EQ(can.queued(), 2u);       // the third frame was lost
    EXPECT_EQ(can.take()->id, 1u);
}

TEST(CanController, SoftFiltersByListRangeAndMask) {
    CanFilter list{CanFilterMode::List, {{0x100, 0x100}, {0x200, 0x200}}};
    EXPECT_TRUE(list.accepts(0x200));
    EXPECT_FALSE(list.accepts(0x201));
    CanFilter range{CanFilterMode::Range, {{0x10, 0x1F}}};
    EXPECT_TRUE(range.accepts(0x10));
    EXPECT_TRUE(range.accepts(0x1F));
    EXPECT_FALSE(range.accepts(0x20));
    CanFilter mask{CanFilterMode::Mask, {{0x200, 0x7FC}}};
    EXPECT_TRUE(mask.accepts(0x203));
    EXPECT_FALSE(mask.accepts(0x204));
    CanController can(nullptr, nullptr);
    can.start({.kbps = 500});
    can.setFilter(range);
    can.deliver(wire(500, 0x30));
    EXPECT_EQ(can.queued(), 0u);
}

TEST(CanController, StoppedOrSilent) {
    CanController can(nullptr, nullptr);
    can.deliver(wire(500, 1));   // never started
    EXPECT_EQ(can.queued(), 0u);
    can.start({.silent = true, .kbps = 500});
    EXPECT_FALSE(can.send({}));  // listen-only: it does not drive the bus
    can.deliver(wire(500, 1));
    EXPECT_EQ(can.queued(), 1u);  // but it hears
    can.stop();
    EXPECT_EQ(can.queued(), 0u);
}

TEST(CanDatagram, RoundTripsAndRefusesWhatIsNoFrame) {
    CanWireFrame w = wire(1000, 0x1ABCDEF0, true);
    auto back = decodeCanDatagram(encodeCanDatagram(w));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->frame, w.frame);
    EXPECT_EQ(back->kbps, 1000u);
    EXPECT_FALSE(decodeCanDatagram("CAN1").ok());
    EXPECT_FALSE(decodeCanDatagram(encodeCanDatagram(wire(1001, 1))).ok());
    EXPECT_FALSE(decodeCanDatagram(encodeCanDatagram(wire(500, 0x800))).ok());
    CanWireFrame remote = wire(500, 1);
    remote.frame.remote = true;
    EXPECT_FALSE(decodeCanDatagram(encodeCanDatagram(remote)).ok());   // a remote frame with data
}

TEST(CanBus, MembersOfAFolderHearEachOtherButNotThemselves) {
    auto dir = std::filesystem::temp_directory_path() / ("can_bus_test_" + std::to_string(::getpid()));
    auto a = CanBus::join(dir.string(), "a");
    auto b = CanBus::join(dir.string(), "b");
    ASSERT_TRUE(a.ok() && b.ok());
    CanController atA(a->get(), nullptr), atB(b->get(), nullptr);
    atA.start({.kbps = 125});
    atB.start({.kbps = 125});
    ASSERT_TRUE(atA.send(wire(0, 0x42).frame));
    for (int i = 0; i < 500 && atB.queued() == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    ASSERT_EQ(atB.queued(), 1u);
    EXPECT_EQ(atB.take()->id, 0x42u);
    EXPECT_EQ(atA.queued(), 0u);
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace pyfw::port
