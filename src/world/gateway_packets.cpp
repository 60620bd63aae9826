#include "world/gateway_packets.h"

namespace pyfw::world {

RxPacket toRxPacket(const UplinkMeta& meta, base::ByteView phy) {
    RxPacket rx;
    rx.tmst = meta.tmst;
    rx.frequencyHz = meta.frequencyHz;
    rx.spreadingFactor = meta.spreadingFactor;
    rx.bandwidthKhz = meta.bandwidthKhz;
    rx.rssi = meta.rssi;
    rx.snr = meta.snr;
    rx.data.assign(phy.begin(), phy.end());
    return rx;
}

UplinkMeta toUplinkMeta(const RxPacket& rx, Eui gatewayEui) {
    UplinkMeta meta;
    meta.tmst = rx.tmst;
    meta.timeUs = rx.tmst;
    meta.frequencyHz = rx.frequencyHz;
    meta.spreadingFactor = rx.spreadingFactor;
    meta.bandwidthKhz = rx.bandwidthKhz;
    meta.rssi = rx.rssi;
    meta.snr = rx.snr;
    meta.gatewayEui = gatewayEui;
    return meta;
}

TxPacket toTxPacket(const DownlinkPlan& plan, const lorawan::Region& region) {
    const lorawan::DataRate& rate = region.dataRates[plan.dr];
    TxPacket tx;
    tx.immediate = plan.immediate;
    tx.tmst = plan.tmst;
    tx.frequencyHz = plan.frequencyHz;
    tx.spreadingFactor = rate.spreadingFactor;
    tx.bandwidthKhz = rate.bandwidthKhz;
    tx.powerDbm = plan.powerDbm;
    tx.data.assign(plan.frame.bytes.begin(), plan.frame.bytes.begin() + plan.frame.size);
    return tx;
}

std::optional<DownlinkPlan> toDownlinkPlan(const TxPacket& tx, const lorawan::Region& region) {
    DownlinkPlan plan;
    plan.immediate = tx.immediate;
    plan.tmst = tx.tmst;
    plan.frequencyHz = tx.frequencyHz;
    plan.powerDbm = int8_t(tx.powerDbm);
    plan.frame.assign(tx.data);
    for (uint8_t dr = 0; dr < region.dataRates.size(); ++dr) {
        const lorawan::DataRate& rate = region.dataRates[dr];
        if (lorawan::validDownlinkDr(region, dr) && rate.spreadingFactor == tx.spreadingFactor &&
            rate.bandwidthKhz == tx.bandwidthKhz) {
            plan.dr = dr;
            return plan;
        }
    }
    return std::nullopt;
}

}  // namespace pyfw::world
