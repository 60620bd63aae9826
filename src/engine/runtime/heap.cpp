#include "engine/runtime/heap.h"

#include <sys/mman.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <new>

namespace pyfw::engine {

namespace {
constexpr size_t kPage = 4096;
// A free run starts with this header, written into its first block.
struct FreeRun {
    uint64_t length;   // in blocks
    uint64_t next;     // first block of the next run, or SIZE_MAX
};
static_assert(sizeof(FreeRun) <= Heap::kBlock);
// Requests up to this many blocks come from the bump area; larger ones are placed first-fit.
// Runs are kept in two lists by the same bound, so a small request never walks past the large
// runs and a large one never searches the crumbs between small objects.
constexpr size_t kLargeBlocks = 64;
// A bump area smaller than this is dropped when a request does not fit; the next sweep finds it.
constexpr size_t kKeepRemainder = 4;
// Collect once the program has allocated 1.5 times what survived the last collection (and at
// least this much): a collection costs in proportion to the live data, so its cost is spread over
// allocations in proportion too, and a program with little live data does not collect constantly.
// At twice, a program with much live data grew its heap to three times it, and the fresh pages
// cost more (the kernel zeroing them, and peak memory) than the more frequent collections do.
constexpr size_t kMinSoftLimit = 1024 * 1024;
}  // namespace

Heap::Heap(size_t bytes) {
    bytes = std::max<size_t>(bytes, 4096);
    // Bitmaps: 6 bits per 16-byte block, carved from the same arena so --heap is the whole budget.
    blocks_ = (bytes * 8) / (kBlock * 8 + 6);
    words_ = (blocks_ + 63) / 64;
    size_t bitmapBytes = 6 * words_ * 8;
    size_t arenaBytes = blocks_ * kBlock;
    mappingBytes_ = (bitmapBytes + arenaBytes + kBlock + kPage - 1) / kPage * kPage;
    mapping_ = mmap(nullptr, mappingBytes_, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (mapping_ == MAP_FAILED) throw std::bad_alloc();
    auto* words = static_cast<uint64_t*>(mapping_);
    startBits_ = words;
    endBits_ = words + words_;
    markBits_ = words + 2 * words_;
    rawBits_ = words + 3 * words_;
    finalBits_ = words + 4 * words_;
    plainBits_ = words + 5 * words_;
    base_ = static_cast<char*>(mapping_) + bitmapBytes;
    base_ += (kBlock - reinterpret_cast<uintptr_t>(base_) % kBlock) % kBlock;
    limit_ = base_ + blocks_ * kBlock;
    cursor_ = 0;
    cursorEnd_ = blocks_;
    softLimit_ = kMinSoftLimit;
}

Heap::~Heap() {
    // Objects still alive own native resources (open files, compiled patterns, hash states); a
    // soft reset drops the whole heap, so they are released here.
    runFinalizers(true);
    if (mapping_) munmap(mapping_, mappingBytes_);
}

size_t Heap::nextSet(const uint64_t* bits, size_t from) const {
    if (from >= blocks_) return blocks_;
    size_t w = from >> 6;
    uint64_t word = bits[w] & (~uint64_t(0) << (from & 63));
    while (true) {
        if (word) return std::min(blocks_, (w << 6) + std::countr_zero(word));
        if (++w >= words_) return blocks_;
        word = bits[w];
    }
}

size_t Heap::previousSet(const uint64_t* bits, size_t from) const {
    size_t w = from >> 6;
    uint64_t mask = (from & 63) == 63 ? ~uint64_t(0) : ((uint64_t(1) << ((from & 63) + 1)) - 1);
    uint64_t word = bits[w] & mask;
    while (true) {
        if (word) return (w << 6) + 63 - std::countl_zero(word);
        if (w == 0) return SIZE_MAX;
        word = bits[--w];
    }
}

void* Heap::finishAllocation(size_t block, size_t blocks, bool raw, bool finalizer, size_t zeroBytes) {
    if (block + blocks > highWater_) highWater_ = block + blocks;
    set(startBits_, block);
    markEnd(block, blocks);
    if (raw) set(rawBits_, block);
    if (finalizer) {
        set(finalBits_, block);
        ++finalizable_;
    }
    usedBlocks_ += blocks;
    allocatedSinceCollect_ += blocks * kBlock;
    char* p = addressOf(block);
    size_t zeroBlocks = std::min(blocks, zeroBytes / kBlock + 1);
    if (zeroBlocks <= 4) {
        auto* words = reinterpret_cast<uint64_t*>(p);
        for (size_t i = 0; i < zeroBlocks * 2; ++i) words[i] = 0;
    } else {
        std::memset(p, 0, zeroBlocks * kBlock);
    }
    return p;
}

// First fit in one run list, visiting at most `maxVisits` runs. A request of up to kLargeBlocks
// turns the run into the bump area; a larger one is carved from the run's front.
void* Heap::takeFrom(size_t& head, size_t blocks, size_t maxVisits) {
    size_t previous = SIZE_MAX;
    for (size_t run = head, visits = 0; run != SIZE_MAX && visits < maxVisits; ++visits) {
        auto* header = reinterpret_cast<FreeRun*>(addressOf(run));
        size_t length = header->length, next = header->next;
        if (length < blocks) {
            previous = run;
            run = next;
            continue;
        }
        if (previous == SIZE_MAX) head = next;
        else reinterpret_cast<FreeRun*>(addressOf(previous))->next = next;
        if (blocks > kLargeBlocks) {
            if (length > blocks) addFreeRunFront(run + blocks, length - blocks);
            return addressOf(run);
        }
        if (cursorEnd_ - cursor_ >= kKeepRemainder) addFreeRunFront(cursor_, cursorEnd_ - cursor_);
        cursor_ = run + blocks;
        cursorEnd_ = run + length;
        return addressOf(run);
    }
    return nullptr;
}

void* Heap::takeFromRuns(size_t blocks, bool exhaustive) {
    if (blocks <= kLargeBlocks) {
        if (void* p = takeFrom(firstSmall_, blocks, exhaustive ? SIZE_MAX : 8)) return p;
    }
    return takeFrom(firstLarge_, blocks, exhaustive ? SIZE_MAX : 64);
}

void Heap::addFreeRunFront(size_t start, size_t length) {
    auto* header = reinterpret_cast<FreeRun*>(addressOf(start));
    size_t& head = length > kLargeBlocks ? firstLarge_ : firstSmall_;
    header->length = length;
    header->next = head;
    head = start;
}

void* Heap::tryAllocate(size_t bytes, bool raw, bool finalizer, size_t zeroBytes) {
    if (lockDepth > 0) return nullptr;
    size_t blocks = bytes ? (bytes + kBlock - 1) / kBlock : 1;
    if (blocks > blocks_) return nullptr;
    size_t limit = threshold ? threshold : softLimit_;
    if (enabled && allocatedSinceCollect_ >= limit && !collecting_) collect();
    // Bump area, then a short look through the runs, then every run, then collect and retry.
    for (int attempt = 0; attempt < 4; ++attempt) {
        if (cursorEnd_ - cursor_ >= blocks) {
            size_t block = cursor_;
            cursor_ += blocks;
            return finishAllocation(block, blocks, raw, finalizer, zeroBytes);
        }
        if (void* p = takeFromRuns(blocks, attempt > 0)) return finishAllocation(blockOf(p), blocks, raw, finalizer, zeroBytes);
        if (attempt == 1) {
            if (collecting_) break;
            collect();
        }
    }
    return nullptr;
}

bool Heap::tryExtend(void* p, size_t oldBytes, size_t newBytes) {
    size_t block = blockOf(p);
    size_t oldBlocks = (oldBytes + kBlock - 1) / kBlock;
    size_t newBlocks = (newBytes + kBlock - 1) / kBlock;
    if (newBlocks <= oldBlocks) return true;
    size_t end = block + oldBlocks;
    if (end != cursor_ || cursorEnd_ - cursor_ < newBlocks - oldBlocks) return false;
    size_t extra = newBlocks - oldBlocks;
    clear(endBits_, end - 1);
    markEnd(end, extra);
    std::memset(addressOf(end), 0, extra * kBlock);
    cursor_ += extra;
    if (cursor_ > highWater_) highWater_ = cursor_;
    usedBlocks_ += extra;
    allocatedSinceCollect_ += extra * kBlock;
    return true;
}

bool Heap::findAllocation(const void* p, Allocation& out) const {
    if (!contains(p)) return false;
    size_t block = blockOf(p);
    size_t head = test(startBits_, block) ? block : previousSet(startBits_, block);
    if (head == SIZE_MAX) return false;
    size_t last = nextSet(endBits_, head);
    if (last < block) return false;   // p is in a free gap after that allocation
    out = Allocation{addressOf(head), (last - head + 1) * kBlock, test(rawBits_, head), test(plainBits_, head)};
    return true;
}

size_t Heap::allocationSize(const void* p) const {
    size_t block = blockOf(p);
    return (nextSet(endBits_, block) - block + 1) * kBlock;
}

// ---- marking ----

void Heap::markBlock(size_t block) {
    if (test(markBits_, block)) return;
    set(markBits_, block);
    if (test(rawBits_, block)) return;   // no type to trace it by: its owner visits its contents
    // Marking goes through an explicit stack rather than recursion, so a list nested 100,000
    // deep is no deeper for the C++ stack than a flat one. The stack is host memory; when it
    // cannot grow, the object stays marked but untraced and rescanMarked() finds it later.
    try {
        markStack_.push_back(reinterpret_cast<Object*>(addressOf(block)));
    } catch (const std::bad_alloc&) {
        markOverflow_ = true;
    }
}

void Heap::markConservative(uintptr_t word) {
    const char* p = reinterpret_cast<const char*>(word);
    if (p < base_ || p >= limit_) return;
    size_t block = blockOf(p);
    size_t head = test(startBits_, block) ? block : previousSet(startBits_, block);
    if (head == SIZE_MAX || (head != block && nextSet(endBits_, head) < block)) return;
    // Native code may hold nothing but a pointer to an item array while it reads it (join's
    // `items` of the list it built), the optimiser having dropped the list itself from the stack.
    // Its owner then traces nothing, so an array of Values found this way keeps its items alive.
    bool items = test(rawBits_, head) && !test(plainBits_, head) && !test(markBits_, head);
    markBlock(head);
    if (items) {
        Tracer tracer(*this);
        tracer.visitRange(reinterpret_cast<const Value*>(addressOf(head)),
                          reinterpret_cast<const Value*>(addressOf(nextSet(endBits_, head) + 1)));
    }
}

void Tracer::visitHeapCandidate(Value v) {
    const char* p = reinterpret_cast<const char*>(v.bits());
    if (p < heap_.base_ || p >= heap_.limit_) return;
    if ((p - heap_.base_) % Heap::kBlock) return;
    size_t block = heap_.blockOf(p);
    if (Heap::test(heap_.startBits_, block)) heap_.markBlock(block);
}

void Tracer::markRaw(const void* block) {
    if (!block || !heap_.contains(block)) return;
    size_t b = heap_.blockOf(block);
    if (Heap::test(heap_.startBits_, b)) heap_.markBlock(b);
}

// Stacks hold sanitizer red zones between frames; reading them is the point of a conservative scan.
__attribute__((no_sanitize("address"))) void Tracer::visitConservative(const void* begin, const void* end) {
    auto b = reinterpret_cast<uintptr_t>(begin) & ~uintptr_t(7);
    auto e = reinterpret_cast<uintptr_t>(end);
    for (auto* w = reinterpret_cast<const uintptr_t*>(b); reinterpret_cast<uintptr_t>(w) + 8 <= e; ++w)
        heap_.markConservative(*w);
}

void Heap::drainMarkStack() {
    Tracer tracer(*this);
    while (!markStack_.empty()) {
        Object* o = markStack_.back();
        markStack_.pop_back();
        Type* type = o->type;
        if (!type) continue;   // allocated but not yet initialised
        tracer.visitObject(type);
        if (type->trace) type->trace(o, tracer);
    }
}

void Heap::rescanMarked() {
    // The mark stack overflowed: trace every marked object again until nothing new is found.
    while (markOverflow_) {
        markOverflow_ = false;
        Tracer tracer(*this);
        for (size_t block = nextSet(markBits_, 0); block < blocks_; block = nextSet(markBits_, block + 1)) {
            if (test(rawBits_, block)) continue;
            Object* o = reinterpret_cast<Object*>(addressOf(block));
            if (!o->type) continue;
            tracer.visitObject(o->type);
            if (o->type->trace) o->type->trace(o, tracer);
            drainMarkStack();
        }
    }
}

void Heap::collect() {
    if (collecting_) return;
    collecting_ = true;
    ++collections_;
    Tracer tracer(*this);
    markStack_.clear();
    markStack_.reserve(1024);
    markOverflow_ = false;
    if (rootScanner) rootScanner(tracer);
    drainMarkStack();
    rescanMarked();
    markStack_ = std::vector<Object*>();   // its memory back: between collections only the heap counts
    sweep();
    allocatedSinceCollect_ = 0;
    softLimit_ = std::max(kMinSoftLimit, usedBlocks_ * kBlock * 3 / 2);
    collecting_ = false;
}

void Heap::runFinalizers(bool everything) {
    size_t usedWords = std::min(words_, (highWater_ + 63) / 64);
    for (size_t w = 0; finalizable_ && w < usedWords; ++w) {
        uint64_t doomed = startBits_[w] & finalBits_[w] & (everything ? ~uint64_t(0) : ~markBits_[w]);
        while (doomed) {
            size_t block = (w << 6) + std::countr_zero(doomed);
            doomed &= doomed - 1;
            Object* o = reinterpret_cast<Object*>(addressOf(block));
            if (o->type && o->type->finalize) o->type->finalize(o);
            clear(finalBits_, block);
            --finalizable_;
        }
    }
}

void Heap::sweep() {
    // Only the part of the heap ever allocated from can hold objects.
    size_t usedWords = std::min(words_, (highWater_ + 63) / 64);
    // Free every unmarked allocation (running finalisers first, while all memory is intact).
    runFinalizers(false);
    for (size_t w = 0; w < usedWords; ++w) {
        uint64_t dead = startBits_[w] & ~markBits_[w];
        // The flag bitmaps have bits at start blocks only, so a whole word is cleared at once.
        // Dead end bits stay: the allocation that next covers them clears them (markEnd).
        rawBits_[w] &= ~dead;
        plainBits_[w] &= ~dead;
        finalBits_[w] &= ~dead;
        startBits_[w] &= ~dead;
        markBits_[w] = 0;
    }
    // Rebuild the free runs and the bump area. Each list is in address order, so first fit
    // fills the low part of the heap first: the high-water mark, up to which every sweep and
    // finaliser pass scans, stays as low as the live data allows.
    firstSmall_ = firstLarge_ = SIZE_MAX;
    size_t lastSmall = SIZE_MAX, lastLarge = SIZE_MAX;
    usedBlocks_ = 0;
    auto append = [&](size_t start, size_t length) {
        auto* header = reinterpret_cast<FreeRun*>(addressOf(start));
        header->length = length;
        header->next = SIZE_MAX;
        bool large = length > kLargeBlocks;
        size_t& head = large ? firstLarge_ : firstSmall_;
        size_t& last = large ? lastLarge : lastSmall;
        if (last == SIZE_MAX) head = start;
        else reinterpret_cast<FreeRun*>(addressOf(last))->next = start;
        last = start;
    };
    size_t limit = std::min(blocks_, usedWords * 64);
    size_t pos = 0;
    while (pos < limit) {
        // Most allocations follow the previous one directly and end in the word they start in:
        // bit tests settle those before the general searches.
        size_t start = test(startBits_, pos) ? pos : nextSet(startBits_, pos);
        if (start >= limit) break;
        if (start > pos) append(pos, start - pos);
        uint64_t endsInWord = endBits_[start >> 6] >> (start & 63);
        size_t end = endsInWord ? start + size_t(std::countr_zero(endsInWord)) : nextSet(endBits_, start);
        usedBlocks_ += end - start + 1;
        pos = end + 1;
    }
    if (pos < blocks_) append(pos, blocks_ - pos);
    cursor_ = cursorEnd_ = 0;
    // Start bumping in the first small run (else the first large one); takeFromRuns moves on.
    size_t& head = firstSmall_ != SIZE_MAX ? firstSmall_ : firstLarge_;
    if (head != SIZE_MAX) {
        auto* header = reinterpret_cast<FreeRun*>(addressOf(head));
        cursor_ = head;
        cursorEnd_ = head + header->length;
        head = header->next;
    }
}

HeapStats Heap::stats() const {
    HeapStats s{};
    s.totalBytes = blocks_ * kBlock;
    s.usedBytes = usedBlocks_ * kBlock;
    s.freeBytes = s.totalBytes - s.usedBytes;
    size_t largest = cursorEnd_ - cursor_;
    for (size_t head : {firstSmall_, firstLarge_}) {
        for (size_t run = head; run != SIZE_MAX;) {
            auto* header = reinterpret_cast<const FreeRun*>(addressOf(run));
            largest = std::max<size_t>(largest, header->length);
            run = header->next;
        }
    }
    s.largestFreeBytes = largest * kBlock;
    s.collections = collections_;
    return s;
}

}  // namespace pyfw::engine
