// Conversions between the network server's view of a frame (UplinkMeta, DownlinkPlan) and the
// Semtech protocol's (rxpk, txpk), used by both ends of the UDP link.
#pragma once

#include <optional>

#include "world/network_server.h"
#include "world/semtech_udp.h"

namespace pyfw::world {

RxPacket toRxPacket(const UplinkMeta& meta, base::ByteView phy);
UplinkMeta toUplinkMeta(const RxPacket& rx, Eui gatewayEui);
TxPacket toTxPacket(const DownlinkPlan& plan, const lorawan::Region& region);
// The DR is looked up from the modulation; nullopt if the region has none that matches.
std::optional<DownlinkPlan> toDownlinkPlan(const TxPacket& tx, const lorawan::Region& region);

}  // namespace pyfw::world
