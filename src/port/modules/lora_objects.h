// What network.LoRa and the LoRa sockets share: the board's LoRa task and the errors Pycom raises.
#pragma once

#include "engine/native.h"
#include "port/lora/lora_stack.h"

namespace pyfw::port {

// The running board's LoRa task.
lora::LoraStack& loraStack();
// Raises OSError(errno) with the number only, as Pycom's sockets do.
[[noreturn]] void raiseOsError(int errnoValue);
// A LoRa or Sigfox socket's settimeout(): None blocks (-1), else seconds >= 0 in microseconds.
int64_t socketTimeoutUs(engine::Value timeout);
// The network module's LoRa class (network_lora.cpp) and the socket type (lora_socket.cpp).
engine::Value makeLoraClass();
engine::Value newLoraSocket();

}  // namespace pyfw::port
