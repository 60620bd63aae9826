// What lora.nvram_save() writes and nvram_restore() reads: the LoRaWAN stack's Storage on the
// board's NVS, namespace LORA_NVM, under the keys Pycom v1.17.2 uses (LoRaMacNvsSave), so the state
// a deep sleep must keep is spread over the same named items a Pycom user sees with NVS tools:
//
//   REGION (u8)  JOINED (u8, written last)  DEVADDR NETID UPLNK DWLNK ADRACK (u32)
//   NWSKEY APPSKEY (16-byte blobs)  SRVACK MACNXTTX MACBUFIDX MACRPTIDX (u8)
//   MACBUF MACRPTBUF (the MAC answers for the next uplink, and the sticky ones repeated until a
//   downlink arrives)  CHANNELS (the channel table)  CHANMASK CHANMASKREM (the channel masks)
//   MACPARAMS (the MAC parameters the network set: DR, power, RX windows, dwell, duty-cycle state)
//   DEVNONCE (u16: the last join request's DevNonce, never reused)
//
// The blobs' layouts are ours (Pycom stored its C structs). A save writes JOINED = 0 first and
// JOINED = 1 last, so a power cut in the middle leaves a session that is not restored, never a
// half-old one; a region change erases the namespace first, as Pycom does.
#pragma once

#include <functional>

#include "lorawan/interfaces.h"
#include "port/nvs_store.h"

namespace pyfw::port::lora {

inline constexpr const char* kLoraNamespace = "LORA_NVM";

class LoraNvram final : public lorawan::Storage {
public:
    // `store` opens the board's NVS when first needed (null: it cannot be opened).
    explicit LoraNvram(std::function<NvsStore*()> store) : store_(std::move(store)) {}

    std::optional<base::Bytes> load(std::string_view key) override;
    base::Status store(std::string_view key, base::ByteView value) override;
    void erase(std::string_view key) override;

private:
    std::optional<base::Bytes> loadSession(NvsStore& nvs);
    base::Status storeSession(NvsStore& nvs, base::ByteView blob);

    std::function<NvsStore*()> store_;
};

}  // namespace pyfw::port::lora
