"""An independent reader of ESP-IDF NVS partitions (page formats v1 and v2), written from the format
description in ../shared/vectors/nvs/README.md, to check what pyfw writes: every page header and
entry CRC, entry states, spans, string and blob data CRCs, blob chunks against their index, and
namespace names. read_partition() returns ({(namespace, key): (type, value)}, [problems])."""

import struct
import zlib

PAGE = 4096
ENTRIES = 126
STATES = {0xFFFFFFFE: "ACTIVE", 0xFFFFFFFC: "FULL", 0xFFFFFFF8: "FREEING"}
INTEGERS = {0x01: ("u8", "<B"), 0x11: ("i8", "<b"), 0x02: ("u16", "<H"), 0x12: ("i16", "<h"),
            0x04: ("u32", "<I"), 0x14: ("i32", "<i"), 0x08: ("u64", "<Q"), 0x18: ("i64", "<q")}
STRING, BLOB, BLOB_DATA, BLOB_INDEX = 0x21, 0x41, 0x42, 0x48


def crc(data):
    return zlib.crc32(bytes(data), 0xFFFFFFFF) & 0xFFFFFFFF


def entry_state(page, index):
    return (page[32 + index // 4] >> (2 * (index % 4))) & 3


def read_partition(data):
    problems, items = [], []
    pages = [data[i:i + PAGE] for i in range(0, len(data), PAGE)]
    used = []
    for number, page in enumerate(pages):
        state, sequence = struct.unpack_from("<II", page, 0)
        if state == 0xFFFFFFFF:
            if page != b"\xff" * PAGE:
                problems.append(f"page {number}: erased header over data")
            continue
        if struct.unpack_from("<I", page, 28)[0] != crc(page[4:28]):
            problems.append(f"page {number}: header CRC")
            continue
        if state not in STATES:
            problems.append(f"page {number}: state {state:#x}")
            continue
        if state == 0xFFFFFFF8:
            problems.append(f"page {number}: FREEING")
        used.append((sequence, number, page))
    if len(used) == len(pages):
        problems.append("no free page")
    for sequence, number, page in sorted(used):
        index = 0
        while index < ENTRIES:
            state = entry_state(page, index)
            raw = page[64 + 32 * index:96 + 32 * index]
            if state == 3:
                if raw != b"\xff" * 32:
                    problems.append(f"page {number} entry {index}: data in an empty entry")
                index += 1
                continue
            if state != 2:
                index += 1
                continue
            ns, kind, span, chunk = raw[0], raw[1], raw[2], raw[3]
            if struct.unpack_from("<I", raw, 4)[0] != crc(raw[0:4] + raw[8:32]):
                problems.append(f"page {number} entry {index}: entry CRC")
                index += 1
                continue
            key = raw[8:24].split(b"\0")[0].decode("latin-1")
            payload = None
            if kind in (STRING, BLOB, BLOB_DATA):
                size, _, data_crc = struct.unpack_from("<HHI", raw, 24)
                if span < 1 or index + span > ENTRIES or any(entry_state(page, j) != 2 for j in range(index, index + span)):
                    problems.append(f"page {number} entry {index}: incomplete span")
                    index += max(span, 1)
                    continue
                payload = page[96 + 32 * index:96 + 32 * index + size]
                if size > 32 * (span - 1) or crc(payload) != data_crc:
                    problems.append(f"page {number} entry {index}: data CRC")
            items.append((ns, kind, chunk, key, raw, payload))
            index += max(span, 1)
    names = {raw[24]: key for ns, kind, chunk, key, raw, payload in items if ns == 0 and kind == 0x01}
    values, chunks = {}, {}
    for ns, kind, chunk, key, raw, payload in items:
        if kind == BLOB_DATA:
            chunks[(ns, key, chunk)] = payload
    for ns, kind, chunk, key, raw, payload in items:
        if ns == 0:
            continue
        if ns not in names:
            problems.append(f"{key}: namespace index {ns} has no name")
            continue
        name = (names[ns], key)
        if name in values:
            problems.append(f"{names[ns]}/{key}: stored twice")
        if kind in INTEGERS:
            type_name, fmt = INTEGERS[kind]
            values[name] = (type_name, struct.unpack_from(fmt, raw, 24)[0])
        elif kind == STRING:
            if not payload or payload[-1] != 0:
                problems.append(f"{key}: string without its NUL")
            values[name] = ("string", payload[:-1].decode("utf-8", "replace"))
        elif kind == BLOB:
            values[name] = ("blob", payload.hex())
        elif kind == BLOB_INDEX:
            size, count, start = struct.unpack_from("<IBB", raw, 24)
            parts = [chunks.pop((ns, key, start + n), None) for n in range(count)]
            if any(part is None for part in parts) or sum(len(part) for part in parts) != size:
                problems.append(f"{key}: blob chunks missing")
                continue
            values[name] = ("blob", b"".join(parts).hex())
    for (ns, key, chunk) in chunks:
        problems.append(f"{key}: blob chunk {chunk} without an index")
    return values, problems
