// Reading the modem's +CEREG answer (3GPP TS 27.007) for lte.isattached(). Pycom's parser looked
// for "+CEREG: 2,1," or "+CEREG: 2,5," and a '7' at byte 30, so it failed on modems that answered
// with other field widths, extra fields or another <n> (Pycom #290/#349/#585). This one reads the
// fields: any <n>, the <stat>, and the access technology when it is there.
#pragma once

#include <optional>
#include <string_view>

namespace pyfw::port {

struct Registration {
    int mode = 0;          // <n>, the report format the modem uses
    int status = 0;        // <stat>: 1 home, 5 roaming, 2 searching, 3 denied, 0 idle
    int accessTech = -1;   // <AcT> when given: 7 E-UTRAN (LTE-M), 9 E-UTRAN NB-S1
};

// The first "+CEREG:" answer in `reply`, or nothing when there is none or it is malformed.
std::optional<Registration> parseCereg(std::string_view reply);

// Registered on LTE, at home or roaming.
bool isAttached(const Registration& registration);

}  // namespace pyfw::port
