// The Pike VM: all threads advance together one character at a time. Threads are kept in
// priority order and each instruction holds at most one thread per position, so the first
// thread to reach Match is the one a backtracking matcher would have found, and the work per
// character is bounded by the program size.
#include "lib/regex.h"

#include <algorithm>

#include "engine/objects/unicode.h"

namespace pyfw::lib::regex {

namespace {

// The threads at one position: their instructions in priority order, each with its captures.
class ThreadList {
public:
    ThreadList(size_t instructions, size_t slots)
        : slots_(slots), onList_(instructions, 0), pcs_(), captures_(instructions * slots) {
        pcs_.reserve(instructions);
    }

    void clear() {
        pcs_.clear();
        ++generation_;
    }
    bool empty() const { return pcs_.empty(); }
    size_t size() const { return pcs_.size(); }
    uint32_t pc(size_t i) const { return pcs_[i]; }
    const size_t* captures(size_t i) const { return &captures_[i * slots_]; }

    // Marks an instruction as reached at this position; false when it already was.
    bool visit(uint32_t pc) {
        if (onList_[pc] == generation_) return false;
        onList_[pc] = generation_;
        return true;
    }
    void push(uint32_t pc, const std::vector<size_t>& captures) {
        std::copy(captures.begin(), captures.end(), captures_.begin() + long(pcs_.size() * slots_));
        pcs_.push_back(pc);
    }

private:
    size_t slots_;
    std::vector<uint32_t> onList_;   // generation stamp per instruction
    uint32_t generation_ = 1;
    std::vector<uint32_t> pcs_;
    std::vector<size_t> captures_;
};

class Machine {
public:
    Machine(const Program& program, Subject subject, size_t end)
        : program_(program), subject_(subject), end_(end), current_(program.code.size(), program.slots()),
          next_(program.code.size(), program.slots()), captures_(program.slots(), kNoPosition) {}

    std::optional<std::vector<size_t>> run(size_t begin, bool anchored, size_t rejectEmptyAt) {
        std::optional<std::vector<size_t>> best;
        size_t pos = begin;
        current_.clear();
        while (true) {
            if (!best && (!anchored || pos == begin)) {
                std::fill(captures_.begin(), captures_.end(), kNoPosition);
                addThread(current_, 0, pos);
            }
            uint32_t c = 0;
            size_t nextPos = pos;
            if (pos < end_) c = decode(pos, nextPos);
            if (current_.empty()) {
                // Nothing alive: done, unless a search still has later start positions to try.
                if (best || anchored || pos >= end_) break;
                current_.clear();   // a fresh generation: the next position's visits start over
                pos = nextPos;
                continue;
            }
            next_.clear();
            for (size_t i = 0; i < current_.size(); ++i) {
                const Instruction& in = program_.code[current_.pc(i)];
                const size_t* caps = current_.captures(i);
                if (in.op == Op::Match) {
                    if (caps[0] == caps[1] && caps[0] == rejectEmptyAt) continue;
                    best.emplace(caps, caps + program_.slots());
                    break;   // lower-priority threads lose to this match
                }
                if (pos >= end_ || !consumes(in, c)) continue;
                captures_.assign(caps, caps + program_.slots());
                addThread(next_, current_.pc(i) + 1, nextPos);
            }
            std::swap(current_, next_);
            if (pos >= end_) break;
            pos = nextPos;
        }
        return best;
    }

private:
    uint32_t decode(size_t pos, size_t& nextPos) const {
        if (!subject_.utf8) {
            nextPos = pos + 1;
            return static_cast<uint8_t>(subject_.data[pos]);
        }
        const char* p = subject_.data.data() + pos;
        uint32_t c = engine::utf8::next(p);
        nextPos = size_t(p - subject_.data.data());
        return c;
    }

    bool consumes(const Instruction& in, uint32_t c) const {
        switch (in.op) {
        case Op::Char: return c == in.a;
        case Op::Any: return true;
        case Op::Class: return program_.classes[in.a].contains(c);
        default: return false;
        }
    }

    // Follows the non-consuming instructions from `start` (in priority order, with an explicit
    // stack so long chains of splits cannot overflow the C++ stack) and adds the consuming ones.
    // Works on captures_, restoring every slot it changes.
    void addThread(ThreadList& list, uint32_t start, size_t pos) {
        stack_.clear();
        stack_.push_back({start, UINT32_MAX, 0});
        while (!stack_.empty()) {
            Job job = stack_.back();
            stack_.pop_back();
            if (job.restoreSlot != UINT32_MAX) {
                captures_[job.restoreSlot] = job.oldValue;
                continue;
            }
            if (!list.visit(job.pc)) continue;
            const Instruction& in = program_.code[job.pc];
            switch (in.op) {
            case Op::Jump: stack_.push_back({in.a, UINT32_MAX, 0}); break;
            case Op::Split:
                stack_.push_back({in.b, UINT32_MAX, 0});
                stack_.push_back({in.a, UINT32_MAX, 0});
                break;
            case Op::Save:
                stack_.push_back({0, in.a, captures_[in.a]});
                captures_[in.a] = pos;
                stack_.push_back({job.pc + 1, UINT32_MAX, 0});
                break;
            case Op::LineStart:
                if (pos == 0) stack_.push_back({job.pc + 1, UINT32_MAX, 0});
                break;
            case Op::LineEnd:
                if (pos == end_) stack_.push_back({job.pc + 1, UINT32_MAX, 0});
                break;
            default: list.push(job.pc, captures_); break;
            }
        }
    }

    const Program& program_;
    Subject subject_;
    size_t end_;
    ThreadList current_, next_;
    std::vector<size_t> captures_;
    struct Job {
        uint32_t pc;
        uint32_t restoreSlot;   // UINT32_MAX: visit pc; otherwise put `oldValue` back
        size_t oldValue;
    };
    std::vector<Job> stack_;
};

}  // namespace

std::optional<std::vector<size_t>> execute(const Program& program, Subject subject, size_t begin, size_t end,
                                           bool anchored, size_t rejectEmptyAt) {
    if (end > subject.data.size()) end = subject.data.size();
    if (begin > end) return std::nullopt;
    Machine machine(program, subject, end);
    return machine.run(begin, anchored, rejectEmptyAt);
}

}  // namespace pyfw::lib::regex
