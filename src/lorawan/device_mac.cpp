// Device side of the MAC commands a network sends (spec §5). The lengths come from the command
// table (mac_commands.h); each handler validates, applies all-or-nothing, and queues its answer.
#include "lorawan/device.h"

#include <algorithm>

namespace pyfw::lorawan {

void Device::handleMacCommands(base::ByteView data, int8_t snr) {
    MacCommandReader reader(data, Direction::Down);
    std::array<MacCommand, 64> commands;
    size_t count = 0;
    MacCommand command;
    while (count < commands.size() && reader.next(command)) commands[count++] = command;
    if (reader.stoppedOnUnknown() || reader.stoppedOnTruncated()) ++stats_.unknownMacCommands;

    for (size_t i = 0; i < count;) {
        if (commands[i].cid == uint8_t(Cid::LinkAdr)) {
            // A contiguous run of LinkADRReq is one atomic block (spec §5.2; pitfall 5).
            size_t end = i;
            while (end < count && commands[end].cid == uint8_t(Cid::LinkAdr)) ++end;
            handleLinkAdrBlock({commands.data() + i, end - i});
            i = end;
        } else {
            handleMacCommand(commands[i++], snr);
        }
    }
}

void Device::handleLinkAdrBlock(std::span<const MacCommand> block) {
    std::array<MaskCommand, 64> masks;
    for (size_t i = 0; i < block.size(); ++i)
        masks[i] = {base::readLe16(block[i].payload.data() + 1), uint8_t((block[i].payload[3] >> 4) & 7)};
    const auto mask = session_.channels.maskAfter(*region_, {masks.data(), block.size()});
    const base::ByteView last = block.back().payload;
    const uint8_t dr = last[0] >> 4;
    const uint8_t power = last[0] & 0x0F;
    const uint8_t nbTrans = last[3] & 0x0F;

    const bool channelOk = mask.has_value();
    const bool drOk = validUplinkDr(*region_, dr) && maxPayload(*region_, dr, session_.uplinkDwell) > 0 &&
                      session_.channels.anyChannelFor(dr, mask.value_or(session_.channels.mask()));
    const bool powerOk = power <= region_->maxTxPowerIndex;
    if (channelOk && drOk && powerOk) {
        session_.dr = dr;
        session_.txPowerIndex = power;
        session_.nbTrans = nbTrans == 0 ? 1 : nbTrans;
        session_.channels.setMask(*mask);
    }
    const uint8_t status = uint8_t((powerOk ? 4 : 0) | (drOk ? 2 : 0) | (channelOk ? 1 : 0));
    for (size_t i = 0; i < block.size(); ++i) session_.answers.add(Cid::LinkAdr, {status});
}

void Device::handleMacCommand(const MacCommand& command, int8_t snr) {
    const base::ByteView p = command.payload;
    switch (Cid(command.cid)) {
    case Cid::LinkCheck:
        stats_.linkMargin = p[0];
        stats_.gatewayCount = p[1];
        compliance_.onLinkCheckAnswer(p[0], p[1]);
        break;
    case Cid::DutyCycle:
        session_.maxDutyCycle = p[0] & 0x0F;
        session_.answers.add(Cid::DutyCycle, {});
        break;
    case Cid::RxParamSetup: {
        const uint8_t rx1Offset = (p[0] >> 4) & 7;
        const uint8_t rx2Dr = p[0] & 0x0F;
        const uint32_t hz = base::readLe24(p.data() + 1) * 100;
        const uint8_t status = uint8_t((rx1Offset <= region_->maxRx1Offset ? 4 : 0) |
                                       (validDownlinkDr(*region_, rx2Dr) ? 2 : 0) | (frequencyInRegion(*region_, hz) ? 1 : 0));
        if (status == 7) {
            session_.rx1DrOffset = rx1Offset;
            session_.rx2Dr = rx2Dr;
            session_.rx2FrequencyHz = hz;
        }
        session_.stickyAnswers.add(Cid::RxParamSetup, {status});
        break;
    }
    case Cid::DevStatus: {
        const int margin = std::clamp<int>(snr, -32, 31);
        session_.answers.add(Cid::DevStatus, {config_.batteryLevel, uint8_t(margin & 0x3F)});
        break;
    }
    case Cid::NewChannel: {
        uint8_t status = 0;
        if (region_->acceptsNewChannel)
            status = session_.channels.newChannel(*region_, p[0], base::readLe24(p.data() + 1) * 100, p[4] & 0x0F, p[4] >> 4);
        session_.answers.add(Cid::NewChannel, {status});
        break;
    }
    case Cid::RxTimingSetup:
        session_.rxDelaySeconds = std::max<uint8_t>(p[0] & 0x0F, 1);
        session_.stickyAnswers.add(Cid::RxTimingSetup, {});
        break;
    case Cid::TxParamSetup:
        if (!region_->acceptsTxParamSetup) break;  // not answered where the region has no such command
        session_.downlinkDwell = p[0] >> 5 & 1;
        session_.uplinkDwell = p[0] >> 4 & 1;
        session_.maxEirpDbm = maxEirpFromCode(p[0] & 0x0F);
        session_.answers.add(Cid::TxParamSetup, {});
        break;
    case Cid::DlChannel: {
        uint8_t status = 0;
        if (region_->acceptsNewChannel)
            status = session_.channels.setRx1Frequency(*region_, p[0], base::readLe24(p.data() + 1) * 100);
        session_.stickyAnswers.add(Cid::DlChannel, {status});
        break;
    }
    case Cid::LinkAdr:
        break;  // handled as a block above
    }
}

}  // namespace pyfw::lorawan
