// The frozen Python modules an app image carries (`_boot.py`, `_main.py`, ...), as one archive
// inside the DROM segment, pointed to by the firmware descriptor:
//   char[8] magic "pyfwfrz1" | u32 count | count x { u16 name length | name | u32 size | source }
// Names are unique, 1..64 bytes of [A-Za-z0-9_./-]; the whole archive is padded to 4 bytes.
#pragma once

#include <string>
#include <vector>

#include "base/bytes.h"
#include "base/result.h"

namespace pyfw::formats {

struct FrozenModule {
    std::string name;    // e.g. "_boot.py"
    std::string source;  // the Python source text
};

base::Result<base::Bytes> serializeFrozenArchive(const std::vector<FrozenModule>& modules);
base::Result<std::vector<FrozenModule>> parseFrozenArchive(base::ByteView archive);

}  // namespace pyfw::formats
