# The module's constants carry the firmware's 32-bit encodings (an ESP32 small int), so layouts
# written as `offset | TYPE` mean the same bits as on the board.
import uctypes
for name in ("LITTLE_ENDIAN", "BIG_ENDIAN", "NATIVE", "VOID", "UINT8", "INT8", "UINT16", "INT16",
             "UINT32", "INT32", "UINT64", "INT64", "FLOAT32", "FLOAT64", "BFUINT8", "BFINT8",
             "BFUINT16", "BFINT16", "BFUINT32", "BFINT32", "BF_POS", "BF_LEN", "PTR", "ARRAY"):
    print(name, getattr(uctypes, name))
