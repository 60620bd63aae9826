// The Sequans modem model: its AT answers, registration timing, carrier rule, data sessions and
// the escape, coverage loss, the reset line and the hang, on a virtual clock with a fake network.
#include "chip/sequans_modem.h"

#include <gtest/gtest.h>

using namespace pyfw;
using chip::SequansModem;

namespace {

// One cell on EARFCN 6300 (band 20), at home, admitting the standard profile, 4 s to register;
// coverage is lost between lostFromUs and lostUntilUs.
struct FakeAir final : chip::LteAir {
    bool roaming = false;
    int64_t lostFromUs = INT64_MAX, lostUntilUs = INT64_MAX;
    std::optional<chip::LteCell> findCell(const std::vector<int>& earfcns, std::string_view carrier) const override {
        for (int e : earfcns)
            if (e == 6300) return chip::LteCell{6300, roaming, carrier != "standard", 4'000'000, "2B2A", "01A2D001", "10.64.0.2"};
        return std::nullopt;
    }
    std::optional<int64_t> coveredSince(int, int64_t nowUs) const override {
        if (nowUs >= lostFromUs && nowUs < lostUntilUs) return std::nullopt;
        return nowUs >= lostUntilUs ? lostUntilUs : 0;
    }
};

struct Rig {
    base::VirtualClock clock;
    FakeAir air;
    SequansModem modem;
    explicit Rig(chip::ModemProfile profile = {}) : modem(clock, air, std::move(profile)) {
        clock.advanceUs(SequansModem::kBootUs);
        EXPECT_EQ(modem.read(), "\r\n+SYSSTART\r\n");
    }
    // Sends a command and returns what the modem says within 100 ms.
    std::string at(const std::string& line) {
        modem.write(line + "\r");
        clock.advanceUs(100'000);
        return modem.read();
    }
    void attachBand20() {
        EXPECT_EQ(at("AT+CEREG=2"), "\r\nOK\r\n");
        at("AT!=\"clearscanconfig\"");
        EXPECT_EQ(at("AT!=\"RRC::addscanfreq band=20 dl-earfcn=6300\""), "\r\nOK\r\n");
        EXPECT_EQ(at("AT+CFUN=1"), "\r\nOK\r\n");
    }
};

}  // namespace

TEST(SequansModem, SaysNothingUntilItHasBooted) {
    base::VirtualClock clock;
    FakeAir air;
    SequansModem modem(clock, air);
    modem.write("AT\r");
    clock.advanceUs(1'000'000);
    EXPECT_EQ(modem.read(), "");
    EXPECT_EQ(modem.nextOutputUs(), SequansModem::kBootUs);
    clock.advanceUs(600'000);
    EXPECT_EQ(modem.read(), "\r\n+SYSSTART\r\n");
}

TEST(SequansModem, AnswersIdentityAndUnknownCommands) {
    Rig rig;
    EXPECT_EQ(rig.at("AT"), "\r\nOK\r\n");
    EXPECT_EQ(rig.at("AT+CGSN=1"), "\r\n+CGSN: \"354347090033449\"\r\n\r\nOK\r\n");
    EXPECT_EQ(rig.at("AT+SQNCCID?"), "\r\n+SQNCCID: \"89882806660004909182\",\"\"\r\n\r\nOK\r\n");
    EXPECT_EQ(rig.at("AT+NOPE"), "\r\nERROR\r\n");
    EXPECT_EQ(rig.at("AT+CFUN=7"), "\r\nERROR\r\n");
    EXPECT_EQ(rig.at("AT!=\"RRC::addscanfreq band=20\""), "\r\nERROR\r\n");
}

TEST(SequansModem, RegistersAfterTheNetworksDelay) {
    Rig rig;
    rig.attachBand20();
    EXPECT_EQ(rig.at("AT+CEREG?"), "\r\n+CEREG: 2,2\r\n\r\nOK\r\n");
    rig.clock.advanceUs(4'000'000);
    EXPECT_EQ(rig.at("AT+CEREG?"), "\r\n+CEREG: 2,1,\"2B2A\",\"01A2D001\",7\r\n\r\nOK\r\n");
    rig.air.roaming = true;
    EXPECT_EQ(rig.at("AT+CEREG?"), "\r\n+CEREG: 2,5,\"2B2A\",\"01A2D001\",7\r\n\r\nOK\r\n");
    EXPECT_EQ(rig.at("AT+CFUN=4"), "\r\nOK\r\n");
    EXPECT_EQ(rig.modem.registrationStatus(), 0);
}

TEST(SequansModem, AScanThatFindsNoCellGivesUp) {
    Rig rig;
    rig.at("AT!=\"RRC::addscanfreq band=28 dl-earfcn=9435\"");
    rig.at("AT+CFUN=1");
    EXPECT_EQ(rig.modem.registrationStatus(), 2);
    rig.clock.advanceUs(SequansModem::kScanGiveUpUs);
    EXPECT_EQ(rig.modem.registrationStatus(), 0);
}

TEST(SequansModem, CarrierChangesOnlyWithTheStackDown) {
    Rig rig;
    EXPECT_EQ(rig.at("AT+SQNCTM?"), "\r\n+SQNCTM: \"standard\"\r\n\r\nOK\r\n");
    rig.at("AT+CFUN=4");
    EXPECT_EQ(rig.at("AT+SQNCTM=\"verizon\""), "\r\nERROR\r\n");
    rig.at("AT+CFUN=0");
    EXPECT_EQ(rig.at("AT+SQNCTM=\"sprint\""), "\r\nERROR\r\n");
    EXPECT_EQ(rig.at("AT+SQNCTM=\"verizon\""), "\r\nOK\r\n");
    EXPECT_EQ(rig.modem.carrier(), "verizon");
    // The standard-profile network refuses a Verizon modem once it has tried.
    rig.attachBand20();
    rig.clock.advanceUs(5'000'000);
    EXPECT_EQ(rig.modem.registrationStatus(), 3);
}

TEST(SequansModem, DataSessionEscapesResumesAndDropsWithCoverage) {
    Rig rig;
    rig.attachBand20();
    EXPECT_EQ(rig.at("AT+CGDATA=\"PPP\",1"), "\r\nNO CARRIER\r\n");   // not registered yet
    rig.clock.advanceUs(4'000'000);
    EXPECT_EQ(rig.at("AT+CGDATA=\"PPP\",1"), "\r\nCONNECT\r\n");
    EXPECT_TRUE(rig.modem.inDataMode());
    EXPECT_EQ(rig.at("AT"), "");                                      // PPP payload now
    rig.modem.write("+++");
    rig.clock.advanceUs(100'000);
    EXPECT_EQ(rig.modem.read(), "\r\nOK\r\n");
    rig.clock.advanceUs(SequansModem::kPppUpUs);
    EXPECT_EQ(rig.at("AT+CGPADDR=1"), "\r\n+CGPADDR: 1,\"10.64.0.2\"\r\n\r\nOK\r\n");
    EXPECT_EQ(rig.at("ATO"), "\r\nCONNECT\r\n");
    rig.air.lostFromUs = rig.clock.nowUs() + 1'000'000;
    rig.air.lostUntilUs = rig.air.lostFromUs + 10'000'000;
    rig.clock.advanceUs(2'000'000);
    EXPECT_EQ(rig.modem.read(), "\r\nNO CARRIER\r\n");
    EXPECT_FALSE(rig.modem.inDataMode());
    EXPECT_EQ(rig.modem.registrationStatus(), 2);
    // Coverage back at lostUntil; registration takes its 4 s again.
    rig.clock.advanceTo(rig.air.lostUntilUs + 3'000'000);
    EXPECT_EQ(rig.modem.registrationStatus(), 2);
    rig.clock.advanceUs(1'000'000);
    EXPECT_EQ(rig.modem.registrationStatus(), 1);
    EXPECT_EQ(rig.at("ATO"), "\r\nNO CARRIER\r\n");
}

TEST(SequansModem, ResetCommandRebootsIt) {
    Rig rig;
    rig.attachBand20();
    rig.modem.write("AT^RESET\r");
    rig.clock.advanceUs(10'000);
    EXPECT_EQ(rig.modem.read(), "\r\nOK\r\n");
    rig.clock.advanceUs(SequansModem::kBootUs);
    EXPECT_EQ(rig.modem.read(), "\r\n+SYSSTART\r\n");
    EXPECT_EQ(rig.at("AT+CFUN?"), "\r\n+CFUN: 0\r\n\r\nOK\r\n");
}

TEST(SequansModem, HangsAndTheResetLineRevivesIt) {
    chip::ModemProfile profile;
    profile.hangAtUs = 5'000'000;
    Rig rig(profile);
    EXPECT_EQ(rig.at("AT"), "\r\nOK\r\n");
    rig.clock.advanceTo(5'000'000);
    EXPECT_EQ(rig.at("AT"), "");
    EXPECT_TRUE(rig.modem.hung());
    rig.modem.pulseResetLine();
    rig.clock.advanceUs(SequansModem::kBootUs);
    EXPECT_EQ(rig.modem.read(), "\r\n+SYSSTART\r\n");
    EXPECT_EQ(rig.at("AT"), "\r\nOK\r\n");
}

TEST(SequansModem, AHangThatSurvivesResetNeedsAPowerCycle) {
    chip::ModemProfile profile;
    profile.hangAtUs = 2'000'000;
    profile.hangSurvivesReset = true;
    Rig rig(profile);
    rig.clock.advanceTo(2'000'000);
    rig.modem.pulseResetLine();
    rig.clock.advanceUs(SequansModem::kBootUs);
    EXPECT_EQ(rig.at("AT"), "");
    rig.modem.powerCycle();
    rig.clock.advanceUs(SequansModem::kBootUs);
    EXPECT_EQ(rig.modem.read(), "\r\n+SYSSTART\r\n");
    EXPECT_EQ(rig.at("AT"), "\r\nOK\r\n");
}

TEST(SequansModem, CeregLayoutsOfOtherModemFirmware) {
    chip::ModemProfile wide;
    wide.ceregStyle = "wide";
    Rig a(wide);
    a.attachBand20();
    a.clock.advanceUs(4'000'000);
    EXPECT_EQ(a.at("AT+CEREG?"), "\r\n+CEREG: 2,1,\"2B2A\",\"01A2D001\",7,,,\"11100000\",\"11100000\"\r\n\r\nOK\r\n");
    chip::ModemProfile bare;
    bare.ceregStyle = "bare";
    Rig b(bare);
    b.attachBand20();
    b.clock.advanceUs(4'000'000);
    EXPECT_EQ(b.at("AT+CEREG?"), "\r\n+CEREG: 0,1\r\n\r\nOK\r\n");
}
