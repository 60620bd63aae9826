// What a board's sys says beyond the engine's: sys.platform is 'esp32', as on Pycom's firmware.
#include "engine/native.h"
#include "port/modules/board_library.h"

namespace pyfw::port {

void addBoardSys(engine::ModuleObject* sys) { engine::moduleSet(sys, "platform", engine::Value(engine::intern("esp32"))); }

}  // namespace pyfw::port
