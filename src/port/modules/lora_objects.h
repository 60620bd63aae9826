// What network.LoRa and the LoRa sockets share: the board's LoRa task and the errors Pycom raises.
#pragma once

#include "engine/native.h"
#include "port/lora/lora_stack.h"

namespace pyfw::port {

// The running board's LoRa task.
lora::LoraStack& loraStack();
// Raises OSError(errno) with the number only, as Pycom's sockets do.
[[noreturn]] void raiseOsError(int errnoValue);
// The network module's LoRa class (network_lora.cpp) and the socket type (lora_socket.cpp).
engine::Value makeLoraClass();
engine::Value newLoraSocket();

}  // namespace pyfw::port
