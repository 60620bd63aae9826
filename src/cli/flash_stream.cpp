#include "cli/flash_stream.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

#include "base/file.h"
#include "cli/board_access.h"
#include "cli/command_registry.h"
#include "crypto/random.h"

namespace pyfw::cli {

namespace {

constexpr size_t kChunk = 256 * 1024;  // a multiple of 32, so chunks never split a tweak block

template <typename T>
T orFail(base::Result<T> result) {
    if (!result.ok()) throw CommandFailure(result.error().message, 2);
    return std::move(result).value();
}

}  // namespace

void transformFlashFile(const FlashStreamJob& job) {
    base::InputFile input = orFail(base::InputFile::open(job.input));
    if (!input.isRegular()) throw CommandFailure(job.input + ": is not a regular file", 2);
    base::OutputFile output = orFail(base::OutputFile::create(job.output));
    // Whole 32-byte blocks: only a read that ends the file can end in a partial block, and its
    // padding always fits.
    const uint64_t roundedSize = (input.sizeAtOpen() + 32) / 32 * 32;
    std::vector<uint8_t> buffer(size_t(std::min<uint64_t>(kChunk, roundedSize)));
    for (uint64_t offset = 0;;) {
        size_t length = orFail(input.readUpTo(buffer));
        if (length == 0) break;
        const bool last = length < buffer.size();
        if (length % 16 != 0) {  // the input ends in a partial block
            const uint64_t total = offset + length;
            if (job.direction == security::FlashCipherDirection::Decrypt)
                throw CommandFailure(job.input + ": data length " + std::to_string(total) + " is not a multiple of 16 bytes", 2);
            const size_t pad = 16 - length % 16;
            crypto::fillRandom(base::MutableByteView(buffer.data() + length, pad));
            std::printf("Note: Padding with %zu bytes of random data (encrypted data must be multiple of 16 bytes long)\n", pad);
            length += pad;
        }
        base::MutableByteView chunk(buffer.data(), length);
        auto status = security::FlashEncryption::transform(job.key, job.address + offset, job.conf, job.direction, chunk);
        if (!status.ok()) failWith(status.error());
        if (auto written = output.write(chunk); !written.ok()) failWith(written.error());
        if (last) break;
        offset += length;
    }
    if (auto committed = output.commit(base::Durability::Atomic); !committed.ok()) failWith(committed.error());
}

}  // namespace pyfw::cli
